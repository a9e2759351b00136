// The body's schema: StarterKit as a newsroom uses it (paragraphs, crossheads,
// bold, italic, lists, blockquote, rule) and the quote mark. Code, links,
// strike and underline are off: they are not part of a story's copy, and the
// article model would refuse them.
import StarterKit from '@tiptap/starter-kit';
import { Overmatter } from './overmatter-plugin';
import { QuoteMark } from './extensions/quote-mark';
import { RepairPasted } from './extensions/repair-pasted';

export const bodyExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: false,
  }),
  QuoteMark,
  RepairPasted,
  Overmatter,
];
