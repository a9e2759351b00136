// Putting words back from an earlier revision into the editor: one change, or
// the whole body. Each is one transaction, so one undo takes it out again.
import type { Editor } from '@tiptap/core';
import { Slice, type Node as PMNode } from '@tiptap/pm/model';
import type { DocNode } from '../../shared/article/model';
import type { BodyChange } from '../../shared/history/compare';

/**
 * Replaces what the change put in (at fromB–toB of the editor's document)
 * with what stood there in the older revision (fromA–toA of `older`). The
 * positions are only good for the document they were found in: the caller
 * checks the editor still holds it.
 */
export function putBackChange(editor: Editor, older: PMNode, change: BodyChange): void {
  const slice = Slice.fromJSON(editor.schema, older.slice(change.fromA, change.toA).toJSON());
  editor.view.dispatch(editor.state.tr.replace(change.fromB, change.toB, slice).scrollIntoView());
}

/** Sets a revision's body in the editor as one undoable step; the update event tells autosave and the panels. */
export function putBackBody(editor: Editor, body: DocNode): void {
  editor.commands.setContent(body, { emitUpdate: true });
}
