// The words of a paragraph as the attribution rules read them: quoted words
// are folded into one opaque token each, so nothing inside a quotation is
// ever taken for a cue, a speaker or a sentence break ("[Joe Biden] says"
// inside a quote is the quote's business, not a cue).
import type { Segment } from './spans';

export interface Token {
  kind: 'word' | 'punct' | 'quote';
  /** For a quote token, the quoted text; otherwise the characters as written. */
  text: string;
  /** UTF-16 offsets in the paragraph; a quote token covers its marks. */
  start: number;
  end: number;
  /** For a quote token: its segment. */
  segment?: Segment;
  /** Index of the sentence this token belongs to, counted within the paragraph. */
  sentence: number;
  /** Index of the first token of that sentence: the rules ask for it on nearly every token. */
  sentenceFrom: number;
  /** The text in lower case, worked out once (the rules compare words in lower case everywhere); '' for a quote. */
  lower: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'\-‐&][\p{L}\p{M}\p{N}]+)*/uy;

/** White space without a regular expression per character: ASCII spaces, no-break and the Unicode spaces copy carries. */
function isSpaceChar(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr st sen rep gov gen col lt sgt capt prof rev jr sr inc ltd co corp no vs etc jan feb mar apr aug sep sept oct nov dec det insp supt mt ft cllr pc dc u.s u.k e.g i.e a.m p.m approx dept est fig`.split(' '),
);

/** Tokenize a paragraph. Every token has every field, segment included (undefined but for quotes), so all share one shape. */
export function tokenize(text: string, segments: readonly Segment[]): Token[] {
  const tokens: Token[] = [];
  const ordered = [...segments].sort((a, b) => a.openMark - b.openMark);
  let s = 0;
  let i = 0;
  while (i < text.length) {
    const seg = ordered[s];
    if (seg && i === seg.openMark) {
      const end = seg.closeMark >= 0 ? seg.closeMark + 1 : seg.end;
      tokens.push({ kind: 'quote', text: seg.text, start: seg.openMark, end, segment: seg, sentence: 0, sentenceFrom: 0, lower: '' });
      i = Math.max(end, i + 1);
      s++;
      continue;
    }
    const c = text[i];
    if (isSpaceChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    const limit = seg ? seg.openMark : text.length;
    if (m && m.index === i) {
      let end = Math.min(i + m[0].length, limit);
      // "the TaxPayers' Alliance", "the neighbours’ gardens": a plural possessive keeps its apostrophe.
      if (end < limit && /s$/u.test(m[0]) && (text[end] === "'" || text[end] === '’') && (end + 1 >= text.length || isSpaceChar(text.charCodeAt(end + 1)))) end++;
      const word = text.slice(i, end);
      tokens.push({ kind: 'word', text: word, start: i, end, segment: undefined, sentence: 0, sentenceFrom: 0, lower: word.toLowerCase() });
      i = end;
    } else {
      tokens.push({ kind: 'punct', text: c, start: i, end: i + 1, segment: undefined, sentence: 0, sentenceFrom: 0, lower: c });
      i++;
    }
  }
  markSentences(tokens);
  return tokens;
}

const startsSentence = (t: Token | undefined): boolean =>
  !!t && (t.kind === 'quote' || /^[\p{Lu}\p{N}]/u.test(t.text) || t.text === '(' || t.text === '—');

/**
 * Sentence breaks: a full stop, question or exclamation mark (or a quotation
 * ending in one) followed by a capital, a figure or a new quotation; not the
 * full stop of "Mr." or an initial ("J. Robert Oppenheimer").
 */
function markSentences(tokens: Token[]): void {
  let sentence = 0;
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    t.sentence = sentence;
    t.sentenceFrom = from;
    let ends = false;
    if (t.kind === 'punct' && /[.?!…]/u.test(t.text)) {
      const prev = tokens[i - 1];
      const abbreviation =
        t.text === '.' && prev && prev.kind === 'word' && (ABBREVIATIONS.has(prev.text.toLowerCase()) || /^\p{Lu}$/u.test(prev.text));
      ends = !abbreviation;
    } else if (t.kind === 'quote') {
      ends = /[.?!…]\s*$/u.test(t.text);
    }
    if (ends) {
      // Closing brackets and stray marks belong to the sentence they close.
      while (i + 1 < tokens.length && tokens[i + 1].kind === 'punct' && /[)\]”’"']/u.test(tokens[i + 1].text)) {
        i++;
        tokens[i].sentence = sentence;
        tokens[i].sentenceFrom = from;
      }
      if (startsSentence(tokens[i + 1])) {
        sentence++;
        from = i + 1;
      }
    }
  }
}

// The three below are asked of nearly every word of every paragraph: they look at the characters
// themselves rather than run a regular expression each time.
const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;
/** Ends in 's or ’s. */
const endsApostropheS = (w: string): boolean => w.length >= 2 && w.charCodeAt(w.length - 1) === 115 && isApostrophe(w.charCodeAt(w.length - 2));
/** Ends in s' or s’. */
const endsSApostrophe = (w: string): boolean => w.length >= 2 && isApostrophe(w.charCodeAt(w.length - 1)) && w.charCodeAt(w.length - 2) === 115;

/** "Scotland’s" → "Scotland"; "bill's" → "bill". */
export function stripPossessive(word: string): string {
  const bare = endsApostropheS(word) ? word.slice(0, -2) : word;
  return endsSApostrophe(bare) ? bare.slice(0, -1) : bare;
}

export const isPossessive = (word: string): boolean => endsApostropheS(word) || endsSApostrophe(word);

/** A word that starts with a capital (or is written in capitals). */
export const isCapitalised = (word: string): boolean => {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^[\p{Lu}]/u.test(word);
};

export const isAllCaps = (word: string): boolean => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
