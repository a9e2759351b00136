// Cutting copy into the words the spelling check reads, with their offsets.
// What a sub would never want underlined is left out here, once: web
// addresses, email addresses, handles and hashtags, anything with a digit in
// it (figures, "10am", "M25", "Covid-19"), single letters and initials
// ("J. K. Rowling", "U.S.").
import { charTest } from './chars';

/** A word of the copy and where it stands. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
  /** True when the word opens a sentence (or the block): its capital says nothing about it being a name. */
  sentenceStart: boolean;
}

// Spans no word inside is checked: addresses, emails, handles, hashtags, dotted initials.
const SKIPPED = new RegExp(
  [
    String.raw`\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+`,
    String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}`,
    String.raw`\b[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.(?:com|org|net|gov|edu|int|io|info|co|uk|eu|de|fr|pk|in|au|ca|ie|us|nz|tv|news)\b(?:\/[^\s<>"“”]*)?`,
    String.raw`(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]+`,
    String.raw`\b(?:\p{Lu}\.){2,}`,
  ].join('|'),
  'gu',
);
// "Mr. Qazi": a title's stop ends no sentence.
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|St|Rev|Sgt|Capt|Col|Gen|Lt)\.\s+$/u;
const MAY_SKIP = /[@#]|:\/\/|www\.|\.[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
// Between two words: a full stop, question or exclamation mark (or a colon) and space, or a line break.
const SENTENCE_BREAK = /(?:[.!?:…]["'”’)\]]*\s+|\n\s*)["'“‘(\[]*$/u;

// Letters, marks and figures: a word's characters.
const wordCharAt = charTest(/[\p{L}\p{M}\p{N}]/u);
const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011;
const BREAK_MARKS = /[.!?:…\n]/u;

/** The words of `text` the spelling check should read, in order. */
export function wordTokens(text: string): WordToken[] {
  const skipped: Array<[number, number]> = [];
  // Most paragraphs hold no address, handle or dotted initials: a cheap look first.
  if (MAY_SKIP.test(text)) {
    SKIPPED.lastIndex = 0;
    for (let m = SKIPPED.exec(text); m; m = SKIPPED.exec(text)) skipped.push([m.index, m.index + m[0].length]);
  }
  const out: WordToken[] = [];
  const n = text.length;
  let skip = 0;
  let previousEnd = 0;
  let i = 0;
  while (i < n) {
    const first = wordCharAt(text, i);
    if (first === 0) {
      i++;
      continue;
    }
    // Letters, with inner apostrophes and hyphens: "it’s", "nation-building", "O’Brien".
    const start = i;
    i += first;
    while (i < n) {
      const more = wordCharAt(text, i);
      if (more) i += more;
      else if (isJoiner(text.charCodeAt(i)) && i + 1 < n && wordCharAt(text, i + 1)) i++;
      else break;
    }
    const end = i;
    const sentenceStart = previousEnd === 0 ? start === 0 || !/[\p{L}\p{N}]/u.test(text.slice(0, start)) : opensSentence(text, previousEnd, start);
    previousEnd = end;
    while (skip < skipped.length && skipped[skip][1] <= start) skip++;
    if (skip < skipped.length && skipped[skip][0] < end) continue;
    if (end - start < 2 || (end - start === 2 && first === 2)) continue;
    const word = text.slice(start, end);
    if (DIGIT.test(word)) continue;
    // A letter followed by a full stop is an initial ("J. Smith"), even two ("JK").
    if (word.length <= 2 && text[end] === '.' && /^\p{Lu}/u.test(word) && /^\s\p{Lu}/u.test(text.slice(end + 1, end + 3))) continue;
    out.push({ text: word, start, end, sentenceStart });
  }
  return out;
}

/** Whether the gap between two words ends a sentence: most gaps are one space, and are read no further. */
function opensSentence(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return false;
  const between = text.slice(from, to);
  if (!BREAK_MARKS.test(between)) return false;
  return !TITLE_BEFORE.test(text.slice(Math.max(0, to - 8), to)) && SENTENCE_BREAK.test(between);
}
