// The shared quote code speaks in (paragraph, offset) over the body's
// textblocks; ProseMirror speaks in document positions. These convert,
// walking textblocks in the same order as shared/article/text.ts does.
import type { Node as PMNode } from '@tiptap/pm/model';

export interface TextblockRef {
  /** Position just inside the block, where offset 0 is. */
  start: number;
  text: string;
}

/** Hard breaks read as one character ("\n"), as they occupy one position. */
export function textblocksOf(doc: PMNode): TextblockRef[] {
  const out: TextblockRef[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    out.push({ start: pos + 1, text: node.textBetween(0, node.content.size, '', '\n') });
    return false;
  });
  return out;
}

export function toRange(blocks: readonly TextblockRef[], paragraph: number, start: number, end: number): { from: number; to: number } | null {
  const block = blocks[paragraph];
  if (!block || end > block.text.length) return null;
  return { from: block.start + start, to: block.start + end };
}

/** Every range of the document carrying the quote mark with this id, in order. */
export function quoteRanges(doc: PMNode, quoteId: string): Array<{ from: number; to: number; speakerId: string | null }> {
  const ranges: Array<{ from: number; to: number; speakerId: string | null }> = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    const mark = node.marks.find((m) => m.type.name === 'quote' && m.attrs.quoteId === quoteId);
    if (!mark) return false;
    const last = ranges[ranges.length - 1];
    if (last && last.to === pos) last.to = pos + node.nodeSize;
    else ranges.push({ from: pos, to: pos + node.nodeSize, speakerId: mark.attrs.speakerId });
    return false;
  });
  return ranges;
}

/** The quote mark's id under the selection, if any. */
export function quoteIdAt(doc: PMNode, from: number, to: number): string | null {
  let found: string | null = null;
  doc.nodesBetween(from, Math.max(to, from + 1), (node) => {
    if (found || !node.isText) return !found;
    const mark = node.marks.find((m) => m.type.name === 'quote');
    if (mark) found = mark.attrs.quoteId;
    return false;
  });
  return found;
}

export { newQuoteId } from '../../shared/quotes/ids';
