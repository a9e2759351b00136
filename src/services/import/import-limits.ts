// How much an import may cost the machine. A reporter's Word file is a few
// MB; a saved web page a few MB of markup. These limits sit far above any real
// copy and far below what would exhaust memory, so a damaged or hostile file
// is refused with a sentence instead of taking the app down.

/**
 * A Word file unpacks to its XML parts: a 100-page report's document.xml is
 * under 5 MB. 32 MB for one part, 64 MB for the whole, leaves room for a long
 * document with its styles, numbering and notes, and refuses a zip bomb (a few
 * hundred KB that inflate to gigabytes) before any of it is held in memory.
 */
export const MAX_DOCX_ENTRY_BYTES = 32 * 1024 * 1024;
export const MAX_DOCX_TOTAL_BYTES = 64 * 1024 * 1024;
/** A Word file of more parts than this is no reporter's document (a long one with images has a few dozen). */
export const MAX_DOCX_ENTRIES = 5_000;

/**
 * Elements in HTML (a pasted page, a Markdown file once rendered, a Word
 * file's text): a long story with its page around it is a few thousand, a
 * heavy news page under 20,000. Each costs a DOM node in memory, so the
 * count is refused before the page is built.
 */
export const MAX_HTML_ELEMENTS = 200_000;
/** Nesting deeper than this is no document's structure (the article itself nests at most 24 blocks). */
export const MAX_HTML_DEPTH = 500;
/** The HTML a Markdown file renders to: far more than any 20 MB file of copy renders to, unless it is built to expand. */
export const MAX_RENDERED_HTML_CHARS = 64 * 1024 * 1024;

/** The import worker's heap: generous for any real file, and it dies alone if a parse runs away. */
export const IMPORT_HEAP_MB = 1024;
/** An import that has not finished in this long never will: the worker is stopped. */
export const IMPORT_TIMEOUT_MS = 60_000;

export const megabytes = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
