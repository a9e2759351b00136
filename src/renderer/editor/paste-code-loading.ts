// The paste code (paste-code.ts: DOMPurify, and the article repair with the
// model's zod schemas) is a chunk of its own, fetched after the first view
// rather than with the body editor: a cold open parses none of it. It is
// asked for at idle once a view is shown, and at once when the sub first
// reaches for the body (focus, pointer, key); a paste or drop that still
// comes before it is held until it has arrived (extensions/repair-pasted.ts).
import type * as PasteCode from './paste-code';

export type { PasteCode };

let loaded: typeof PasteCode | null = null;
let loading: Promise<typeof PasteCode | null> | null = null;

/** The paste code if it has arrived, else null. */
export function loadedPasteCode(): typeof PasteCode | null {
  return loaded;
}

/**
 * Fetches the paste code, once; resolves with it, or with null when it could not be fetched (then the
 * next call tries again, and pastes meanwhile take the text-only reading, sanitise-paste.ts).
 */
export function loadPasteCode(): Promise<typeof PasteCode | null> {
  loading ??= import('./paste-code').then(
    (code) => (loaded = code),
    () => {
      loading = null;
      return null;
    },
  );
  return loading;
}

/** A window's first moments belong to its first view (a library's first rows are still on their way): the paste code waits this long, then for idle. */
const AFTER_START_MS = 1000;

/** Fetches the paste code a moment after the window has started, when it is next idle, so it never delays a first view. */
export function loadPasteCodeWhenIdle(): void {
  setTimeout(() => {
    if (loaded || loading) return;
    if ('requestIdleCallback' in globalThis) requestIdleCallback(() => void loadPasteCode(), { timeout: 3000 });
    else void loadPasteCode();
  }, AFTER_START_MS);
}
