// Where the direct quotations are: pairs of quotation marks, read the way a
// sub reads them. Copy mixes curly and straight marks, nests single marks
// inside double ones, uses the same characters as apostrophes (it’s, US’s,
// don't), and lets a quotation run on over a paragraph break by opening the
// next paragraph with a mark and not closing the first. This module finds the
// spans and nothing else: who said them is attribute.ts's business.

export interface Segment {
  paragraph: number;
  /** UTF-16 index just inside the opening mark. */
  start: number;
  /** UTF-16 index of the closing mark (exclusive end of the text); for an unclosed segment, the end of its text. */
  end: number;
  text: string;
  /** Index of the opening mark itself. */
  openMark: number;
  /** Index of the closing mark, or -1 when the segment never closes in its paragraph. */
  closeMark: number;
}

/** One quotation: one segment, or one per paragraph when it runs on. */
export interface Quotation {
  segments: Segment[];
  /** The last segment opens and never closes, and no paragraph continues it. */
  unclosed: boolean;
}

/** A mark a sub should look at: a quote opened and never closed, or a closing mark with nothing open. */
export interface MarkProblem {
  kind: 'unclosed' | 'stray-close';
  paragraph: number;
  /** Index of the offending mark. */
  index: number;
}

type Family = 'double' | 'single';
type Role = 'open' | 'close' | 'either' | 'none';

const DOUBLE_OPENERS = new Set(['“', '„', '«', '‟', '〝']);
const DOUBLE_CLOSERS = new Set(['”', '»', '〞']);
const DOUBLE_STRAIGHT = new Set(['"', '＂']);
const SINGLE_OPENERS = new Set(['‘', '‚', '‛', '‹']);
const SINGLE_CLOSERS = new Set(['’', '›']);

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{M}]/u.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && /\p{N}/u.test(c);
/** Characters that may stand before an opening mark: a space, a bracket, a dash, a slash. */
const OPEN_BEFORE = /[\s([{\[—–\-/]/u;
/** Characters that may stand after a closing mark: a space or punctuation. */
const CLOSE_AFTER = /[\s.,;:!?)\]}—–\-…/]/u;

const openingContext = (prev: string | undefined, next: string | undefined): boolean =>
  (prev === undefined || OPEN_BEFORE.test(prev)) && !isSpace(next);
const closingContext = (prev: string | undefined, next: string | undefined): boolean =>
  !isSpace(prev) && (next === undefined || CLOSE_AFTER.test(next));

/** How a double mark at `i` reads here. Curly marks keep their shape unless the context flatly contradicts it (bad smart-quote conversion). */
function doubleRole(text: string, i: number, inside: boolean): Role {
  const c = text[i];
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = i + 1 < text.length ? text[i + 1] : undefined;
  const opening = openingContext(prev, next);
  const closing = closingContext(prev, next);
  if (c === '„' || c === '‟' || c === '〝') return 'open';
  if (c === '«') return 'open';
  if (c === '»' || c === '〞') return 'close';
  if (c === '“') {
    // German-style „…“ closes with “; so does a stray “ written after the words.
    if (inside && closing && !opening) return 'close';
    return 'open';
  }
  if (c === '”') {
    if (!inside && opening && !closing) return 'open';
    return 'close';
  }
  // Straight mark: after a digit, outside a quote, it is inches (a 12" screen).
  if (!inside && isDigit(prev) && (next === undefined || !isLetter(next))) return 'none';
  if (opening && !closing) return 'open';
  if (closing && !opening) return 'close';
  return 'either';
}

const ELISIONS = /^(?:em|n|tis|twas|til|cause|bout|round|kay|ello)\b/iu;

/**
 * How a single mark reads outside any double quotation. Between letters it is
 * an apostrophe (it’s, don't); after a word and before a space it may close
 * a single-quoted span (or be a plural possessive, which only the pairing decides).
 */
function singleRole(text: string, i: number): Role {
  const c = text[i];
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = i + 1 < text.length ? text[i + 1] : undefined;
  if (isLetter(prev) && isLetter(next)) return 'none';
  const opening = (prev === undefined || OPEN_BEFORE.test(prev)) && isLetter(next) && !ELISIONS.test(text.slice(i + 1, i + 6));
  const closing = !isSpace(prev) && (next === undefined || CLOSE_AFTER.test(next));
  if (SINGLE_OPENERS.has(c) || c === "'") {
    if (opening) return 'open';
    if (c === "'" && closing) return 'close';
    return 'none';
  }
  if (SINGLE_CLOSERS.has(c)) return closing ? 'close' : 'none';
  return 'none';
}

function isDoubleMark(c: string): boolean {
  return DOUBLE_OPENERS.has(c) || DOUBLE_CLOSERS.has(c) || DOUBLE_STRAIGHT.has(c);
}
function isSingleMark(c: string): boolean {
  return SINGLE_OPENERS.has(c) || SINGLE_CLOSERS.has(c) || c === "'";
}

interface ParagraphScan {
  segments: Segment[];
  problems: MarkProblem[];
  /** The last segment is open at the paragraph's end: a run-on, if the next paragraph opens again. */
  openAtEnd: boolean;
  family: Family | null;
}

const trimEnd = (text: string, from: number, to: number): number => {
  let end = to;
  while (end > from && /\s/u.test(text[end - 1])) end--;
  return end;
};

function makeSegment(paragraph: number, text: string, openMark: number, closeMark: number, end: number): Segment {
  return { paragraph, start: openMark + 1, end, text: text.slice(openMark + 1, end), openMark, closeMark };
}

/**
 * Pair the marks of one family in one paragraph. A second opening mark while
 * a quote is open means the first was never closed (the commoner slip in
 * copy than doubly nested double marks): the first ends before it, unclosed.
 */
function scanFamily(paragraph: number, text: string, family: Family): ParagraphScan {
  const segments: Segment[] = [];
  const problems: MarkProblem[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (family === 'double' ? !isDoubleMark(c) : !isSingleMark(c)) continue;
    const role = family === 'double' ? doubleRole(text, i, open >= 0) : singleRole(text, i);
    if (role === 'none') continue;
    if (open < 0) {
      if (role === 'open' || role === 'either') open = i;
      else if (family === 'double') problems.push({ kind: 'stray-close', paragraph, index: i });
      // A lone closing single mark outside a quote is a plural possessive (the Smiths’ house).
      continue;
    }
    if (role === 'close' || role === 'either') {
      segments.push(makeSegment(paragraph, text, open, i, i));
      open = -1;
    } else {
      if (family === 'double') {
        segments.push(makeSegment(paragraph, text, open, -1, trimEnd(text, open + 1, i)));
        problems.push({ kind: 'unclosed', paragraph, index: open });
      }
      open = i;
    }
  }
  let openAtEnd = false;
  if (open >= 0) {
    const end = trimEnd(text, open + 1, text.length);
    if (family === 'double' || end > open + 1) {
      segments.push(makeSegment(paragraph, text, open, -1, end));
      openAtEnd = true;
    }
  }
  return { segments, problems, openAtEnd, family: segments.length ? family : null };
}

/**
 * One paragraph's spans. Double marks are the quotation marks of news copy;
 * single marks inside them are nested quotes and belong to the outer
 * quotation. Only a paragraph with no double marks at all is read for
 * single-mark quotations (British book style), because there an apostrophe
 * cannot be mistaken for the nested quote of a double-marked one.
 */
export function paragraphSpans(paragraph: number, text: string): ParagraphScan {
  let hasDouble = false;
  for (let i = 0; i < text.length; i++) if (isDoubleMark(text[i])) { hasDouble = true; break; }
  if (hasDouble) return scanFamily(paragraph, text, 'double');
  const single = scanFamily(paragraph, text, 'single');
  // An unclosed single mark is far more often an elision or possessive than a
  // quotation; it stands only if it is a run-on (decided by findSpans).
  return single;
}

function opensWithMark(text: string, family: Family | null, first: Segment | undefined): boolean {
  if (!first) return false;
  for (let i = 0; i < first.openMark; i++) if (!/\s/u.test(text[i])) return false;
  return family !== null;
}

/**
 * Every quotation in the story, in reading order. A paragraph whose last
 * quote is open at its end continues into the next paragraph when that
 * paragraph begins with an opening mark: one quotation, one segment each.
 */
export function findSpans(paragraphs: readonly string[]): { quotations: Quotation[]; problems: MarkProblem[] } {
  const quotations: Quotation[] = [];
  const problems: MarkProblem[] = [];
  const scans = paragraphs.map((text, p) => paragraphSpans(p, text));
  let carry: Quotation | null = null;
  for (let p = 0; p < scans.length; p++) {
    const scan = scans[p];
    problems.push(...scan.problems);
    const segments = scan.segments;
    let k = 0;
    if (carry) {
      if (segments.length && opensWithMark(paragraphs[p], scan.family, segments[0])) {
        carry.segments.push(segments[0]);
        k = 1;
        if (segments.length === 1 && scan.openAtEnd) continue; // runs on again
      } else {
        closeUnclosed(carry, paragraphs, problems);
      }
      carry = null;
    }
    for (; k < segments.length; k++) {
      const atEnd = k === segments.length - 1 && scan.openAtEnd;
      // A segment cut short by a new opening mark never closed: flagged now, not run on.
      const q: Quotation = { segments: [segments[k]], unclosed: !atEnd && segments[k].closeMark < 0 };
      if (atEnd) {
        if (scan.family === 'single' && !opensNext(scans, p)) continue; // an elision, not a quote
        carry = q;
      }
      quotations.push(q);
    }
  }
  if (carry) closeUnclosed(carry, paragraphs, problems);
  quotations.sort((a, b) => a.segments[0].paragraph - b.segments[0].paragraph || a.segments[0].start - b.segments[0].start);
  return { quotations, problems };
}

function opensNext(scans: ParagraphScan[], p: number): boolean {
  const next = scans[p + 1];
  return !!next && next.family === 'single' && next.segments.length > 0;
}

function closeUnclosed(q: Quotation, paragraphs: readonly string[], problems: MarkProblem[]): void {
  q.unclosed = true;
  const last = q.segments[q.segments.length - 1];
  problems.push({ kind: 'unclosed', paragraph: last.paragraph, index: last.openMark });
  void paragraphs;
}
