// The story as the worker checks it, from the editor: the headline,
// standfirst and byline as they stand in their fields, then each textblock
// of the body with the document position its text starts at, so a match's
// offsets become positions (a hard break is one character and one position).
import type { Node as PMNode } from '@tiptap/pm/model';
import type { CheckBlock, CheckField } from '../../shared/checks/model';

export interface HeaderFields {
  headline: string;
  standfirst: string;
  byline: string;
}

// A textblock's text for the checks depends on the node alone, and ProseMirror shares the blocks an
// edit did not touch between documents: each is read once for as long as its node lives, so a pause
// after typing in one paragraph builds one string, not the story's (and leaves that much less garbage).
const blockText = new WeakMap<PMNode, CheckBlock>();

/** The check block of one textblock of the body, made once per node. */
function bodyBlock(node: PMNode): CheckBlock {
  let block = blockText.get(node);
  if (block) return block;
  let text = '';
  const quoted: Array<[number, number]> = [];
  node.forEach((child) => {
    const start = text.length;
    text += child.isText ? child.text! : '\n'.repeat(child.nodeSize);
    if (child.marks.some((m) => m.type.name === 'quote')) {
      const last = quoted[quoted.length - 1];
      if (last && last[1] === start) last[1] = text.length;
      else quoted.push([start, text.length]);
    }
  });
  block = quoted.length ? { field: 'body', text, quoted } : { field: 'body', text };
  blockText.set(node, block);
  return block;
}

export const HEADER_FIELDS = ['headline', 'standfirst', 'byline'] as const satisfies readonly CheckField[];

/** The blocks, and for each the body position its text starts at (null for a field). The body's blocks are shared between calls: never to be mutated. */
export function editorBlocks(fields: HeaderFields, doc: PMNode): { blocks: CheckBlock[]; starts: Array<number | null> } {
  const blocks: CheckBlock[] = [];
  const starts: Array<number | null> = [];
  for (const field of HEADER_FIELDS) {
    if (!fields[field].trim()) continue;
    blocks.push({ field, text: fields[field] });
    starts.push(null);
  }
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push(bodyBlock(node));
    starts.push(pos + 1);
    return false;
  });
  return { blocks, starts };
}
