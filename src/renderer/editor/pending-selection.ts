// A caret the browser has just moved (Home, End, a click) reaches
// ProseMirror on the next selectionchange event. A transaction dispatched
// before that — a background one that only changes decorations, such as the
// overmatter mark — makes ProseMirror put the DOM
// selection back where its state says, and the sub's caret move is lost.
// Background dispatchers call this first, so ProseMirror reads the DOM
// selection now. The observer is ProseMirror-internal, hence the guard.
import type { EditorView } from '@tiptap/pm/view';

export function takeUpPendingSelection(view: EditorView): void {
  const observer = (view as unknown as { domObserver?: { flush?: () => void } }).domObserver;
  if (view.hasFocus()) observer?.flush?.();
}
