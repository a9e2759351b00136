// What the sub does to the library's plain first screen (first-rows.ts) before
// React takes it over is kept, so nothing is lost in the handover: where the
// focus is, the search typed, the filters chosen, how far the list is
// scrolled, and each click, double click and key the library answers (the
// grid's keys on a row, the commands' shortcuts). LibraryView adopts them the
// moment its first commit has replaced the plain elements: the focus goes to
// the same element of its own, and the clicks and keys are dispatched there,
// in order, to its own handlers. A file dropped or copy pasted on the screen
// is kept too, and handed to the import once it listens.
import { COMMANDS } from '../../shared/commands';
import { matchesShortcut } from '../ui/shortcuts';

/** An element of the library, found again in the other drawing of it: its row (by story) and the child indices below. */
interface Place {
  row: string | null;
  path: number[];
}

interface Action {
  place: Place;
  type: 'click' | 'dblclick' | 'keydown';
  key?: KeyboardEventInit;
}

/** A file dropped, or copy pasted, on the first screen: the import's, once it listens (import/ImportControl.tsx, on the window). */
interface Handed {
  type: 'drop' | 'paste';
  /** A copy of what came: the event's own transfer is emptied once its handlers have run. */
  transfer: DataTransfer;
}

/** What a drop or paste carried, copied: the files, or the copy's text and HTML. */
function copyOf(from: DataTransfer): DataTransfer {
  const copy = new DataTransfer();
  for (const file of Array.from(from.files)) copy.items.add(file);
  for (const type of ['text/html', 'text/plain']) {
    const data = from.getData(type);
    if (data) copy.setData(type, data);
  }
  return copy;
}

function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}

/** What LibraryView takes over from the first screen, once its first commit has replaced it. */
export interface HeldFirstRows {
  search: string;
  status: string;
  section: string;
  /** Replays the rest (focus, scroll, the clicks and keys) on LibraryView's own elements, once they are in the page. */
  replay(library: HTMLElement): Promise<void>;
}

/** The keys the grid answers on a row. */
const GRID_KEYS = new Set(['ArrowDown', 'ArrowUp', 'PageDown', 'PageUp', 'Home', 'End', 'Enter', 'Delete', 'Backspace']);
const SHORTCUTS = Object.values(COMMANDS).flatMap((c) => [...(c.shortcut ? [c.shortcut] : []), ...(c.alternatives ?? [])]);

/** Resolves in a task of its own, after whatever React has scheduled from the one before. */
const nextTask = () =>
  new Promise<void>((next) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => next();
    channel.port2.postMessage(0);
  });

let held: { library: HTMLElement; actions: Action[]; handed: Handed[]; focus: () => Place | null; scrollTop: () => number; stop: () => void; stopHanding: () => void } | null = null;

function placeOf(target: Element, library: HTMLElement): Place | null {
  const row = target.closest<HTMLElement>('tr[data-id]');
  const base = row ?? library;
  const path: number[] = [];
  for (let at: Element | null = target; at && at !== base; at = at.parentElement) {
    if (!at.parentElement || !library.contains(at)) return null;
    path.unshift(Array.prototype.indexOf.call(at.parentElement.children, at));
  }
  return { row: row?.dataset.id ?? null, path };
}

function find(place: Place, library: HTMLElement): HTMLElement | null {
  let at: Element | null = place.row === null ? library : library.querySelector(`tr[data-id="${CSS.escape(place.row)}"]`);
  for (const index of place.path) at = at?.children[index] ?? null;
  return at instanceof HTMLElement ? at : null;
}

/** Starts keeping what the sub does to the plain first screen `library`. */
export function holdUntilAdopted(library: HTMLElement): void {
  const actions: Action[] = [];
  const note = (type: Action['type'], target: EventTarget | null, key?: KeyboardEventInit) => {
    const element = target instanceof Element ? target.closest('button, tr[data-id]') : null;
    const place = element && placeOf(element, library);
    if (place) actions.push({ place, type, key });
  };
  const onClick = (event: MouseEvent) => note(event.type as 'click' | 'dblclick', event.target);
  const onKey = (event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const onRow = !!target?.matches('tr[data-id]') && GRID_KEYS.has(event.key);
    const command = !event.getModifierState('AltGraph') && SHORTCUTS.some((s) => matchesShortcut(event, s));
    if (!onRow && !command) return;
    // Answered once the library has taken over: the browser's own meaning (scrolling the list, its own Ctrl+O) would come first.
    event.preventDefault();
    // Held keys are the replay's alone: the window's own shortcut listener may already be listening, and would run it twice.
    event.stopImmediatePropagation();
    const { key, code, ctrlKey, metaKey, shiftKey, altKey } = event;
    const place = target && library.contains(target) ? placeOf(target, library) : { row: null, path: [] };
    if (place) actions.push({ place, type: 'keydown', key: { key, code, ctrlKey, metaKey, shiftKey, altKey } });
  };
  // A file dropped or copy pasted is kept for the import: a drop nobody took would open the file in place of Galley.
  const handed: Handed[] = [];
  // Once the library view has taken over, the import's own listeners (set in the same commit) take drops and pastes:
  // holding one more for the replay as well would import it twice.
  let handing = true;
  const onDragOver = (event: DragEvent) => {
    if (handing && event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    if (!handing || !event.dataTransfer?.files.length) return;
    event.preventDefault();
    handed.push({ type: 'drop', transfer: copyOf(event.dataTransfer) });
  };
  const onPaste = (event: ClipboardEvent) => {
    // Into the search box, the browser's own paste: the box's text is kept (search, below).
    if (!handing || isEditable(event.target) || !event.clipboardData) return;
    event.preventDefault();
    handed.push({ type: 'paste', transfer: copyOf(event.clipboardData) });
  };
  // Where the focus is, kept as it moves: React's commit takes the plain elements, and the focus with them, out of the page.
  let focus: Place | null = null;
  const onFocusIn = (event: FocusEvent) => {
    focus = event.target instanceof Element ? placeOf(event.target, library) : null;
    // A row focused is drawn selected, as the library will have it.
    if (event.target instanceof Element && event.target.matches('tr[data-id]'))
      for (const row of library.querySelectorAll('tr[data-id]')) row.setAttribute('aria-selected', String(row === event.target));
  };
  const onFocusOut = () =>
    queueMicrotask(() => {
      if (library.isConnected && !library.contains(document.activeElement)) focus = null;
    });
  // And how far the list is scrolled: an element out of the page has no scroll position.
  let scrollTop = 0;
  const onScroll = (event: Event) => void (event.target instanceof Element && event.target.matches('.grid-wrap') && (scrollTop = event.target.scrollTop));
  // One signal takes every listener off again when the library view takes over.
  const listening = new AbortController();
  const { signal } = listening;
  library.addEventListener('scroll', onScroll, { capture: true, signal });
  library.addEventListener('focusin', onFocusIn, { signal });
  library.addEventListener('focusout', onFocusOut, { signal });
  library.addEventListener('click', onClick, { signal });
  library.addEventListener('dblclick', onClick, { signal });
  window.addEventListener('keydown', onKey, { capture: true, signal });
  window.addEventListener('dragover', onDragOver, { signal });
  window.addEventListener('drop', onDrop, { signal });
  window.addEventListener('paste', onPaste, { signal });
  const stop = () => listening.abort();
  held = { library, actions, handed, focus: () => focus, scrollTop: () => scrollTop, stop, stopHanding: () => void (handing = false) };
}

/**
 * Takes what was kept, once, when LibraryView's first commit has replaced the first screen: the search and
 * filters for its state, and the replay for its elements. Null when no first screen was shown (or it was taken).
 */
export function takeHeldFirstRows(): HeldFirstRows | null {
  if (!held) return null;
  const { library, actions, handed, stop } = held;
  held.stopHanding();
  const focus = held.focus();
  const scrollTop = held.scrollTop();
  held = null;
  // Out of the page now, the plain elements still hold what the sub typed, chose and scrolled.
  const value = (selector: string) => library.querySelector<HTMLInputElement | HTMLSelectElement>(selector)?.value ?? '';
  const search = library.querySelector<HTMLInputElement>('input[type=search]');
  const inSearch = !!focus && !!search && find(focus, library) === search;
  const selection = inSearch && search ? ([search.selectionStart ?? 0, search.selectionEnd ?? 0] as const) : null;
  return {
    search: search?.value ?? '',
    status: value('select[aria-label="Status"]'),
    section: value('select[aria-label="Section"]'),
    async replay(own: HTMLElement) {
      stop();
      // Each step in a task of its own: React renders what one click or key changed (the row selected) before the next comes.
      await nextTask();
      const wrap = own.querySelector('.grid-wrap');
      if (wrap && scrollTop) wrap.scrollTop = scrollTop;
      const focused = focus && find(focus, own);
      focused?.focus({ preventScroll: true });
      if (selection && focused instanceof HTMLInputElement) focused.setSelectionRange(...selection);
      for (const action of actions) {
        await nextTask();
        const target = action.type === 'keydown' && action.place.row === null && action.place.path.length === 0 ? (document.activeElement ?? document.body) : find(action.place, own);
        if (!target) continue;
        if (action.type === 'keydown') {
          // A key on a row moves or opens from that row: it has the focus when the key comes, as it had.
          if (target instanceof HTMLElement && target.matches('tr[data-id]')) target.focus({ preventScroll: true });
          target.dispatchEvent(new KeyboardEvent('keydown', { ...action.key, bubbles: true, cancelable: true }));
        } else if (action.type === 'click' && target instanceof HTMLElement) target.click();
        else target.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, cancelable: true, detail: 2 }));
      }
      // Handed to the import as they came: it listens on the window for drops and pastes.
      for (const { type, transfer } of handed) {
        await nextTask();
        if (type === 'drop') window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
        else window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, cancelable: true }));
      }
    },
  };
}
