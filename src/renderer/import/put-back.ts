// Putting a line the furniture stripper removed back into the copy, where it
// was: after the body block it followed in the file, found by its text; at
// the top when it came before the story (or followed the headline, which is
// not in the body). One transaction, so one undo takes it out again.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import type { RemovedLine } from '../../shared/import/report';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The position after the top-level block holding a paragraph that reads `text`, or 0. */
export function putBackPosition(doc: PMNode, text: string | null): number {
  if (text === null) return 0;
  const wanted = squash(text);
  let at = 0;
  doc.forEach((block, offset) => {
    if (at) return;
    let holds = false;
    block.descendants((node) => {
      if (holds || !node.isTextblock) return !holds;
      holds = squash(node.textContent) === wanted;
      return false;
    });
    if (holds || (block.isTextblock && squash(block.textContent) === wanted)) at = offset + block.nodeSize;
  });
  return at;
}

/** Puts `line` back into the body and selects it; false if the editor refused. */
export function putBack(editor: Editor, line: RemovedLine): boolean {
  const at = putBackPosition(editor.state.doc, line.after);
  const content = line.text === '—' ? { type: 'horizontalRule' } : { type: 'paragraph', content: [{ type: 'text', text: line.text }] };
  return editor.chain().insertContentAt(at, content).setTextSelection(at + 1).scrollIntoView().run();
}
