// Pasted HTML passes through DOMPurify before ProseMirror parses it: only
// the elements the body can hold survive, with no attributes but the quote
// mark's own, so no script, handler, style or remote resource gets in.
// Loaded with the rest of the paste code (paste-code.ts), not with the body
// editor: DOMPurify is only needed once something is pasted or dropped.
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'ul', 'ol', 'li', 'blockquote', 'hr', 'span', 'div'];

/** Pasted or dropped HTML with everything the body cannot hold taken out. */
export function purifyPastedHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['data-quote-id', 'data-speaker-id'],
    ALLOW_DATA_ATTR: false,
    // Furniture wrappers can be big: drop their content with them rather than keep script text.
    FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'svg', 'math', 'iframe', 'object'],
  });
}
