// The copy column of the open story: a placeholder in React's layout with
// the copy itself in the copy layer (copy-layer.ts), out of every React
// container, so React never runs its dispatch for the body's keystrokes. The
// fields and the format bar given as children are portalled into the layer,
// above the body.
import type { Editor } from '@tiptap/core';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { COPY_LAYER_ID, copyLayer, enterCopy, showCopy } from './copy-layer';

/** The Copy region: the body editor's copy laid over it, with `children` (fields, format bar) above the body. */
export function CopyColumn({ editor, children }: { editor: Editor; children: ReactNode }) {
  const placeholder = useRef<HTMLElement>(null);
  const layer = copyLayer();
  // Before paint: the copy is never a frame away from its column.
  useLayoutEffect(() => showCopy(editor, placeholder.current!), [editor]);
  return (
    <section className="copy-column" aria-label="Copy" aria-owns={COPY_LAYER_ID} ref={placeholder}>
      {/* The column's place in the tab order: Tab here goes into the copy. */}
      <span className="copy-guard" tabIndex={0} onFocus={(e) => enterCopy(e.currentTarget, e.relatedTarget)} />
      {createPortal(children, layer.furniture)}
    </section>
  );
}
