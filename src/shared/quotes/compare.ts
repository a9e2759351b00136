// Does a quote match what the speaker said? Compares a quote with the story's
// source material (interview notes, transcripts, press releases) word by
// word and says 'verbatim', 'differs' (with the closest passage and a word
// diff) or 'not-found'.
//
// Matching folds quotation-mark and dash styles, spacing and case, and
// ignores punctuation: a sub checks words; a comma moved inside the marks is
// house style, not a misquote. Two editorial conventions are honoured and
// still count as verbatim:
//   - "[Joe Biden]": square brackets replace up to six words of the source
//     (a name for a pronoun, a clarification), so they match any short span;
//   - "…" or "...": an ellipsis marks words left out, so it matches a gap of
//     any length (up to a few hundred words) in the same passage.
// The diff still shows what the brackets and ellipses stand for.
import { foldKeepingAccents } from '../article/fold';
import type { QuoteRecord } from '../article/model';
import { diffWords, lcsPairs, type DiffOp } from './diff';

export interface SourceText {
  id: string;
  label: string;
  text: string;
}

export interface Comparison {
  verdict: 'verbatim' | 'differs' | 'not-found';
  sourceId?: string;
  /** The closest passage of the source, as the source writes it. */
  passage?: string;
  diff?: Array<{ op: DiffOp; text: string }>;
}

/**
 * Below this share of the quote's words found in order in one passage, the
 * passage is not the quote's source at all but a chance overlap of common
 * words: 'not-found'. Short quotes must also share at least three words (or
 * all of them, if they have fewer).
 */
export const NOT_FOUND_BELOW = 0.5;
/** Words a pair of square brackets may stand for. */
export const BRACKET_SPAN = 6;
/** Words an ellipsis may leave out. */
export const ELLIPSIS_SPAN = 400;

interface Word {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’‘`][\p{L}\p{N}]+)*/gu;

/** The comparison form of a word: case and apostrophe styles folded, accents kept (they change words). */
const normWord = foldKeepingAccents;

function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({ norm: normWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** A quote as pieces of plain words separated by editorial gaps. */
type Piece = { kind: 'words'; words: Word[] } | { kind: 'bracket'; words: Word[] } | { kind: 'ellipsis' };

function pieces(quote: string): Piece[] {
  const out: Piece[] = [];
  const GAP = /\[[^\]]*\]|…|\.\s?\.\s?\./gu;
  let last = 0;
  for (const m of quote.matchAll(GAP)) {
    const plain = words(quote, last, m.index);
    if (plain.length) out.push({ kind: 'words', words: plain });
    if (m[0].startsWith('[')) out.push({ kind: 'bracket', words: words(quote, m.index + 1, m.index + m[0].length - 1) });
    else out.push({ kind: 'ellipsis' });
    last = m.index + m[0].length;
  }
  const tail = words(quote, last);
  if (tail.length) out.push({ kind: 'words', words: tail });
  return out;
}

/** Does the source hold the pieces, in order, starting at word `at`? Returns the end word index, or -1. */
function matchPieces(source: Word[], ps: Piece[], k: number, at: number): number {
  if (k === ps.length) return at;
  const p = ps[k];
  if (p.kind === 'words') {
    for (let i = 0; i < p.words.length; i++) if (source[at + i]?.norm !== p.words[i].norm) return -1;
    return matchPieces(source, ps, k + 1, at + p.words.length);
  }
  const max = p.kind === 'bracket' ? BRACKET_SPAN : ELLIPSIS_SPAN;
  const min = 0; // "the [Pakistani] government": brackets may insert words as well as replace them
  // A trailing gap ends the quote: nothing more to match.
  if (k === ps.length - 1) return at;
  for (let skip = min; skip <= max && at + skip <= source.length; skip++) {
    const end = matchPieces(source, ps, k + 1, at + skip);
    if (end >= 0) return end;
  }
  return -1;
}

/** Where the source holds the quote exactly, editorial conventions allowed: [first, end) word indexes. */
function verbatimAt(source: Word[], ps: Piece[], text: string): [number, number] | null {
  const anchor = ps.findIndex((p) => p.kind === 'words');
  if (anchor < 0) return null;
  const firstWord = (ps[anchor] as { words: Word[] }).words[0].norm;
  const lead = ps.slice(0, anchor);
  for (let i = 0; i < source.length; i++) {
    if (source[i].norm !== firstWord) continue;
    const end = matchPieces(source, ps, anchor, i);
    if (end < 0) continue;
    // A leading "[Joe Biden]" stands for the words just before ("he"): as
    // many as the brackets hold, but not back over a comma or full stop.
    let start = i;
    for (const p of lead) {
      if (p.kind !== 'bracket') continue;
      const want = Math.max(1, Math.min(BRACKET_SPAN, p.words.length));
      for (let n = 0; n < want && start > 0 && !/[,.;:!?—–()]/u.test(text.slice(source[start - 1].end, source[start].start)); n++) start--;
    }
    return [start, end];
  }
  return null;
}

/** The window of the source sharing most words with the quote: a sliding count, linear in the source. */
function bestWindow(source: Word[], quoteWords: Set<string>, width: number): number {
  let count = 0;
  let best = -1;
  let bestAt = 0;
  for (let i = 0; i < source.length; i++) {
    if (quoteWords.has(source[i].norm)) count++;
    if (i >= width && quoteWords.has(source[i - width].norm)) count--;
    if (count > best) {
      best = count;
      bestAt = Math.max(0, i - width + 1);
    }
  }
  return bestAt;
}

export function compareWithSources(quoteText: string, sources: readonly SourceText[]): Comparison {
  const ps = pieces(quoteText);
  const plain = ps.flatMap((p) => (p.kind === 'words' ? p.words : []));
  if (!plain.length) return { verdict: 'not-found' };
  const quoteWords = new Set(plain.map((w) => w.norm));
  const gaps = ps.some((p) => p.kind !== 'words');

  let best: { score: number; source: SourceText; words: Word[]; from: number; to: number } | null = null;
  for (const source of sources) {
    const sw = words(source.text);
    const exact = verbatimAt(sw, ps, source.text);
    if (exact) {
      const [from, to] = exact;
      return {
        verdict: 'verbatim',
        sourceId: source.id,
        passage: source.text.slice(sw[from].start, sw[to - 1].end),
        diff: diffOf(quoteText, plain, sw.slice(from, to), source.text),
      };
    }
    const width = plain.length + Math.max(5, Math.ceil(plain.length / 2)) + (gaps ? plain.length * 2 : 0);
    const at = bestWindow(sw, quoteWords, width);
    const near = sw.slice(at, at + width);
    const pairs = lcsPairs(
      plain.map((w) => w.norm),
      near.map((w) => w.norm),
      (x, y) => x === y,
    );
    if (!pairs.length) continue;
    const score = pairs.length / plain.length;
    if (!best || score > best.score) best = { score, source, words: sw, from: at + pairs[0][1], to: at + pairs[pairs.length - 1][1] + 1 };
  }
  const shared = best ? Math.round(best.score * plain.length) : 0;
  if (!best || best.score < NOT_FOUND_BELOW || shared < Math.min(3, plain.length)) return { verdict: 'not-found' };
  const passageWords = best.words.slice(best.from, best.to);
  return {
    verdict: 'differs',
    sourceId: best.source.id,
    passage: best.source.text.slice(passageWords[0].start, passageWords[passageWords.length - 1].end),
    diff: diffOf(quoteText, plain, passageWords, best.source.text),
  };
}

function diffOf(quoteText: string, quote: Word[], passage: Word[], sourceText: string): Array<{ op: DiffOp; text: string }> {
  return diffWords(
    quote.map((w) => w.norm),
    passage.map((w) => w.norm),
    (i) => quoteText.slice(quote[i].start, quote[i].end),
    (j) => sourceText.slice(passage[j].start, passage[j].end),
  );
}

export type QuoteStatus = 'unchecked' | 'verified' | 'checked-by-hand' | 'changed-since-check';

/**
 * Where a quote stands with the sub: 'changed-since-check' when the text has
 * been edited since it was verified (any edit, spacing aside, because a quote
 * verified once is only verified as it then read), 'verified' when it still
 * reads as verified, 'checked-by-hand' when a sub vouched for it without a
 * source, 'unchecked' otherwise.
 */
export function quoteStatus(
  record: Pick<QuoteRecord, 'verifiedText' | 'checkedByHand'>,
  currentText: string,
): QuoteStatus {
  const same = (a: string, b: string) => a.replace(/\s+/gu, ' ').trim() === b.replace(/\s+/gu, ' ').trim();
  if (record.verifiedText !== null) return same(record.verifiedText, currentText) ? 'verified' : 'changed-since-check';
  if (record.checkedByHand) return 'checked-by-hand';
  return 'unchecked';
}
