// A tagged quotation: the words, the quote they belong to (a run-on quote has
// one id across paragraphs) and who said it. The speaker's colour comes from
// the id so it is stable without a lookup on the typing path; the name comes
// from a stylesheet keyed by the id (quotes/speaker-label-css.ts). A copied
// quote pasted beside its original gets a fresh id in the paste repair
// (extensions/repair-pasted.ts), as does any id the model would refuse.
import { Mark, mergeAttributes } from '@tiptap/core';
import { speakerHue } from '../../../shared/speakers/hue';

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
