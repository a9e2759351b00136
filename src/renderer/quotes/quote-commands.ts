// Editing quote marks as whole quotations: a run-on quote is several ranges
// sharing one id, so retagging or untagging must touch all of them at once
// (one transaction, one undo step).
import type { Editor } from '@tiptap/react';
import { newQuoteId, quoteIdAt, quoteRanges } from './positions';

/** Tags the selection as a quote of `speakerId`; a selection inside an existing quote retags that quote. */
export function tagSelection(editor: Editor, speakerId: string | null): string | null {
  const { from, to, empty } = editor.state.selection;
  const existing = quoteIdAt(editor.state.doc, from, to);
  if (existing && (empty || isInside(editor, existing, from, to))) {
    retagQuote(editor, existing, speakerId);
    return existing;
  }
  if (empty) return null;
  const quoteId = newQuoteId();
  editor.chain().focus().setQuote({ quoteId, speakerId }).run();
  return quoteId;
}

function isInside(editor: Editor, quoteId: string, from: number, to: number): boolean {
  return quoteRanges(editor.state.doc, quoteId).some((r) => r.from <= from && r.to >= to);
}

export function retagQuote(editor: Editor, quoteId: string, speakerId: string | null): void {
  const type = editor.schema.marks.quote;
  const tr = editor.state.tr;
  for (const range of quoteRanges(editor.state.doc, quoteId)) {
    tr.removeMark(range.from, range.to, type);
    tr.addMark(range.from, range.to, type.create({ quoteId, speakerId }));
  }
  editor.view.dispatch(tr);
}

export function untagQuote(editor: Editor, quoteId: string): void {
  const type = editor.schema.marks.quote;
  const tr = editor.state.tr;
  for (const range of quoteRanges(editor.state.doc, quoteId)) tr.removeMark(range.from, range.to, type);
  editor.view.dispatch(tr);
}

/** Marks each range as a segment of one new quotation. */
export function tagRanges(editor: Editor, ranges: ReadonlyArray<{ from: number; to: number }>, speakerId: string | null): string {
  const quoteId = newQuoteId();
  const type = editor.schema.marks.quote;
  const tr = editor.state.tr;
  for (const range of ranges) tr.addMark(range.from, range.to, type.create({ quoteId, speakerId }));
  editor.view.dispatch(tr);
  return quoteId;
}

/** Selects a quotation in the text and brings it into view. */
export function selectQuote(editor: Editor, quoteId: string): boolean {
  const ranges = quoteRanges(editor.state.doc, quoteId);
  if (!ranges.length) return false;
  editor.chain().focus().setTextSelection({ from: ranges[0].from, to: ranges[ranges.length - 1].to }).scrollIntoView().run();
  return true;
}
