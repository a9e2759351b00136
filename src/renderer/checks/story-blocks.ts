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

export const HEADER_FIELDS = ['headline', 'standfirst', 'byline'] as const satisfies readonly CheckField[];

/** The blocks, and for each the body position its text starts at (null for a field). */
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
    blocks.push(quoted.length ? { field: 'body', text, quoted } : { field: 'body', text });
    starts.push(pos + 1);
    return false;
  });
  return { blocks, starts };
}
