// What copyfit tells a sub, given what the browser measured: the slot holds
// so many lines, the copy takes so many, the overmatter has so many words.
// Only arithmetic on measurements lives here; the measuring is in the
// renderer (src/renderer/preview/copyfit.ts), against the rendered columns.

export type CopyfitState = 'fits' | 'over' | 'short';

export interface CopyfitResult {
  state: CopyfitState;
  /** Lines over or short; 0 when it fits. */
  lines: number;
  /** Words of overmatter when over; 0 otherwise. */
  words: number;
  /** "over by 6 lines (58 words)", "short by 3 lines" or "fits". */
  message: string;
  /** The ProseMirror position where the overmatter starts, or null when nothing falls outside the slot. */
  overmatterFrom: number | null;
}

export interface CopyfitMeasure {
  /** Lines the slot's body holds: columns × lines per column. */
  capacity: number;
  /** Lines the copy takes, counting each full column before the last as full. */
  used: number;
  overWords: number;
  overmatterFrom: number | null;
  /**
   * Lines of body leading by which the headline, standfirst and byline alone
   * run past the slot's foot: then no copy fits, and cutting copy cannot help.
   */
  headOverrunLines?: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function copyfitResult(m: CopyfitMeasure): CopyfitResult {
  const headOver = m.headOverrunLines ?? 0;
  if (headOver > 0) {
    // What the slot lacks: the head's overrun and every line of copy. Said as a headline problem, which it is.
    return {
      state: 'over',
      lines: headOver + m.used,
      words: m.overWords,
      message: `the headline alone runs ${plural(headOver, 'line', 'lines')} past the slot (${plural(m.overWords, 'word', 'words')} over)`,
      overmatterFrom: m.overmatterFrom,
    };
  }
  const diff = m.used - m.capacity;
  if (diff > 0 || m.overmatterFrom !== null) {
    const lines = Math.max(1, diff);
    return {
      state: 'over',
      lines,
      words: m.overWords,
      message: `over by ${plural(lines, 'line', 'lines')} (${plural(m.overWords, 'word', 'words')})`,
      overmatterFrom: m.overmatterFrom,
    };
  }
  if (diff < 0) return { state: 'short', lines: -diff, words: 0, message: `short by ${plural(-diff, 'line', 'lines')}`, overmatterFrom: null };
  return { state: 'fits', lines: 0, words: 0, message: 'fits', overmatterFrom: null };
}

/**
 * Whole lines a column of this height holds. A hair of tolerance: the
 * browser's heights come back as fractions of a device pixel.
 */
export function linesPerColumn(columnHeightPx: number, leadingPx: number): number {
  if (leadingPx <= 0) return 0;
  return Math.max(0, Math.floor(columnHeightPx / leadingPx + 0.01));
}

/**
 * Which column (0-based) an x offset from the body's left edge falls in.
 * Overflow columns, which the browser sets to the right of the slot, count on
 * from the slot's last one.
 */
export function columnAt(offsetX: number, columnWidthPx: number, gapPx: number): number {
  return Math.max(0, Math.floor((offsetX + gapPx / 2) / (columnWidthPx + gapPx)));
}

/** Which line (1-based) of a column a glyph box centred at this y offset sits on. */
export function lineAt(centreY: number, leadingPx: number): number {
  return Math.max(1, Math.floor(centreY / leadingPx) + 1);
}

/** Lines taken by copy whose last line is `line` of column `column`, every column before it counted full. */
export function linesUsed(column: number, line: number, perColumn: number): number {
  return column * perColumn + line;
}
