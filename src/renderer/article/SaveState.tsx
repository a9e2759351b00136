// The save state on its own subscription: a save (or the first key of a
// burst) re-renders these few words, never the editor, its panels or the
// preview.
import { useSyncExternalStore } from 'react';
import { describeSaveState, type Autosaver } from '../editor/autosave';

/** The save state in words; `live` makes it the status region screen readers follow. */
export function SaveState({ autosaver, className = '', live = false }: { autosaver: Autosaver; className?: string; live?: boolean }) {
  const state = useSyncExternalStore(autosaver.subscribe, () => autosaver.state);
  return (
    <span className={`${className} save-${state.kind}`.trim()} title={describeSaveState(state)} {...(live ? { role: 'status', 'aria-live': 'polite' as const, 'aria-label': 'Save state' } : {})}>
      {describeSaveState(state)}
    </span>
  );
}
