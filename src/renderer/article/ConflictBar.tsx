// Another window or Galley process saved this story since it was opened
// here: nothing is overwritten until the sub says which version stands.
// Loading theirs keeps this one in the recovery journal, offered back on top.
import { useSyncExternalStore } from 'react';
import type { Autosaver } from '../editor/autosave';

/** The bar shown while a save is refused as a conflict: keep mine, or load theirs. */
export function ConflictBar({ autosaver, onLoadTheirs }: { autosaver: Autosaver; onLoadTheirs: () => void }) {
  const state = useSyncExternalStore(autosaver.subscribe, () => autosaver.state);
  if (state.kind !== 'error' || state.code !== 'conflict') return null;
  return (
    <div className="recovery-bar conflict-bar" role="alert" aria-label="Save conflict">
      <span>This story was saved in another window or by another Galley since you opened it. Your changes are not saved yet.</span>
      <button type="button" className="primary" onMouseDown={(e) => e.preventDefault()} onClick={() => void autosaver.keepMine()} title="Save your version over the other one">
        Keep mine
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onLoadTheirs} title="Open the version saved elsewhere; yours is offered back to restore">
        Load theirs
      </button>
    </div>
  );
}
