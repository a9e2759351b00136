// Where the direct quotations are: pairs of quotation marks, read the way a
// sub reads them. Copy mixes curly and straight marks, nests single marks
// inside double ones, uses the same characters as apostrophes (it’s, US’s,
// don't), and lets a quotation run on over a paragraph break by opening the
// next paragraph with a mark and not closing the first. This module finds the
// spans and nothing else: who said them is attribute.ts's business.

import { ParagraphMemo } from './memo';

export interface Segment {
  paragraph: number;
  /** UTF-16 index of the quote's first character: just inside the opening mark, past any space typed after it. */
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

/** The words a reporter puts a comma after before the rest of a quote: "he said," "she added,". */
const CUE_BEFORE_COMMA = /(?:^|[^\p{L}])(?:said|says|added|adds|continued|continues|went on|explained|insisted|warned|told (?:\p{L}+ ){0,3}\p{L}+)$/u;

function afterCueVerb(text: string, comma: number): boolean {
  return CUE_BEFORE_COMMA.test(text.slice(Math.max(0, comma - 40), comma));
}

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
  // `he said," and we know it."`: after a cue verb and its comma, a mark with a space after it opens a quote (a space typed after the opening mark), when a mark to close it follows.
  if (!inside && (prev === ',' || prev === ':') && isSpace(next) && next !== undefined && (c === '"' || c === '”' || c === '＂') && afterCueVerb(text, i - 1) && /["”＂]/u.test(text.slice(i + 1))) return 'open';
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
  /** The family of the last segment's marks. */
  family: Family | null;
  /** The family of the first segment, for matching a run-on continuation. */
  firstFamily: Family | null;
}

const trimEnd = (text: string, from: number, to: number): number => {
  let end = to;
  while (end > from && /\s/u.test(text[end - 1])) end--;
  return end;
};

/** A segment's text starts at its first character: a space typed after the opening mark (“ I nearly…”) is not part of the quote. */
function makeSegment(paragraph: number, text: string, openMark: number, closeMark: number, end: number): Segment {
  let start = openMark + 1;
  while (start < end && /\s/u.test(text[start])) start++;
  return { paragraph, start, end, text: text.slice(start, end), openMark, closeMark };
}

/**
 * A closing single mark after an "s" with the sentence going on in lower case
 * ("the neighbours' gardens") is a plural possessive when the quote has
 * another closing mark later to end on.
 */
function pluralPossessive(text: string, i: number): boolean {
  if (!/s/u.test(text[i - 1] ?? '') || !/^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4))) return false;
  for (let k = i + 1; k < text.length; k++) if (isSingleMark(text[k]) && singleRole(text, k) === 'close') return true;
  return false;
}

/**
 * Pair the marks of one paragraph. Outside a quotation either family may
 * open one (double marks in most news copy, single marks in British tabloid
 * and book style); inside, only its own family closes it and the other family
 * is a nested quote, part of the outer one. A second opening mark of the same
 * family while a quote is open means the first was never closed (the commoner
 * slip in copy than doubly nested marks): the first ends before it, unclosed.
 * `ignored` holds single marks already judged to be apostrophes.
 */
function scan(paragraph: number, text: string, ignored: ReadonlySet<number>): ParagraphScan & { lostSingle: number } {
  const segments: Segment[] = [];
  const problems: MarkProblem[] = [];
  let open = -1;
  let family: Family | null = null;
  let lastFamily: Family | null = null;
  let firstFamily: Family | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Every quotation mark is ", ' or above U+00AA: letters, digits and spaces go by at once.
    if (code < 0xab && code !== 34 && code !== 39) continue;
    const c = text[i];
    const markFamily: Family | null = isDoubleMark(c) ? 'double' : isSingleMark(c) && !ignored.has(i) ? 'single' : null;
    if (!markFamily) continue;
    if (open >= 0 && markFamily !== family) continue; // nested: part of the outer quotation
    const role = markFamily === 'double' ? doubleRole(text, i, open >= 0) : singleRole(text, i);
    if (role === 'none') continue;
    if (open < 0) {
      if (role === 'open' || role === 'either') {
        open = i;
        family = markFamily;
      } else if (markFamily === 'double') problems.push({ kind: 'stray-close', paragraph, index: i });
      // A lone closing single mark outside a quote is a plural possessive (the Smiths’ house).
      continue;
    }
    if (role === 'close' || role === 'either') {
      if (family === 'single' && pluralPossessive(text, i)) continue;
      segments.push(makeSegment(paragraph, text, open, i, i));
      firstFamily ??= family;
      lastFamily = family;
      open = -1;
    } else if (family === 'double') {
      segments.push(makeSegment(paragraph, text, open, -1, trimEnd(text, open + 1, i)));
      firstFamily ??= family;
      lastFamily = family;
      problems.push({ kind: 'unclosed', paragraph, index: open });
      open = i;
    }
    // A second single opener inside a single quote is an elision ('em, 'n'); the quote stays open.
  }
  let openAtEnd = false;
  let lostSingle = -1;
  if (open >= 0) {
    const end = trimEnd(text, open + 1, text.length);
    segments.push(makeSegment(paragraph, text, open, -1, end));
    firstFamily ??= family;
    lastFamily = family;
    openAtEnd = true;
    if (family === 'single') lostSingle = open;
  }
  return { segments, problems, openAtEnd, family: lastFamily, firstFamily, lostSingle };
}

/**
 * One paragraph's spans. An opening single mark that never closes is far
 * more often an elision or a possessive than a quotation: unless `runOn`
 * says the next paragraph continues it, it is set aside as an apostrophe and
 * the paragraph read again, so the double marks after it are still found.
 */
export function paragraphSpans(paragraph: number, text: string, runOn: (family: Family) => boolean = () => false): ParagraphScan {
  // Only whether a single-quoted run-on may continue changes the pairing, so that and the text are the key.
  const singleRunsOn = runOn('single');
  const kept = scans.get(`${singleRunsOn ? '1' : '0'}${text}`, () => pairMarks(text, singleRunsOn));
  // Copies: callers keep segments in their quotations, and a kept pairing must not change under them.
  return {
    ...kept,
    segments: kept.segments.map((s) => ({ ...s, paragraph })),
    problems: kept.problems.map((x) => ({ ...x, paragraph })),
  };
}

/** Pairings by text (memo.ts): a rerun pairs again only the paragraphs the sub changed. Kept with paragraph 0, handed out as copies. */
const scans = new ParagraphMemo<ParagraphScan>();

function pairMarks(text: string, singleRunsOn: boolean): ParagraphScan {
  const ignored = new Set<number>();
  for (;;) {
    const result = scan(0, text, ignored);
    if (result.lostSingle < 0 || singleRunsOn) return result;
    ignored.add(result.lostSingle);
  }
}

/** Forget every pairing kept so far (the bench's cold runs). */
export const forgetPairings = (): void => scans.clear();

/** Whether a paragraph begins (after spaces) with an opening mark of `family`. */
function startsWithOpening(text: string, family: Family): boolean {
  const i = text.search(/\S/u);
  if (i < 0) return false;
  const c = text[i];
  if (family === 'double') return isDoubleMark(c) && doubleRole(text, i, false) !== 'close' && doubleRole(text, i, false) !== 'none';
  return isSingleMark(c) && singleRole(text, i) === 'open';
}

function opensWithMark(text: string, first: Segment | undefined): boolean {
  if (!first) return false;
  for (let i = 0; i < first.openMark; i++) if (!/\s/u.test(text[i])) return false;
  return true;
}

/**
 * Every quotation in the story, in reading order. A paragraph whose last
 * quote is open at its end continues into the next paragraph when that
 * paragraph begins with an opening mark: one quotation, one segment each.
 */
export function findSpans(paragraphs: readonly string[]): { quotations: Quotation[]; problems: MarkProblem[] } {
  const quotations: Quotation[] = [];
  const problems: MarkProblem[] = [];
  let carry: Quotation | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const next = paragraphs[p + 1];
    const scan = paragraphSpans(p, paragraphs[p], (family) => next !== undefined && startsWithOpening(next, family));
    problems.push(...scan.problems);
    const segments = scan.segments;
    let k = 0;
    if (carry) {
      if (segments.length && opensWithMark(paragraphs[p], segments[0])) {
        carry.segments.push(segments[0]);
        k = 1;
        if (segments.length === 1 && scan.openAtEnd) continue; // runs on again
      } else {
        closeUnclosed(carry, problems);
      }
      carry = null;
    }
    for (; k < segments.length; k++) {
      const atEnd = k === segments.length - 1 && scan.openAtEnd;
      // A segment cut short by a new opening mark never closed: flagged now, not run on.
      const q: Quotation = { segments: [segments[k]], unclosed: !atEnd && segments[k].closeMark < 0 };
      if (atEnd) carry = q;
      quotations.push(q);
    }
  }
  if (carry) closeUnclosed(carry, problems);
  return { quotations, problems };
}

function closeUnclosed(q: Quotation, problems: MarkProblem[]): void {
  q.unclosed = true;
  const last = q.segments[q.segments.length - 1];
  problems.push({ kind: 'unclosed', paragraph: last.paragraph, index: last.openMark });
}
