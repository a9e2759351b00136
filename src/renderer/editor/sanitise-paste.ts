// Pasted and dropped HTML, made safe before ProseMirror parses it. DOMPurify
// (purify-pasted.ts) arrives with the paste code after the first view, and
// the body's paste repair (extensions/repair-pasted.ts) holds any paste or
// drop that comes before it; so the text-only reading below is for a paste
// whose code could not be fetched at all: every word kept, as plain
// paragraphs, nothing else let in.
import { loadedPasteCode } from './paste-code-loading';

/** Block elements whose text starts a paragraph of its own in the text-only reading. */
const BLOCKS = 'p, div, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, section, article, header, footer, hr';

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The pasted HTML's words as escaped paragraphs. Parsed into an inert document (DOMParser's: no
 * script runs and nothing is fetched), and only text is read back out of it.
 */
export function textOnlyHtml(html: string): string {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  for (const dropped of body.querySelectorAll('script, style, template, noscript')) dropped.remove();
  for (const br of body.querySelectorAll('br')) br.replaceWith('\n');
  for (const block of body.querySelectorAll(BLOCKS)) {
    block.before('\n');
    block.after('\n');
  }
  return (body.textContent ?? '')
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeText(line)}</p>`)
    .join('');
}

/** ProseMirror's transformPastedHTML for the body: DOMPurify's reading once loaded, else the text-only one. */
export function sanitisePastedHtml(html: string): string {
  const code = loadedPasteCode();
  return code ? code.purifyPastedHtml(html) : textOnlyHtml(html);
}
