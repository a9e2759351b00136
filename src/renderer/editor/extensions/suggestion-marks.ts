// The marks a suggestion leaves in the body: words suggested in, words
// suggested out, formatting suggested changed. Named and shaped as
// @handlewithcare/prosemirror-suggest-changes expects them; each is drawn in
// its own colour, tinted by the author's name, so two subs' suggestions differ.
import { Mark, mergeAttributes, Node } from '@tiptap/core';
import { speakerHue } from '../../../shared/speakers/hue';
import { readSuggestionId } from '../../../shared/history/suggestion-id';

const idAttribute = {
  id: {
    default: null,
    parseHTML: (el: HTMLElement) => {
      const raw = el.getAttribute('data-suggestion-id');
      if (raw === null) return null;
      return /^\d+$/.test(raw) ? Number(raw) : raw;
    },
    renderHTML: (attrs: Record<string, unknown>) => {
      const { author, at } = readSuggestionId(attrs.id);
      return {
        'data-suggestion-id': String(attrs.id),
        title: `${author}${at ? `, ${new Date(at).toLocaleString()}` : ''}`,
        style: `--suggestion-hue:${speakerHue(author)}`,
      };
    },
  },
};

function suggestionMark(name: 'insertion' | 'deletion', tag: 'ins' | 'del') {
  return Mark.create({
    name,
    inclusive: false,
    excludes: 'insertion deletion modification',
    addAttributes: () => idAttribute,
    parseHTML: () => [{ tag: `${tag}[data-suggestion-id]` }],
    renderHTML: ({ HTMLAttributes }) => [tag, mergeAttributes({ class: `suggestion suggestion-${name}` }, HTMLAttributes), 0],
  });
}

export const InsertionMark = suggestionMark('insertion', 'ins');
export const DeletionMark = suggestionMark('deletion', 'del');

export const ModificationMark = Mark.create({
  name: 'modification',
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    ...idAttribute,
    type: { default: 'mark', renderHTML: () => ({}) },
    attrName: { default: null, renderHTML: () => ({}) },
    previousValue: { default: null, renderHTML: () => ({}) },
    newValue: { default: null, renderHTML: () => ({}) },
  }),
  parseHTML: () => [{ tag: 'span[data-suggestion-id][data-modification]' }],
  renderHTML: ({ HTMLAttributes }) => ['span', mergeAttributes({ class: 'suggestion suggestion-modification', 'data-modification': 'true' }, HTMLAttributes), 0],
});

/** StarterKit's document, letting a whole block carry a suggestion (a paragraph suggested in or out). */
export const SuggestibleDocument = Node.create({ name: 'doc', topNode: true, content: 'block+', marks: 'insertion deletion modification' });
