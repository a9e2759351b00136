// One walk over a block's characters that every check then shares: the
// words the spelling check reads (letters, marks and figures, with inner
// apostrophes and hyphens) and the plain runs of letters and figures that
// swap lists and the repeated-word rule read. Each is kept as offsets and a
// hash of its characters (a run's folded to lower case), so no check has to
// cut a string out of the copy or look a word up by its text unless the
// hash says it may be one it wants.

/** Kinds of a character, as bits: what words and runs are made of. */
const LETTER = 1;
const FIGURE = 2;
const MARK = 4;

const kinds = new Uint8Array(0x10000);
const known = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(char: string): number {
  if (/\p{L}/u.test(char)) return LETTER;
  if (/\p{N}/u.test(char)) return FIGURE;
  return /\p{M}/u.test(char) ? MARK : 0;
}

/** The kind bits of the code unit at i (a lone surrogate has none). */
function kindOf(c: number): number {
  if (known[c] === 0) {
    kinds[c] = c >= 0xd800 && c <= 0xdfff ? 0 : classify(String.fromCharCode(c));
    known[c] = 1;
  }
  return kinds[c];
}

/** A surrogate pair's kind at i, or 0 when text[i] does not open one. */
function pairKind(text: string, i: number): number {
  const cp = text.codePointAt(i)!;
  if (cp < 0x10000) return 0;
  let k = astral.get(cp);
  if (k === undefined) astral.set(cp, (k = classify(String.fromCodePoint(cp))));
  return k;
}

const isJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011;

/** FNV-1a, one UTF-16 unit at a time, kept to 30 bits so it stays a small integer (a Map key V8 hashes cheaply). */
export const HASH_SEED = 0x011c9dc5;
export const hashStep = (h: number, c: number): number => Math.imul(h ^ c, 16777619) & 0x3fffffff;

/** The hash a run is filed by: its characters, A–Z folded to a–z. */
export function foldedHash(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h = hashStep(h, c >= 65 && c <= 90 ? c + 32 : c);
  }
  return h;
}

/** Facts about a run, as bits of BlockScan.facts. */
export const RUN_FIGURE = 1;
/** The run holds a character outside ASCII: its folded hash is not to be trusted. */
export const RUN_WIDE = 2;
/** The run continues into the next across one apostrophe or hyphen ("it’s", "nation-building"): one spelling word. */
export const RUN_JOINED = 4;
/** A run of combining marks only: part of a spelling word, but no run of letters or figures. */
export const RUN_MARKS = 8;
/** The run's first character is a surrogate pair. */
export const RUN_FIRST_PAIR = 16;
/** The run holds a capital A–Z (a capital outside ASCII makes it RUN_WIDE instead): only such runs can hold a name. */
export const RUN_CAPITAL = 32;

/**
 * A block walked once: its runs of letters and figures (and of combining
 * marks, which break a run but not a spelling word), in order. Runs that
 * touch, or are joined by one apostrophe or hyphen, make one spelling word.
 */
export interface BlockScan {
  /** How many runs: the arrays may be longer, when reused from an earlier block. */
  count: number;
  /** [start, end) of each run, flattened: run r is runs[2r], runs[2r + 1]. */
  runs: number[];
  /** Per run: RUN_* bits. */
  facts: number[];
  /** Per run: the hash of its characters with A–Z folded to a–z (see foldedHash). */
  hashes: number[];
  /** Whether any run is RUN_WIDE: false when every letter, mark and figure of the block is ASCII. */
  wide: boolean;
}

// ASCII kinds, looked up without a call: most copy is ASCII.
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_KIND[c] = c >= 48 && c <= 57 ? FIGURE : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : 0;

/** An empty scan, to be filled by scanBlock again and again (one block after another, no new arrays). */
export const emptyScan = (): BlockScan => ({ count: 0, runs: [], facts: [], hashes: [], wide: false });

/** Walks `text` once, into `into` when given (its earlier contents are overwritten). */
export function scanBlock(text: string, into: BlockScan = emptyScan()): BlockScan {
  const { runs, facts, hashes } = into;
  let count = 0;
  let wide = 0;
  const n = text.length;
  let i = 0;
  let c = n > 0 ? text.charCodeAt(0) : 0;
  while (i < n) {
    let k = c < 128 ? ASCII_KIND[c] : c < 0xd800 || c > 0xdbff ? kindOf(c) : pairKind(text, i);
    if (k === 0) {
      c = text.charCodeAt(++i);
      continue;
    }
    // One run: letters and figures, or marks alone.
    const marks = k === MARK;
    const start = i;
    let fact = marks ? RUN_MARKS : 0;
    if (c >= 0xd800 && c <= 0xdbff) fact |= RUN_FIRST_PAIR;
    let h = HASH_SEED;
    for (;;) {
      if (c >= 0xd800 && c <= 0xdbff) {
        h = hashStep(hashStep(h, c), text.charCodeAt(i + 1));
        fact |= RUN_WIDE;
        i += 2;
      } else {
        if (c >= 65 && c <= 90) {
          h = hashStep(h, c + 32);
          fact |= RUN_CAPITAL;
        } else {
          h = hashStep(h, c);
          if (c > 0x7f) fact |= RUN_WIDE;
        }
        i++;
      }
      if (k === FIGURE) fact |= RUN_FIGURE;
      if (i >= n) break;
      c = text.charCodeAt(i);
      k = c < 128 ? ASCII_KIND[c] : c < 0xd800 || c > 0xdbff ? kindOf(c) : pairKind(text, i);
      if (k === 0 || (k === MARK) !== marks) break;
    }
    // A run touching the next (letters then marks) is one word with it; so is one joined by an apostrophe or hyphen.
    if (i < n && k === 0 && isJoiner(c) && i + 1 < n) {
      const after = text.charCodeAt(i + 1);
      if ((after < 128 ? ASCII_KIND[after] : after < 0xd800 || after > 0xdbff ? kindOf(after) : pairKind(text, i + 1)) !== 0) fact |= RUN_JOINED;
    }
    runs[2 * count] = start;
    runs[2 * count + 1] = i;
    facts[count] = fact;
    hashes[count] = h;
    wide |= fact;
    count++;
  }
  into.count = count;
  into.wide = (wide & RUN_WIDE) !== 0;
  return into;
}

/** Whether text[start, start + word.length) is `word`, with A–Z in the text folded to a–z. */
export function sameFolded(text: string, start: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) {
    const c = text.charCodeAt(start + j);
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(j)) return false;
  }
  return true;
}

/** Whether text[start, start + word.length) is exactly `word`. */
export function sameAt(text: string, start: number, word: string): boolean {
  for (let j = 0; j < word.length; j++) if (text.charCodeAt(start + j) !== word.charCodeAt(j)) return false;
  return true;
}
