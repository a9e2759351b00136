// The copy, outside every React container. React listens on each root and
// portal container it renders into, and for every event under one it runs its
// dispatch (a walk from the target to the container, every event plugin),
// capture and bubble: about 0.3 ms a keystroke with the body under #root, for
// no handler at all. So the copy's scroller and ProseMirror's element live in
// a layer of plain DOM beside #root, laid over a placeholder the open story's
// view keeps in its layout (the copy column). What React draws in the copy
// (the fields, the format bar) is portalled into a host beside the body, not
// around it, so its listeners never see the body's events.
//
// The placeholder keeps the column's place for the sub: aria-owns reads the
// layer as the Copy region's content, focus that tabs into the placeholder
// passes into the layer, and focus that tabs out of either end of the layer
// passes back to the page around the placeholder.
import type { Editor } from '@tiptap/core';

/** The layer's parts: React portals into `furniture`; the body's element goes in `body`. */
export interface CopyLayer {
  element: HTMLDivElement;
  scroller: HTMLDivElement;
  /** The first view's read-only fields (first-story.ts), until the app's own take their place. */
  first: HTMLDivElement;
  furniture: HTMLDivElement;
  body: HTMLDivElement;
}

/** The layer's id, for the placeholder's aria-owns. */
export const COPY_LAYER_ID = 'copy-layer';

let layer: CopyLayer | null = null;
/** Where the copy is shown now: the placeholder it lies over, the editor in it, and what stops it following the placeholder. */
let shown: { placeholder: HTMLElement; editor: Editor; stop: () => void } | null = null;

function div(className: string, ...children: Node[]): HTMLDivElement {
  const made = document.createElement('div');
  made.className = className;
  made.append(...children);
  return made;
}

/** A stop at one end of the layer: reached by Tab, it passes the focus on to the page around the placeholder. */
function guard(onward: boolean): HTMLSpanElement {
  const made = document.createElement('span');
  made.className = 'copy-guard';
  made.tabIndex = 0;
  made.addEventListener('focus', () => leaveCopy(onward));
  return made;
}

/** The layer, made once beside #root, hidden until a story is shown in it. */
export function copyLayer(): CopyLayer {
  if (layer) return layer;
  const first = div('copy-first');
  const furniture = div('copy-furniture');
  const body = div('body-wrap');
  const scroller = div('copy-scroll', div('copy-sheet', first, furniture, body));
  const element = div('copy-layer', guard(false), scroller, guard(true));
  element.id = COPY_LAYER_ID;
  element.hidden = true;
  document.body.append(element);
  layer = { element, scroller, first, furniture, body };
  return layer;
}

/** Lays the layer over the placeholder's box; a placeholder taken off the page leaves it where it was. */
function place(placeholder: HTMLElement): void {
  if (!placeholder.isConnected) return;
  const box = placeholder.getBoundingClientRect();
  const style = copyLayer().element.style;
  style.left = `${box.left}px`;
  style.top = `${box.top}px`;
  style.width = `${box.width}px`;
  style.height = `${box.height}px`;
}

/**
 * Shows `editor`'s body in the layer, over `placeholder`, and keeps the layer on it as the window and
 * the columns change size. `firstFields` (the window's first view) sit above the body until the next
 * showing. Returns what takes it down again; the editor's element is then off the page.
 */
export function showCopy(editor: Editor, placeholder: HTMLElement, firstFields: Node[] = []): () => void {
  const { element, scroller, first, body } = copyLayer();
  const switching = shown !== null && !element.hidden;
  shown?.stop();
  const dom = editor.view.dom;
  first.replaceChildren(...firstFields);
  const arriving = dom.parentNode !== body;
  if (arriving) {
    body.replaceChildren(dom);
    editor.view.updateRoot();
  }
  // Sized before it is shown: shown first, the story would be laid out at the layer's old size (none, at
  // first: a word to a line, the length of the story) and then again at its column's.
  place(placeholder);
  element.hidden = false;
  // Straight from another story shown: that one's scroll position goes (hideCopy resets it otherwise).
  if (arriving && switching) scroller.scrollTop = 0;
  // A resize is delivered after layout and before paint: the layer moves in the same frame as the column.
  const observer = new ResizeObserver(() => place(placeholder));
  observer.observe(placeholder);
  const onResize = () => place(placeholder);
  window.addEventListener('resize', onResize);
  const stop = () => {
    observer.disconnect();
    window.removeEventListener('resize', onResize);
  };
  const entry = { placeholder, editor, stop };
  shown = entry;
  return () => (shown === entry ? hideCopy() : stop());
}

/** Hides the layer, with nothing in it: for a view with no story open (still loading, or refused). */
export function hideCopy(): void {
  if (!shown) return;
  const { editor, stop } = shown;
  stop();
  shown = null;
  const { element, scroller, first, body } = copyLayer();
  // The scroller outlives the stories shown in it: the next opens at its top, as in a scroller of its own.
  // Set while the layer is still laid out: a hidden box keeps no scroll position to set.
  if (!element.hidden) scroller.scrollTop = 0;
  element.hidden = true;
  first.replaceChildren();
  // Off the page but kept whole, for the same editor to be shown again (React's strict mode mounts twice).
  if (!editor.isDestroyed && editor.view.dom.parentNode === body) document.createElement('div').append(editor.view.dom);
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex], [contenteditable="true"]';

/**
 * Tab stops under `root` in document order (a radio group is one stop: its checked radio, if any).
 * Here rather than ui/focus-trap's, which comes with React: the window's first view loads this module.
 */
function tabStops(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.tabIndex < 0 || el.classList.contains('copy-guard')) return false;
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name || el.checked) return true;
    return !document.querySelector(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`);
  });
}

/** Tab stops in the layer, in order: the fields, the format bar and the body. */
function stopsInCopy(): HTMLElement[] {
  const { scroller } = copyLayer();
  return tabStops(scroller).filter((el) => el.getClientRects().length > 0);
}

/** Focus, tabbed onto the placeholder, goes into the copy: to its first stop, or its last when it came back from after it. */
export function enterCopy(placeholderStop: HTMLElement, from: EventTarget | null): void {
  const stops = stopsInCopy();
  const back = from instanceof Node && !copyLayer().element.contains(from) && (placeholderStop.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  (back ? stops[stops.length - 1] : stops[0])?.focus();
}

/** Focus tabbed off one end of the copy goes to the page's next (or previous) stop around the placeholder. */
function leaveCopy(onward: boolean): void {
  const placeholder = shown?.placeholder;
  if (!placeholder) return;
  const { element } = copyLayer();
  const page = tabStops(document.body).filter((el) => !element.contains(el) && !placeholder.contains(el));
  const side = onward ? Node.DOCUMENT_POSITION_FOLLOWING : Node.DOCUMENT_POSITION_PRECEDING;
  const beyond = page.filter((el) => (placeholder.compareDocumentPosition(el) & side) !== 0 && !el.contains(placeholder));
  for (const candidate of onward ? beyond : beyond.reverse()) {
    candidate.focus();
    if (document.activeElement === candidate) return;
  }
  // Nothing beyond: the focus goes round to the other end of the copy, as the page's own order would.
  const stops = stopsInCopy();
  (onward ? stops[0] : stops[stops.length - 1])?.focus();
}
