// Accepting and rejecting suggestions. The library's commands each dispatch a
// transaction of their own; to take several at once (all in the selection) as
// one step of undo, their steps are gathered into one transaction here.
import { applySuggestion, applySuggestions, revertSuggestion, revertSuggestions, suggestChangesKey } from '@handlewithcare/prosemirror-suggest-changes';
import type { Editor } from '@tiptap/core';
import type { Command, EditorState, Transaction } from '@tiptap/pm/state';

type Verdict = 'accept' | 'reject';

function dispatchOnce(editor: Editor, commands: Array<(tr: Transaction) => Command>): boolean {
  const tr = editor.state.tr;
  let state: EditorState = editor.state;
  for (const make of commands) {
    make(tr)(state, (step) => {
      for (const s of step.steps) tr.step(s);
      state = state.apply(step);
    });
  }
  if (!tr.docChanged) return false;
  tr.setMeta(suggestChangesKey, { skip: true });
  editor.view.dispatch(tr);
  return true;
}

/** Accepts or rejects one suggestion (every piece of it): one step of undo. */
export function resolveOne(editor: Editor, id: string | number, verdict: Verdict): boolean {
  const command = verdict === 'accept' ? applySuggestion(id) : revertSuggestion(id);
  return dispatchOnce(editor, [() => command]);
}

/** Accepts or rejects every suggestion: one step of undo. */
export function resolveAll(editor: Editor, verdict: Verdict): boolean {
  return dispatchOnce(editor, [() => (verdict === 'accept' ? applySuggestions : revertSuggestions)]);
}

/** Accepts or rejects the suggestions with these ids within from–to (the selection): one step of undo. */
export function resolveInRange(editor: Editor, ids: ReadonlyArray<string | number>, from: number, to: number, verdict: Verdict): boolean {
  return dispatchOnce(
    editor,
    ids.map((id) => (tr: Transaction) => {
      const a = tr.mapping.map(from);
      const b = tr.mapping.map(to);
      return verdict === 'accept' ? applySuggestion(id, a, b) : revertSuggestion(id, a, b);
    }),
  );
}
