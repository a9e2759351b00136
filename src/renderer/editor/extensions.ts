// The body's schema: StarterKit as a newsroom uses it (paragraphs, crossheads,
// bold, italic, lists, blockquote, rule) and the quote mark. Code, links,
// strike and underline are off: they are not part of a story's copy, and the
// article model would refuse them.
import StarterKit from '@tiptap/starter-kit';
import { Overmatter } from './overmatter-plugin';
import { QuoteMark } from './extensions/quote-mark';
import { RepairPasted } from './extensions/repair-pasted';
import { SuggestChanges } from './extensions/suggest-mode';
import { DeletionMark, InsertionMark, ModificationMark, SuggestibleDocument } from './extensions/suggestion-marks';

export const bodyExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: false,
    // Replaced by the same document letting whole blocks carry suggestions (renderer/suggestions).
    document: false,
  }),
  QuoteMark,
  RepairPasted,
  SuggestibleDocument,
  InsertionMark,
  DeletionMark,
  ModificationMark,
  SuggestChanges,
  Overmatter,
];
