// A tagged quotation: the words, the quote they belong to (a run-on quote has
// one id across paragraphs) and who said it. The speaker's colour comes from
// the id so it is stable without a lookup on the typing path; names are added
// by the speaker-labels plugin.
import { Mark, mergeAttributes } from '@tiptap/core';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quote: {
      setQuote: (attrs: { quoteId: string; speakerId: string | null }) => ReturnType;
      unsetQuote: () => ReturnType;
    };
  }
}

// Hues far enough apart to tell speakers apart at a glance, in light and dark themes.
const HUES = [210, 10, 130, 280, 35, 175, 330, 55, 250, 95];

export function speakerHue(speakerId: string | null): number {
  if (!speakerId) return -1;
  let hash = 0;
  for (let i = 0; i < speakerId.length; i++) hash = (hash * 31 + speakerId.charCodeAt(i)) | 0;
  return HUES[Math.abs(hash) % HUES.length];
}

export const QuoteMark = Mark.create({
  name: 'quote',
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
