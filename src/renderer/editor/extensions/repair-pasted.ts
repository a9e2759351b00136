// Every paste and drop into the body passes through the paste code
// (paste-code.ts): DOMPurify on the HTML, then the article's repair step on
// the parsed slice (extensions/repair-slice.ts), so nothing that would make
// the story unsaveable enters the document. That code is fetched after the
// first view (paste-code-loading.ts); a paste or drop that comes before it
// is held, not dropped, and applied as it arrives. The sub's copy is never
// lost to a slow fetch.
import { Extension } from '@tiptap/core';
import type { Node as PMNode, Slice } from '@tiptap/pm/model';
import { Plugin } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { MAX_DEPTH } from '../../../shared/article/model-limits';
import { loadPasteCode, loadedPasteCode } from '../paste-code-loading';

/** How deep the body nests, counted as the model counts it (the doc 0, its blocks 1, …). */
function depthOf(node: PMNode, depth = 0): number {
  let max = depth;
  node.forEach((child) => {
    if (max <= MAX_DEPTH) max = Math.max(max, depthOf(child, depth + 1));
  });
  return max;
}

/** Runs `apply` once the paste code has arrived (or could not be fetched), if the view is still there. */
function whenPasteCode(view: EditorView, apply: () => void): void {
  void loadPasteCode().then(() => {
    if (!view.isDestroyed) apply();
  });
}

/** A paste before the paste code: its data taken now (the event's clipboard is readable only while it runs), pasted later. */
function holdPaste(view: EditorView, event: ClipboardEvent): boolean {
  const html = event.clipboardData?.getData('text/html') ?? '';
  const text = event.clipboardData?.getData('text/plain') ?? '';
  // Nothing ProseMirror would paste (a file, say): left to it.
  if (!html && !text) return false;
  event.preventDefault();
  whenPasteCode(view, () => (html ? view.pasteHTML(html) : view.pasteText(text)));
  return true;
}

/** A drop before the paste code: replayed as the same drop, at the same place, once it has arrived. */
function holdDrop(view: EditorView, event: DragEvent): boolean {
  if (!event.dataTransfer) return false;
  const transfer = new DataTransfer();
  for (const type of event.dataTransfer.types) if (type !== 'Files') transfer.setData(type, event.dataTransfer.getData(type));
  if (!transfer.types.length) return false;
  // A drag from inside the body carries its slice here; ProseMirror clears it a moment after the drag ends.
  const dragging = view.dragging;
  const { clientX, clientY, ctrlKey, altKey, metaKey, shiftKey } = event;
  event.preventDefault();
  whenPasteCode(view, () => {
    view.dragging = dragging;
    view.dom.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, clientX, clientY, ctrlKey, altKey, metaKey, shiftKey, dataTransfer: transfer }));
  });
  return true;
}

/**
 * The repair on every paste and drop, as a ProseMirror plugin. Where a slice
 * lands is ProseMirror's choice (it may join an open list to one at the
 * caret), so after the paste the story's depth is checked too, and a story
 * nested past the model's limit is repaired whole.
 */
export const RepairPasted = Extension.create({
  name: 'repairPasted',
  addProseMirrorPlugins() {
    const loadNow = () => void loadPasteCode();
    return [
      new Plugin({
        props: {
          handleDOMEvents: {
            // The sub reaching for the body: fetched now, so a paste that follows finds it there.
            focus: loadNow,
            pointerdown: loadNow,
            keydown: loadNow,
            dragenter: loadNow,
            paste: (view, event) => !loadedPasteCode() && holdPaste(view, event),
            drop: (view, event) => !loadedPasteCode() && holdDrop(view, event),
          },
          // Without the code (it could not be fetched), HTML came through the text-only reading: nothing there to repair.
          transformPasted: (slice: Slice, view: EditorView) =>
            loadedPasteCode()?.repairSlice(slice, view.state, view.dragging?.slice === slice && view.dragging.move) ?? slice,
        },
        appendTransaction: (transactions, _before, state) => {
          const pasted = transactions.some((tr) => tr.docChanged && (tr.getMeta('uiEvent') === 'paste' || tr.getMeta('uiEvent') === 'drop'));
          if (!pasted || depthOf(state.doc) <= MAX_DEPTH) return null;
          return loadedPasteCode()?.repairDeepStory(state) ?? null;
        },
      }),
    ];
  },
});
