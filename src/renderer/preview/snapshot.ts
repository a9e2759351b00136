// The preview's view of the editor, taken after the sub pauses: the typing
// path only restarts a timer; the document is read once the timer runs out
// and the browser is idle.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Editor } from '@tiptap/react';
import { useEffect, useState, startTransition } from 'react';
import type { BlockNode, DocNode } from '../../shared/article/model';

export const PREVIEW_DELAY_MS = 300;
const IDLE_TIMEOUT_MS = 1000;

export interface DocSnapshot {
  json: DocNode;
  /** The editor's document the JSON was read from: copyfit maps positions in this one. */
  doc: PMNode;
}

// ProseMirror shares the blocks an edit did not touch between documents, so
// each block's JSON is kept for as long as its node lives: a refresh of a
// 10,000-word story converts the paragraph the sub typed in, and the print
// markup, which caches by block, knows the others by identity. What comes
// out is editor.getJSON()'s shape; nothing downstream mutates it.
const blockJson = new WeakMap<PMNode, BlockNode>();

export function docJson(doc: PMNode): DocNode {
  const content: BlockNode[] = [];
  doc.forEach((block) => {
    let json = blockJson.get(block);
    if (!json) blockJson.set(block, (json = block.toJSON() as BlockNode));
    content.push(json);
  });
  return { type: 'doc', content };
}

const take = (editor: Editor): DocSnapshot => ({ json: docJson(editor.state.doc), doc: editor.state.doc });

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

export function useDocSnapshot(editor: Editor): DocSnapshot {
  const [snapshot, setSnapshot] = useState(() => take(editor));
  useEffect(() => {
    setSnapshot((prev) => (prev.doc === editor.state.doc ? prev : take(editor)));
    // A transition: if the sub starts typing again mid-render, React yields to the keystroke.
    const pause = afterPause(() => startTransition(() => setSnapshot((prev) => (prev.doc === editor.state.doc ? prev : take(editor)))));
    editor.on('update', pause.schedule);
    return () => {
      editor.off('update', pause.schedule);
      pause.cancel();
    };
  }, [editor]);
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
