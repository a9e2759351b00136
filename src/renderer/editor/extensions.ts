// The body's schema: the nodes and marks a newsroom's copy holds (paragraphs,
// crossheads, bold, italic, lists, blockquote, rule, hard break), the quote
// mark and the suggestion marks. Each TipTap extension is taken on its own
// rather than through StarterKit: every extension adds at least one plugin
// that ProseMirror walks on every keystroke, and StarterKit brings code,
// links, strike, underline (which the article model would refuse) and a drop
// cursor nobody drags text to see. Undo, the gap cursor (a rule can end the
// story), the trailing paragraph and the list keys stay, as StarterKit had them.
import { Blockquote } from '@tiptap/extension-blockquote';
import { Bold } from '@tiptap/extension-bold';
import { HardBreak } from '@tiptap/extension-hard-break';
import { Heading } from '@tiptap/extension-heading';
import { HorizontalRule } from '@tiptap/extension-horizontal-rule';
import { Italic } from '@tiptap/extension-italic';
import { BulletList, ListItem, ListKeymap, OrderedList } from '@tiptap/extension-list';
import { Paragraph } from '@tiptap/extension-paragraph';
import { Text } from '@tiptap/extension-text';
import { Gapcursor, TrailingNode, UndoRedo } from '@tiptap/extensions';
import { Overmatter } from './overmatter-plugin';
import { QuoteMark } from './extensions/quote-mark';
import { RepairPasted } from './extensions/repair-pasted';
import { SuggestChanges } from './extensions/suggest-mode';
import { ViewDecorations } from './view-decorations';
import { DeletionMark, InsertionMark, ModificationMark, SuggestibleDocument } from './extensions/suggestion-marks';

/** The body editor's extensions, in StarterKit's order (priority ties keep it). */
export const bodyExtensions = [
  Bold,
  Blockquote,
  BulletList,
  Gapcursor,
  HardBreak,
  Heading.configure({ levels: [2, 3] }),
  UndoRedo,
  HorizontalRule,
  Italic,
  ListItem,
  ListKeymap,
  OrderedList,
  Paragraph,
  Text,
  TrailingNode,
  QuoteMark,
  RepairPasted,
  // The document lets whole blocks carry suggestions (renderer/suggestions).
  SuggestibleDocument,
  InsertionMark,
  DeletionMark,
  ModificationMark,
  SuggestChanges,
  Overmatter,
  ViewDecorations,
];

/**
 * TipTap's own extensions the body does without: no text direction is set (its plugin would add
 * nothing), nothing listens for TipTap's paste, drop or delete events (working out `delete` replays
 * every keystroke's steps). Each left out is a plugin fewer on every keystroke.
 */
export const bodyCoreExtensions = { delete: false, textDirection: false, paste: false, drop: false } as const;
