// Sanitising HTML before anything reads it. Copy from the web, from a
// clipboard or out of a Word file is untrusted: it may carry scripts, event
// handlers, javascript: links, SVG with onload, remote images and style
// url()s that would call home. DOMPurify, run on a jsdom window, keeps only
// the elements that structure text and only the attributes the walk reads
// (class, id and role, to recognise furniture; start, for ordered lists).
// No attribute that can hold a URL or a script survives, so nothing remote
// or executable can reach the article, whatever the walk does later.
import createDOMPurify, { type WindowLike } from 'dompurify';
import { JSDOM } from 'jsdom';

const TEXT_TAGS = [
  'article', 'main', 'section', 'div', 'span', 'p', 'br', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'q', 'cite', 'pre', 'code',
  'b', 'strong', 'i', 'em', 'u', 'small', 'big', 'sub', 'sup', 'mark', 's', 'del', 'ins', 'abbr', 'dfn',
  'time', 'address', 'a', 'font', 'center', 'tt', 'var', 'kbd', 'samp', 'bdi', 'bdo', 'wbr',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'figure', 'figcaption', 'details', 'summary',
];
// Page furniture: kept through sanitising only so that page-furniture.ts can
// remove each one whole and report it, rather than DOMPurify unwrapping them
// and leaving their text behind.
const FURNITURE_TAGS = ['header', 'footer', 'nav', 'aside', 'form', 'button', 'label'];
// Elements removed with everything inside them: their text is never copy.
const DROP_WITH_CONTENTS = [
  'select', 'option', 'optgroup', 'textarea', 'input', 'datalist', 'output', 'meter', 'progress',
  'object', 'embed', 'applet', 'canvas', 'video', 'audio', 'picture', 'map', 'dialog', 'menu',
  'frameset', 'frame', 'iframe', 'noscript', 'template', 'script', 'style', 'svg', 'math',
];

/** The sanitised `<body>` of the HTML, in a fresh jsdom window. */
export function sanitisedBody(html: string): HTMLElement {
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as unknown as WindowLike);
  const body = purify.sanitize(html, {
    ALLOWED_TAGS: [...TEXT_TAGS, ...FURNITURE_TAGS],
    ALLOWED_ATTR: ['class', 'id', 'role', 'start'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ADD_FORBID_CONTENTS: DROP_WITH_CONTENTS,
    RETURN_DOM: true,
  });
  return body as HTMLElement;
}
