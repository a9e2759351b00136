// The body's ProseMirror schema as plain data, so history can compare two
// revisions by document structure anywhere: the command line, the services,
// a worker, the renderer. It names the same nodes and marks as the editor's
// TipTap schema (StarterKit as configured in renderer/editor/extensions.ts, the
// quote mark and the suggestion marks of renderer/suggestions), so a position found here is the same position there.
// The toDOM specs are arrays, not DOM calls: only a view that is given them
// ever makes elements.
import { addSuggestionMarks } from '@handlewithcare/prosemirror-suggest-changes';
import { Schema, type DOMOutputSpec } from '@tiptap/pm/model';
import type { DocNode } from '../article/model';
import { Node as PMNode } from '@tiptap/pm/model';

export const bodySchema = new Schema({
  nodes: {
    // Suggestion marks may sit on whole blocks (a paragraph suggested in or out), as the editor allows.
    doc: { content: 'block+', marks: 'insertion deletion modification' },
    paragraph: { group: 'block', content: 'inline*', toDOM: (): DOMOutputSpec => ['p', 0] },
    heading: {
      group: 'block',
      content: 'inline*',
      attrs: { level: { default: 2 } },
      toDOM: (node): DOMOutputSpec => [`h${node.attrs.level === 3 ? 3 : 2}`, 0],
    },
    blockquote: { group: 'block', content: 'block+', toDOM: (): DOMOutputSpec => ['blockquote', 0] },
    bulletList: { group: 'block', content: 'listItem+', toDOM: (): DOMOutputSpec => ['ul', 0] },
    orderedList: {
      group: 'block',
      content: 'listItem+',
      attrs: { start: { default: 1 }, type: { default: null } },
      toDOM: (node): DOMOutputSpec => ['ol', { start: String(node.attrs.start ?? 1) }, 0],
    },
    listItem: { content: 'paragraph block*', toDOM: (): DOMOutputSpec => ['li', 0] },
    horizontalRule: { group: 'block', toDOM: (): DOMOutputSpec => ['hr'] },
    text: { group: 'inline' },
    hardBreak: { group: 'inline', inline: true, selectable: false, toDOM: (): DOMOutputSpec => ['br'] },
  },
  marks: addSuggestionMarks({
    quote: {
      attrs: { quoteId: { default: null }, speakerId: { default: null } },
      inclusive: false,
      excludes: 'quote',
      toDOM: (mark): DOMOutputSpec => ['span', { class: 'quote-mark', 'data-quote-id': mark.attrs.quoteId ?? '', 'data-speaker-id': mark.attrs.speakerId ?? '' }, 0],
    },
    bold: { toDOM: (): DOMOutputSpec => ['strong', 0] },
    italic: { toDOM: (): DOMOutputSpec => ['em', 0] },
  }),
});

/** A stored body as a ProseMirror document of the shared schema. */
export function bodyDoc(body: DocNode): PMNode {
  return PMNode.fromJSON(bodySchema, body);
}
