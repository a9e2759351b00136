// Exports carry the copy as it stands before any suggestion is taken: a
// suggested insertion is left out, a suggested deletion left in, and a
// suggested change of formatting undone, exactly as rejecting every
// suggestion in the editor would leave it (the same library does both).
import { revertSuggestions } from '@handlewithcare/prosemirror-suggest-changes';
import { EditorState } from '@tiptap/pm/state';
import type { Article, BlockNode, DocNode } from '../article/model';
import { bodyDoc, bodySchema } from '../history/schema';

const SUGGESTION = new Set(['insertion', 'deletion', 'modification']);

/** How many suggestions (tracked changes) the body holds, each counted once however many pieces it has. */
export function countSuggestions(body: DocNode): number {
  const ids = new Set<string>();
  const visit = (node: { marks?: Array<{ type: string; attrs?: { id?: unknown } }>; content?: unknown[] }) => {
    for (const mark of node.marks ?? []) if (SUGGESTION.has(mark.type)) ids.add(`${mark.type === 'deletion' ? 'd' : 'i'}${String(mark.attrs?.id)}`);
    for (const child of node.content ?? []) visit(child as typeof node);
  };
  visit(body as unknown as Parameters<typeof visit>[0]);
  return ids.size;
}

/** The body with every suggestion rejected: what every export but DOCX (which carries them as Word's tracked changes) writes. */
export function bodyWithoutSuggestions(body: DocNode): DocNode {
  if (countSuggestions(body) === 0) return body;
  let state = EditorState.create({ schema: bodySchema, doc: bodyDoc(body) });
  revertSuggestions(state, (tr) => (state = state.apply(tr)));
  const json = state.doc.toJSON() as DocNode;
  // The zero-width spaces the library uses to hold a suggested paragraph break open are not copy.
  return stripZeroWidth(json);
}

/** The article as exports read it: its body with suggestions rejected. */
export function articleForExport(article: Article): Article {
  const body = bodyWithoutSuggestions(article.body);
  return body === article.body ? article : { ...article, body };
}

function stripZeroWidth(doc: DocNode): DocNode {
  const block = (node: BlockNode): BlockNode => {
    const n = node as BlockNode & { content?: unknown[] };
    if (!n.content) return node;
    const content = n.content
      .map((child) => {
        const c = child as { type: string; text?: string };
        if (c.type === 'text') return c.text!.includes('\u200b') ? { ...c, text: c.text!.replace(/\u200b/g, '') } : c;
        return block(child as BlockNode);
      })
      .filter((c) => (c as { type: string; text?: string }).type !== 'text' || (c as { text: string }).text.length > 0);
    return { ...n, content } as BlockNode;
  };
  return { type: 'doc', content: doc.content.map(block) };
}
