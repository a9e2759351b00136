// The story's speaker colours as one stylesheet: a rule per speaker, keyed by
// the id the quote mark and the panels' swatches already carry, so colouring
// needs no decorations and nothing on the typing path; the sheet is rewritten
// only when the story's speakers, or their order, change.
import { speakerLook, type SpeakerLook } from '../../shared/speakers/palette';
import { cssString } from './speaker-label-css';

/** The tint behind a quote's words: the speaker's colour, faint enough to read black (or white) text on. */
const TINT = { light: '1f', dark: '38' } as const;

function rules(id: string, look: SpeakerLook, theme: 'light' | 'dark'): string {
  const colour = look[theme];
  const key = cssString(id);
  const width = look.line === 'double' ? '3px' : '2px';
  return [
    `.body-copy .quote-mark[data-speaker-id=${key}] { background: ${colour}${TINT[theme]}; border-bottom: ${width} ${look.line} ${colour}; }`,
    `.speaker-swatch[data-speaker-id=${key}] { background: ${colour}; outline: 1px ${look.line} ${colour}; outline-offset: 1px; }`,
  ].join('\n');
}

/** The stylesheet for a story whose speakers, in order of first appearance, are `order`. */
export function speakerColourCss(order: ReadonlyMap<string, number>): string {
  const light: string[] = [];
  const dark: string[] = [];
  for (const [id, n] of order) {
    const look = speakerLook(n);
    light.push(rules(id, look, 'light'));
    dark.push(rules(id, look, 'dark'));
  }
  if (!light.length) return '';
  return `${light.join('\n')}\n@media (prefers-color-scheme: dark) {\n${dark.join('\n')}\n}`;
}
