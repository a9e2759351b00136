// Cutting copy into the words the spelling check reads, with their offsets.
// What a sub would never want underlined is left out here, once: web
// addresses, email addresses, handles and hashtags, anything with a digit in
// it (figures, "10am", "M25", "Covid-19"), single letters and initials
// ("J. K. Rowling", "U.S.").
import { charTest } from './chars';
import { RUN_FIGURE, RUN_FIRST_PAIR, RUN_JOINED, scanBlock, type BlockScan } from './scan';

/** A word of the copy and where it stands. */
export interface WordToken {
  text: string;
  start: number;
  end: number;
  /** True when the word opens a sentence (or the block): its capital says nothing about it being a name. */
  sentenceStart: boolean;
}

// Domains an address without "www." or a scheme ends in ("bcra.gob.ar", "metoffice.gov.uk"): the common
// generic ones and every country's two letters, in small letters only, so "end.It" (a missing space) is no address.
// Two-letter endings that are English words (is, it, to, me, no …) are left out: "devestated.it" is a missing
// space after a full stop far more often than an address, and its words must still be checked.
const TOP_LEVEL_DOMAINS = [
  'com|org|net|gov|edu|int|mil|io|info|biz|news|online|site|app|dev|tech|media|museum|travel|film|art|eco',
  'ac|ad|ae|af|ag|ai|al|ao|aq|ar|au|aw|ax|az|ba|bb|bd|bf|bg|bh|bi|bj|bm|bn|bo|br|bs|bt|bw|bz|ca|cc|cd|cf|cg|ch|ci|ck|cl|cm|cn|co|cr|cu|cv|cw|cx|cy|cz|de|dj|dk|dm|dz|ec|ee|eg|er|es|et|eu|fi|fj|fk|fm|fo|fr|ga|gd|ge|gf|gg|gh|gi|gl|gm|gn|gp|gq|gr|gs|gt|gu|gw|gy|hk|hm|hn|hr|ht|hu|ie|il|im|io|iq|ir|je|jm|jo|jp|ke|kg|kh|ki|km|kn|kp|kr|kw|ky|kz|la|lb|lc|li|lk|lr|ls|lt|lu|lv|ly|ma|mc|md|mg|mh|mk|ml|mm|mn|mo|mp|mq|mr|ms|mt|mu|mv|mw|mx|mz|na|nc|ne|nf|ng|ni|nl|np|nr|nu|nz|om|pa|pe|pf|pg|ph|pk|pl|pm|pn|pr|ps|pt|pw|py|qa|re|ro|rs|ru|rw|sa|sb|sc|sd|se|sg|sh|si|sk|sl|sm|sn|sr|ss|st|sv|sx|sy|sz|tc|td|tf|tg|th|tj|tk|tl|tm|tn|tr|tt|tv|tw|tz|ua|ug|uk|uy|uz|va|vc|ve|vg|vi|vn|vu|wf|ws|ye|yt|za|zm|zw',
].join('|');
// Web and email addresses: no rule fires inside one, and no word in one is spelt.
const ADDRESS_PARTS = [
  String.raw`\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”]+`,
  String.raw`[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}.\-]+\.\p{L}{2,}`,
  String.raw`\b[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.(?:${TOP_LEVEL_DOMAINS})\b(?:\/[^\s<>"“”]*)?`,
];
const ADDRESSES = new RegExp(ADDRESS_PARTS.join('|'), 'gu');
// Spans no word inside is checked: addresses, emails, handles, hashtags, dotted initials.
const SKIPPED = new RegExp([...ADDRESS_PARTS, String.raw`(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]+`, String.raw`\b(?:\p{Lu}\.){2,}`].join('|'), 'gu');
/** A web or email address needs one of these; most paragraphs have none and are read no further. */
const MAY_HOLD_ADDRESS = /:\/\/|www\.|@|\.[\p{L}\p{N}]/u;

/** The [start, end) spans of web and email addresses in `text`, in order. */
export function addressSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!MAY_HOLD_ADDRESS.test(text)) return out;
  ADDRESSES.lastIndex = 0;
  for (let m = ADDRESSES.exec(text); m; m = ADDRESSES.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}
// "Mr. Qazi": a title's stop ends no sentence.
const TITLE_BEFORE = /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Prof|St|Rev|Sgt|Capt|Col|Gen|Lt)\.\s+$/u;
const MAY_SKIP = /[@#]|:\/\/|www\.|\.[\p{L}\p{N}]/u;
// Between two words: a full stop, question or exclamation mark (or a colon) and space, or a line break (read by sentenceBreakBetween).
export const SENTENCE_BREAK = /(?:[.!?:…]["'”’)\]]*\s+|\n\s*)["'“‘(\[]*$/u;
/** A character that may end a sentence (. ! ? : …) or a line: a gap without one opens none. */
const isBreakMark = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x2026 || c === 0x0a;

const NOTHING_SKIPPED: Array<[number, number]> = [];

/** The words of `text` the spelling check should read, in order. */
export function wordTokens(text: string): WordToken[] {
  return spellingWords(text, scanBlock(text));
}

/** wordTokens from a walk already made of the block (scan.ts). */
export function spellingWords(text: string, scan: BlockScan): WordToken[] {
  const out: WordToken[] = [];
  eachWord(text, scan, (start, end, sentenceStart) => out.push({ text: text.slice(start, end), start, end, sentenceStart }));
  return out;
}

/**
 * Calls `visit` for each word the spelling check should read, in order, with
 * the first and last of the walk's runs it spans (the same run for most
 * words), so a caller can know a word by its run's hash without cutting it
 * out of the copy.
 */
export function eachWord(text: string, scan: BlockScan, visit: (start: number, end: number, sentenceStart: boolean, firstRun: number, lastRun: number) => void): void {
  // Most paragraphs hold no address, handle or dotted initials: a cheap look first, and no list made for them.
  let skipped: Array<[number, number]> = NOTHING_SKIPPED;
  if (MAY_SKIP.test(text)) {
    SKIPPED.lastIndex = 0;
    for (let m = SKIPPED.exec(text); m; m = SKIPPED.exec(text)) (skipped === NOTHING_SKIPPED ? (skipped = []) : skipped).push([m.index, m.index + m[0].length]);
  }
  const { runs, facts } = scan;
  const count = scan.count;
  let skip = 0;
  let previousEnd = 0;
  for (let r = 0; r < count; r++) {
    const first = r;
    const start = runs[2 * r];
    const firstPair = (facts[r] & RUN_FIRST_PAIR) !== 0;
    let figure = (facts[r] & RUN_FIGURE) !== 0;
    // A word: runs that touch (letters, then marks) or are joined by one apostrophe or hyphen.
    while (r + 1 < count && ((facts[r] & RUN_JOINED) !== 0 || runs[2 * r + 1] === runs[2 * r + 2])) {
      r++;
      if (facts[r] & RUN_FIGURE) figure = true;
    }
    const end = runs[2 * r + 1];
    // Every letter and figure stands in a run: nothing before the first word can be one, so it opens the block.
    const sentenceStart = previousEnd === 0 || opensSentence(text, previousEnd, start);
    previousEnd = end;
    if (skipped.length) {
      while (skip < skipped.length && skipped[skip][1] <= start) skip++;
      if (skip < skipped.length && skipped[skip][0] < end) continue;
    }
    if (end - start < 2 || (end - start === 2 && firstPair)) continue;
    // Anything with a figure in it is a figure, a time or a code ("10am", "M25", "Covid-19").
    if (figure) continue;
    // A letter followed by a full stop is an initial ("J. Smith"), even two ("JK").
    if (end - start <= 2 && text.charCodeAt(end) === 0x2e && /^\p{Lu}/u.test(text.slice(start, end)) && /^\s\p{Lu}/u.test(text.slice(end + 1, end + 3))) continue;
    visit(start, end, sentenceStart, first, r);
  }
}

/** Whether the gap between two words ends a sentence: most gaps are one space, and are read no further. */
function opensSentence(text: string, from: number, to: number): boolean {
  if (to - from === 1 && text.charCodeAt(from) === 0x20) return false;
  // Most other gaps are a comma or quotation mark and a space: a look at each character, before any pattern.
  let mark = false;
  for (let i = from; i < to && !mark; i++) mark = isBreakMark(text.charCodeAt(i));
  if (!mark || !sentenceBreakBetween(text, from, to)) return false;
  // A title's stop needs white space before the word.
  return spaceAt(text, to - 1) === 0 || !TITLE_BEFORE.test(text.slice(Math.max(0, to - 8), to));
}

const spaceAt = charTest(/\s/u);
const OPENERS = new Set([0x22, 0x27, 0x201c, 0x2018, 0x28, 0x5b]);
const CLOSERS = new Set([0x22, 0x27, 0x201d, 0x2019, 0x29, 0x5d]);
const BREAK_MARKS = new Set([0x2e, 0x21, 0x3f, 0x3a, 0x2026]);

/**
 * SENTENCE_BREAK.test(text.slice(from, to)), read in place: every gap with a stop in it was cut out
 * of the copy for the pattern, a string per sentence. Read from the end: the opening quotes and
 * brackets, then white space, which holds a line break or follows a stop and its closing quotes.
 * (The three sets share no character with white space or with each other but the straight quotes,
 * which stand only in the openers after the space and the closers before it, so the longest run of
 * each is the only way the pattern can match.)
 */
export function sentenceBreakBetween(text: string, from: number, to: number): boolean {
  let j = to;
  while (j > from && OPENERS.has(text.charCodeAt(j - 1))) j--;
  let k = j;
  let lineBreak = false;
  while (k > from && spaceAt(text, k - 1) === 1) {
    k--;
    if (text.charCodeAt(k) === 0x0a) lineBreak = true;
  }
  if (lineBreak) return true;
  if (k === j) return false;
  let m = k;
  while (m > from && CLOSERS.has(text.charCodeAt(m - 1))) m--;
  return m > from && BREAK_MARKS.has(text.charCodeAt(m - 1));
}
