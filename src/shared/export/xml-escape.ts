// Escaping for XML and HTML output. Body text is not screened for control
// characters by the model (only the one-line fields are), and XML 1.0 forbids
// most of them outright: one stray U+0001 pasted from a PDF would make a wire
// file that no receiver can parse. They carry no meaning in copy, so they go.

// Everything outside the XML 1.0 Char production, lone surrogates included.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '');
}

/** Text content: & < > escaped, and a carriage return kept as a reference so parsers do not fold it. */
export function escapeText(text: string): string {
  return stripInvalidXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** A double-quoted attribute value: also escapes the quote and the whitespace that attribute normalisation would flatten. */
export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Renders ` name="value"` pairs, skipping absent ones, so optional attributes need no branching at the call site. */
export function attrs(pairs: Record<string, string | number | null | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(pairs)) {
    if (value === null || value === undefined) continue;
    out += ` ${name}="${escapeAttr(String(value))}"`;
  }
  return out;
}
