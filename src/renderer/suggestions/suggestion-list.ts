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

export function listSuggestions(doc: PMNode): Suggestion[] {
  const byKey = new Map<string, Suggestion>();
  doc.descendants((node, pos) => {
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
    return true;
  });
  return [...byKey.values()].sort((a, b) => a.from - b.from);
}
