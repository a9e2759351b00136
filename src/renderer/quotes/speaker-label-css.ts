// Who said each tagged quote, to screen readers (after each segment) and on
// hover (a label above it), written as one stylesheet from the speaker
// directory. The quote mark already carries the speaker's id, so the names
// need nothing from the editor: no decorations to map on every keystroke and
// no pass over the story when it opens or after each pause in typing. A
// rename rewrites the sheet, and every quote reads the new name at once.
import type { Speaker } from '../../shared/speakers/model';

/** Letters, digits, spaces and the punctuation of names go in as they are. */
const SAFE = /^[\p{L}\p{M}\p{N} .,'’‘“”()&-]$/u;

/** `text` as a CSS string literal: every character that could end or bend it is escaped by code point. */
export function cssString(text: string): string {
  return `"${[...text].map((ch) => (SAFE.test(ch) ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('')}"`;
}

/** The rules naming each speaker's quotes in the body copy (app.css holds the rest: placement and the fallbacks). */
export function speakerLabelCss(speakers: ReadonlyArray<Pick<Speaker, 'id' | 'name'>>): string {
  return speakers
    .map(({ id, name }) => {
      const quote = `.body-copy .quote-mark[data-speaker-id=${cssString(id)}]`;
      return `${quote}::after { content: ${cssString(` (quote, ${name})`)}; }\n${quote}:hover::before { content: ${cssString(name)} / ""; }`;
    })
    .join('\n');
}
