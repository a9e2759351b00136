// Folding: the form of a string used to match it, never to show it. A sub
// types "sinead o'brien" and means "Sinéad O’Brien"; copy arrives with curly
// or straight apostrophes, en dashes or hyphens, no-break spaces. The rules
// live here once so that the speaker picker, detection, the speaker
// directory, search and the quote checks agree on what "the same" means.
//
// `fold` is the rule. The two variants exist only because their callers need
// offsets or accents that `fold` gives up; each says why.

/** Typographic variants a sub treats as the same character. One character in, one out. */
const TYPOGRAPHY: ReadonlyArray<readonly [RegExp, string]> = [
  // Curly, reversed and modifier-letter apostrophes, the prime and the backtick typed for one.
  [/[‘’‛′`ʼ]/gu, "'"],
  [/[“”„‟″]/gu, '"'],
  // Hyphen, non-breaking hyphen, figure dash, en and em dashes, horizontal bar, minus.
  [/[‐‑‒–—―−]/gu, '-'],
  // No-break, figure, thin, hair and narrow no-break spaces.
  [/[\u00a0\u2007\u2009\u200a\u202f]/gu, ' '],
];

function foldTypography(text: string): string {
  let out = text;
  for (const [pattern, plain] of TYPOGRAPHY) out = out.replace(pattern, plain);
  return out;
}

/** Compatibility forms split (ﬁ → fi, ² → 2), accents dropped, lower case; spacing left as it is. */
function foldLetters(text: string): string {
  // Typography first: NFKD would turn a double prime into two primes.
  return foldTypography(text).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The matching form of a name, a quote or a search term: accents and case
 * dropped, apostrophes, quotation marks and dashes plain, runs of white space
 * one space, no space at either end. "  Sinéad  O’Brien " → "sinead o'brien".
 */
export function fold(text: string): string {
  return foldLetters(text).replace(/\s+/gu, ' ').trim();
}

/**
 * Case and typography folded, accents kept, nothing decomposed or collapsed.
 * For checking a quote against source material an accent is part of how the
 * word is spelt ("él" is not "el", "año" is not "ano"), so a difference must
 * show; and import's furniture rules test the block's own length and
 * punctuation ("…" must stay one character), so nothing is decomposed.
 */
export function foldKeepingAccents(text: string): string {
  return foldTypography(text).toLowerCase();
}

/** Folded characters by character: one entry per distinct character ever folded, so a few thousand at most. */
const keptChars = new Map<string, string>();

/** One character (code point) folded as `fold` would, or more lightly when that would change its length. */
function foldChar(ch: string): string {
  let out = keptChars.get(ch);
  if (out === undefined) {
    const full = foldLetters(ch);
    const light = foldKeepingAccents(ch);
    out = full.length === ch.length ? full : light.length === ch.length ? light : ch;
    keptChars.set(ch, out);
  }
  return out;
}

/**
 * `fold`'s rules applied character by character so the result has exactly
 * the input's length: the search index finds a term in the folded text and
 * cuts the snippet from the original at the same offset. A character whose
 * fold would change length ("ﬁ", a combining accent on its own) keeps its
 * length, so compose the text first (`normalize('NFC')`) for "é" typed as
 * e + accent to fold to "e". White space is not collapsed.
 */
export function foldKeepingOffsets(text: string): string {
  // Fast path for whole texts (the search index folds every article): lower
  // case at once, then only the backtick and non-ASCII one by one. Lower
  // case is the same length but for a few letters ("İ"); then go by character.
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(/[^\0-\x5f\x61-\x7f]/gu, foldChar);
  return text.replace(/[^\0-\x5f\x61-\x7f]|[A-Z]/gu, foldChar);
}
