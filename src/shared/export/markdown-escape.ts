// Escaping copy so Markdown reads it back as the same words. CommonMark lets
// a backslash escape any ASCII punctuation, so anything that could open
// emphasis, code, a link, raw HTML or (with GitHub's extensions) a table or
// strikethrough is escaped wherever it stands; what only matters at the
// start of a line — a list marker, a quote marker, a setext underline —
// is escaped only there, to keep the file readable.

// Special anywhere in a line.
const INLINE_SPECIAL = /[\\`*_[\]<#|~]/g;
// An ampersand only matters where it would begin a character reference such as &amp; or &#169;.
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_START, '\\&');
}

/**
 * Escapes what would make an already inline-escaped line open a block: a
 * bullet (- +), a quote (>), a setext underline (=), an ordered marker
 * ("1984. " or "3)"), and leading spaces, which Markdown would strip or
 * read as an indented code block; they are kept as character references.
 */
export function escapeLineStart(line: string): string {
  const indent = /^[ \t]+/.exec(line)?.[0] ?? '';
  const rest = line.slice(indent.length);
  const keptIndent = indent.replace(/ /g, '&#32;').replace(/\t/g, '&#9;');
  const escaped = rest.replace(/^[-+>=]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return keptIndent + escaped;
}
