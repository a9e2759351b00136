// A tagged quotation: the words, the quote they belong to (a run-on quote has
// one id across paragraphs) and who said it. The speaker's colour comes from
// the id so it is stable without a lookup on the typing path; the name comes
// from a stylesheet keyed by the id (quotes/speaker-label-css.ts).
import { Mark, mergeAttributes } from '@tiptap/core';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { Plugin } from '@tiptap/pm/state';
import { speakerHue } from '../../../shared/speakers/hue';
import { newQuoteId } from '../../../shared/quotes/ids';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quote: {
      setQuote: (attrs: { quoteId: string; speakerId: string | null }) => ReturnType;
      unsetQuote: () => ReturnType;
    };
  }
}

export const QuoteMark = Mark.create({
  name: 'quote',
  // First in the schema's marks, so it is the outermost element: a quote with bold or italic words in it
  // is one element, and its speaker is named once after it, not after each piece.
  priority: 1000,
  // Typing at the end of a quote should not extend it: the closing mark ends the words.
  inclusive: false,
  // One quotation cannot sit inside another tagged one; nested single quotes are part of the outer.
  excludes: 'quote',
  addAttributes() {
    return {
      quoteId: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-quote-id'),
        renderHTML: (attrs) => ({ 'data-quote-id': attrs.quoteId }),
      },
      speakerId: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-speaker-id') || null,
        renderHTML: (attrs) => {
          const hue = speakerHue(attrs.speakerId);
          return attrs.speakerId
            ? { 'data-speaker-id': attrs.speakerId, style: `--speaker-hue:${hue}` }
            : { 'data-speaker-id': '', 'data-unattributed': 'true' };
        },
      },
    };
  },
  parseHTML() {
    return [{ tag: 'span[data-quote-id]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'quote-mark' }, HTMLAttributes), 0];
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        props: {
          // A copied quote pasted beside its original is a second quotation, not a
          // continuation of the first: give it a fresh id. A cut-and-paste keeps its id.
          transformPasted: (slice, view) => {
            const existing = new Set<string>();
            view.state.doc.descendants((node) => {
              for (const mark of node.marks) if (mark.type.name === 'quote') existing.add(mark.attrs.quoteId);
              return true;
            });
            if (existing.size === 0) return slice;
            const renamed = new Map<string, string>();
            const mapNode = (node: PMNode): PMNode => {
              if (node.isText) {
                const marks = node.marks.map((mark) => {
                  if (mark.type.name !== 'quote' || !existing.has(mark.attrs.quoteId)) return mark;
                  let id = renamed.get(mark.attrs.quoteId);
                  if (!id) renamed.set(mark.attrs.quoteId, (id = newQuoteId()));
                  return mark.type.create({ ...mark.attrs, quoteId: id });
                });
                return node.mark(marks);
              }
              return node.copy(mapFragment(node.content));
            };
            const mapFragment = (fragment: Fragment): Fragment => {
              const children: PMNode[] = [];
              fragment.forEach((child) => children.push(mapNode(child)));
              return Fragment.from(children);
            };
            return new Slice(mapFragment(slice.content), slice.openStart, slice.openEnd);
          },
        },
      }),
    ];
  },
  addCommands() {
    return {
      setQuote:
        (attrs) =>
        ({ commands }) =>
          commands.setMark(this.name, attrs),
      unsetQuote:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    };
  },
});
