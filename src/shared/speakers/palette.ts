// Speaker colours for one story: each speaker the story quotes takes the next
// entry of a twelve-entry palette in order of first appearance, so no two
// speakers in a story share a colour (past twelve, the colours come round
// again with a line style not yet used beside them). Two palettes, one for
// each theme, chosen by measurement (test/quotes/speaker-colours.test.ts):
// every pair plainly different in normal vision; clear of the error red; at
// least 3.5:1 against the page; and because twelve colours cannot all stay
// apart for someone with protanopia, deuteranopia or tritanopia, each entry
// also has an underline style, and entries sharing a style stay apart in all
// three simulations. Colour is never the only thing that tells speakers apart.

export type SpeakerLine = 'solid' | 'dashed' | 'dotted' | 'double';

export interface SpeakerLook {
  /** The underline and swatch colour on the light theme's page. */
  light: string;
  /** The same on the dark theme's page. */
  dark: string;
  line: SpeakerLine;
}

/** The underline styles, one for each group of three entries. */
export const SPEAKER_LINES: readonly SpeakerLine[] = ['solid', 'dashed', 'dotted', 'double'];

/** Light theme, in groups of three that share a line style. */
const LIGHT = ['#007A5E', '#9932CC', '#5B4B8A', '#B35900', '#2B6CB0', '#4B0082', '#C0007A', '#3F3FA8', '#9E7C00', '#5C5C5C', '#0097A7', '#8E44AD'];
/** Dark theme, in the same groups. */
const DARK = ['#A5D6A7', '#CC79A7', '#EEDD88', '#BA68C8', '#D4E157', '#80DEEA', '#E69F00', '#26A69A', '#B39DDB', '#56B4E9', '#A1887F', '#E0E0E0'];

/** The twelve looks, in the order speakers take them. */
export const SPEAKER_PALETTE: readonly SpeakerLook[] = LIGHT.map((light, i) => ({ light, dark: DARK[i], line: SPEAKER_LINES[Math.floor(i / 3)] }));

/** The error red of each theme (app.css --danger), which no speaker may be taken for. */
export const ERROR_RED = { light: '#b3261e', dark: '#f2786d' } as const;

/** The look of the n-th speaker of a story (0-based): the palette, then round again with the line styles turned on by one. */
export function speakerLook(n: number): SpeakerLook {
  const size = SPEAKER_PALETTE.length;
  const base = SPEAKER_PALETTE[n % size];
  const round = Math.floor(n / size);
  if (round === 0) return base;
  const line = SPEAKER_LINES[(SPEAKER_LINES.indexOf(base.line) + round) % SPEAKER_LINES.length];
  return { ...base, line };
}

/**
 * Each speaker of a story and the index of its look, in order of first
 * appearance: `speakerIds` are the tagged quotes' speakers in reading order
 * (null for a quote with no speaker yet, which takes no colour).
 */
export function storySpeakerOrder(speakerIds: Iterable<string | null>): Map<string, number> {
  const order = new Map<string, number>();
  for (const id of speakerIds) if (id && !order.has(id)) order.set(id, order.size);
  return order;
}
