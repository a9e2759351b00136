// The commonest edit in suggestion mode is a character typed at the end of
// the sub's own suggested insertion: the word being typed. For that edit the
// library's transformToSuggestionTransaction builds a second transaction
// from scratch (the text inserted again on a fresh copy of the story, the
// insertion mark added over it, the selection mapped back and forth) to
// arrive at exactly the sub's own transaction plus that mark. Here the mark
// is added to the sub's transaction directly: the same steps, in the same
// order, so the same document and the same undo. Anything else (a deletion, a
// paste, typing beside someone else's suggestion or inside a deletion) still
// goes through the library.
import type { Mark } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { readSuggestionId } from '../../../shared/history/suggestion-id';

/** How suggestionId() writes an author's name in an id. */
const signed = (author: string) => author.replace(/\|/g, '/').slice(0, 200);

/**
 * `tr` with its typed text marked as part of the suggested insertion by `author` that it extends, as the
 * library would make it; null when `tr` is not one run of text typed at the end of such an insertion.
 */
export function extendOwnInsertion(tr: Transaction, author: string): Transaction | null {
  if (tr.steps.length !== 1) return null;
  const step = tr.steps[0];
  if (!(step instanceof ReplaceStep) || step.from !== step.to) return null;
  const { content, openStart, openEnd } = step.slice;
  const text = content.firstChild;
  if (openStart || openEnd || content.childCount !== 1 || !text?.isText) return null;
  const { insertion, deletion, modification } = tr.doc.type.schema.marks;
  if (!insertion || !deletion || !modification) return null;
  const suggestionMark = (mark: Mark) => mark.type === insertion || mark.type === deletion;
  if (text.marks.some((mark) => suggestionMark(mark) || mark.type === modification)) return null;

  const $pos = tr.docs[0].resolve(step.from);
  // Inside a run of text the library also adds an empty deletion step: left to the library, to keep its steps exactly.
  if ($pos.textOffset) return null;
  const before = $pos.nodeBefore?.marks.find(suggestionMark);
  if (before?.type !== insertion || typeof before.attrs.id !== 'string' || readSuggestionId(before.attrs.id).author !== signed(author)) return null;
  // A different suggestion after the caret is joined to this one by the library; a deletion there moves the text past it.
  const after = $pos.nodeAfter?.marks.find(suggestionMark);
  if (after && (after.type !== insertion || after.attrs.id !== before.attrs.id)) return null;
  // Inside a block suggested in as a whole, the library marks nothing inline.
  for (let depth = $pos.depth; depth >= 0; depth--) if (insertion.isInSet($pos.node(depth).marks)) return null;

  // Adding a step forgets the stored marks; the library sets them after its steps, so they are set again after this one.
  const stored = tr.storedMarksSet ? tr.storedMarks : undefined;
  tr.addMark(step.from, step.from + step.slice.size, insertion.create({ id: before.attrs.id }));
  if (stored !== undefined) tr.setStoredMarks(stored);
  return tr;
}
