// The suggestions in a story, read from its marks: one entry per suggestion
// and kind, with its words, where it stands, who made it and when. Read after
// a pause in typing, never on the keystroke.
import type { Node as PMNode } from '@tiptap/pm/model';
import { readSuggestionId } from '../../shared/history/suggestion-id';

export interface Suggestion {
  id: string | number;
  kind: 'insertion' | 'deletion' | 'modification';
  text: string;
  from: number;
  to: number;
  author: string;
  at: string | null;
  /** The speaker of the quote the suggestion sits in, if any: the suggestion keeps the quote's mark. */
  quoteSpeakerId: string | null;
  inQuote: boolean;
}

const KINDS = new Set(['insertion', 'deletion', 'modification']);

/**
 * Each top-level block's suggestions, positions counted from the block's start, kept per block node: a
 * pause re-reads only the blocks typed into since the last (ProseMirror keeps every other block's node).
 */
const blockSuggestions = new WeakMap<PMNode, readonly Suggestion[]>();

function add(byKey: Map<string, Suggestion>, node: PMNode, pos: number) {
  for (const mark of node.marks) {
    if (!KINDS.has(mark.type.name)) continue;
    const id = mark.attrs.id as string | number;
    const key = `${mark.type.name}:${String(id)}`;
    const text = (node.isText ? node.text! : '¶').replace(/\u200b/g, '');
    const quote = node.marks.find((m) => m.type.name === 'quote');
    const existing = byKey.get(key);
    if (existing) {
      existing.text += text;
      existing.to = pos + node.nodeSize;
    } else {
      const { author, at } = readSuggestionId(id);
      byKey.set(key, {
        id,
        kind: mark.type.name as Suggestion['kind'],
        text,
        from: pos,
        to: pos + node.nodeSize,
        author,
        at,
        inQuote: !!quote,
        quoteSpeakerId: (quote?.attrs.speakerId as string | null) ?? null,
      });
    }
  }
}

function readBlock(block: PMNode): readonly Suggestion[] {
  let read = blockSuggestions.get(block);
  if (!read) {
    const byKey = new Map<string, Suggestion>();
    add(byKey, block, 0);
    block.descendants((node, pos) => {
      add(byKey, node, pos + 1);
      return true;
    });
    read = [...byKey.values()];
    blockSuggestions.set(block, read);
  }
  return read;
}

/** Every suggestion in the story in order, one per suggestion and kind (a suggestion running over blocks is one). */
export function listSuggestions(doc: PMNode): Suggestion[] {
  const byKey = new Map<string, Suggestion>();
  doc.forEach((block, offset) => {
    for (const part of readBlock(block)) {
      const key = `${part.kind}:${String(part.id)}`;
      const existing = byKey.get(key);
      if (existing) {
        existing.text += part.text;
        existing.to = offset + part.to;
      } else byKey.set(key, { ...part, from: offset + part.from, to: offset + part.to });
    }
  });
  return [...byKey.values()].sort((a, b) => a.from - b.from);
}
