// From a point in the print preview back to the editor: the preview's body
// blocks carry data-block (their index in the document), and a character
// offset within a block's rendered text maps to a ProseMirror position by
// walking the same block's text in the editor's document.
import type { Node as PMNode } from '@tiptap/pm/model';

/** Position of the start of top-level block `index` (before its opening token), or the document's end. */
export function blockStart(doc: PMNode, index: number): number {
  let pos = 0;
  for (let i = 0; i < Math.min(index, doc.childCount); i++) pos += doc.child(i).nodeSize;
  return pos;
}

/** Block `index`'s text as positionAt counts it: its text nodes only, end to end. */
export function blockText(doc: PMNode, index: number): string {
  let text = '';
  doc.child(index).descendants((node) => {
    if (node.isText) text += node.text;
    return true;
  });
  return text;
}

/**
 * The position of the `offset`-th character of block `index`'s text, where
 * the text is what the preview shows: text nodes only (a hard break renders
 * as <br>, no character; a rule as nothing).
 */
export function positionAt(doc: PMNode, index: number, offset: number): number {
  if (index >= doc.childCount) return doc.content.size;
  const start = blockStart(doc, index);
  const block = doc.child(index);
  let remaining = offset;
  let found: number | null = null;
  block.descendants((node, pos) => {
    if (found !== null) return false;
    if (!node.isText) return true;
    const length = node.text!.length;
    if (remaining < length) {
      found = start + 1 + pos + remaining;
      return false;
    }
    remaining -= length;
    return false;
  });
  return found ?? start + block.nodeSize - 1;
}

/**
 * The text nodes of a rendered block that are copy: the line breaks the
 * HTML renderer puts between list items and blockquote paragraphs are
 * layout, not characters of the document.
 */
export function copyTextNodes(element: Element): Text[] {
  const out: Text[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (text.data.includes('\n') && text.data.trim() === '') continue;
    out.push(text);
  }
  return out;
}
