// The commonest edit in suggestion mode is a character typed at the end of
// the sub's own suggested insertion: the word being typed. For that edit the
// library's transformToSuggestionTransaction builds a second transaction
// from scratch (the text inserted again on a fresh copy of the story, the
// insertion mark added over it, the selection mapped back and forth) to
// arrive at exactly the sub's own transaction plus that mark. Here a typed
// letter or digit arrives already marked, as one step (typeOntoOwnInsertion,
// from the editor's text input), so ProseMirror makes one document a key, not
// two (insert, then add the mark).
// Any other text typed there (a space, punctuation an input rule may turn)
// gets the mark added to the sub's transaction (extendOwnInsertion): the
// library's own steps. Anything else (a deletion, a paste, typing beside
// someone else's suggestion or inside a deletion) still goes through the
// library.
import type { Mark, ResolvedPos } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { ReplaceStep } from '@tiptap/pm/transform';
import { readSuggestionId } from '../../../shared/history/suggestion-id';

/** How suggestionId() writes an author's name in an id. */
const signed = (author: string) => author.replace(/\|/g, '/').slice(0, 200);

/** Whether `marks` hold a suggestion mark of any kind (text carrying one is the library's to handle). */
function holdsSuggestion(marks: readonly Mark[]): boolean {
  const { insertion, deletion, modification } = marks[0]?.type.schema.marks ?? {};
  return marks.some((mark) => mark.type === insertion || mark.type === deletion || mark.type === modification);
}

/**
 * The mark of `author`'s own suggested insertion that ends at `$pos`, which text typed there joins
 * as the library would join it; null anywhere the library does more than add that mark.
 */
function ownInsertionEndingAt($pos: ResolvedPos, author: string): Mark | null {
  const { insertion, deletion, modification } = $pos.doc.type.schema.marks;
  if (!insertion || !deletion || !modification) return null;
  const suggestionMark = (mark: Mark) => mark.type === insertion || mark.type === deletion;
  // Inside a run of text the library also adds an empty deletion step: left to the library, to keep its steps exactly.
  if ($pos.textOffset) return null;
  const before = $pos.nodeBefore?.marks.find(suggestionMark);
  if (before?.type !== insertion || typeof before.attrs.id !== 'string' || readSuggestionId(before.attrs.id).author !== signed(author)) return null;
  // A different suggestion after the caret is joined to this one by the library; a deletion there moves the text past it.
  const after = $pos.nodeAfter?.marks.find(suggestionMark);
  if (after && (after.type !== insertion || after.attrs.id !== before.attrs.id)) return null;
  // Inside a block suggested in as a whole, the library marks nothing inline.
  for (let depth = $pos.depth; depth >= 0; depth--) if (insertion.isInSet($pos.node(depth).marks)) return null;
  return insertion.create({ id: before.attrs.id });
}

/**
 * The transaction typing `text` at the caret makes in suggestion mode when the caret ends `author`'s own
 * suggested insertion: the text inserted already carrying that insertion's mark, one step, the same
 * document, selection and stored marks as the library's two; null anywhere else.
 */
export function typeOntoOwnInsertion(state: EditorState, from: number, to: number, text: string, author: string): Transaction | null {
  const { selection } = state;
  if (from !== to || !text || !selection.empty || selection.from !== from) return null;
  const $pos = state.doc.resolve(from);
  const marks = state.storedMarks ?? $pos.marks();
  if (holdsSuggestion(marks)) return null;
  const mark = ownInsertionEndingAt($pos, author);
  if (!mark) return null;
  // insertText takes the stored marks for the text and forgets them with its step, as it does with the sub's own.
  return state.tr.setStoredMarks(mark.addToSet(marks)).insertText(text, from, to).scrollIntoView();
}

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
  if (openStart || openEnd || content.childCount !== 1 || !text?.isText || holdsSuggestion(text.marks)) return null;
  const mark = ownInsertionEndingAt(tr.docs[0].resolve(step.from), author);
  if (!mark) return null;
  // Adding a step forgets the stored marks; the library sets them after its steps, so they are set again after this one.
  const stored = tr.storedMarksSet ? tr.storedMarks : undefined;
  tr.addMark(step.from, step.from + step.slice.size, mark);
  if (stored !== undefined) tr.setStoredMarks(stored);
  return tr;
}
