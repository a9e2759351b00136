// Checks on markup before a parser builds it. An HTML parser's work grows
// with the square of the nesting (each new element looks down the stack of
// open ones), and a Markdown lexer re-reads each nested quote or list, so a
// file of a few hundred KB nested tens of thousands deep would stall an
// import for minutes. Real copy nests a few levels: anything past the
// limits in import-limits.ts is refused by name before it is parsed.
import { unreadable } from './decode';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './import-limits';

// Elements with no end tag, or whose end tag the parser implies: they never nest by themselves.
const NEVER_NEST = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body',
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(\/?)>/g;

/** Refuses HTML with more elements, or nested deeper, than any copy. `name` is already quoted. */
export function checkMarkup(name: string, html: string): void {
  const text = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  let elements = 0;
  let depth = 0;
  for (const [, closing, rawTag, selfClosing] of text.matchAll(TAG)) {
    const tag = rawTag.toLowerCase();
    if (closing) {
      if (!NEVER_NEST.has(tag)) depth = Math.max(0, depth - 1);
      continue;
    }
    if (++elements > MAX_HTML_ELEMENTS) {
      throw unreadable(name, `holds more than ${MAX_HTML_ELEMENTS.toLocaleString('en-GB')} pieces of markup, far more than any story; Galley cannot read it as copy.`);
    }
    if (selfClosing || NEVER_NEST.has(tag)) continue;
    if (++depth > MAX_HTML_DEPTH) {
      throw unreadable(name, `is nested more than ${MAX_HTML_DEPTH} levels deep, far deeper than any story; Galley cannot read it as copy.`);
    }
  }
}

/** Markdown nests by the markers that open a line (quotes, list bullets, indents): refused past the same depth. */
export function checkMarkdownNesting(name: string, text: string): void {
  // Quote markers, list markers followed by a space, and the whitespace between them.
  const LINE_PREFIX = /^(?:[ \t]|>|(?:[*+-]|\d{1,9}[.)])(?=[ \t]))*/;
  for (const line of text.split('\n')) {
    const prefix = LINE_PREFIX.exec(line)![0];
    const markers = prefix.replace(/[ \t]/g, '').replace(/\d{1,9}[.)]/g, '#').length;
    if (markers > MAX_HTML_DEPTH || prefix.length - markers > MAX_HTML_DEPTH * 4) {
      throw unreadable(name, `is nested more than ${MAX_HTML_DEPTH} levels deep (quotes or lists inside each other), far deeper than any story; Galley cannot read it as copy.`);
    }
  }
}
