// The preview's view of the editor: the settled document
// (editor/settled-document.ts), and the headline fields after a pause of
// their own.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Editor } from '@tiptap/react';
import { useEffect, useState, startTransition } from 'react';
import type { DocNode } from '../../shared/article/model';
import { settledDocument } from '../editor/settled-document';

export const PREVIEW_DELAY_MS = 300;
const IDLE_TIMEOUT_MS = 1000;

export interface DocSnapshot {
  json: DocNode;
  /** The editor's document the JSON was read from: copyfit maps positions in this one. */
  doc: PMNode;
}

/** Calls `run` once the browser is idle, `delay` ms after the last call of the returned function. */
export function afterPause(run: () => void, delay = PREVIEW_DELAY_MS): { schedule(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  const cancel = () => {
    if (timer) clearTimeout(timer);
    if (idle !== null) (window.cancelIdleCallback ?? clearTimeout)(idle);
    timer = null;
    idle = null;
  };
  const schedule = () => {
    cancel();
    timer = setTimeout(() => {
      timer = null;
      const onIdle = () => {
        idle = null;
        run();
      };
      idle = window.requestIdleCallback ? window.requestIdleCallback(onIdle, { timeout: IDLE_TIMEOUT_MS }) : (setTimeout(onIdle, 0) as unknown as number);
    }, delay);
  };
  return { schedule, cancel };
}

/** The document as the preview shows it: taken when the preview opens, then from each settled document. */
export function useDocSnapshot(editor: Editor): DocSnapshot {
  const [snapshot, setSnapshot] = useState<DocSnapshot>(() => settledDocument(editor).read());
  useEffect(
    () =>
      settledDocument(editor).subscribe(({ doc, json }) =>
        // A transition: if the sub starts typing again mid-render, React yields to the keystroke.
        startTransition(() => setSnapshot((prev) => (prev.doc === doc ? prev : { doc, json }))),
      ),
    [editor],
  );
  return snapshot;
}

/** A value that follows `value` only after a pause: the headline fields re-render the editor on each key. */
export function usePaused<T>(value: T, same: (a: T, b: T) => boolean): T {
  const [held, setHeld] = useState(value);
  useEffect(() => {
    if (same(held, value)) return;
    const pause = afterPause(() => startTransition(() => setHeld(value)));
    pause.schedule();
    return pause.cancel;
  }, [value, held, same]);
  return held;
}
