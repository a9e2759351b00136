// Folding: the form of a string used to match it, never to show it. A sub
// types "sinead o'brien" and means "Sinéad O’Brien"; copy arrives with curly
// or straight apostrophes, en dashes or hyphens, no-break spaces. The rules
// live here once so that the speaker picker, detection, the speaker
// directory, search and the quote checks agree on what "the same" means.
//
// `fold` is the rule. The three variants exist only because their callers
// need offsets, accents or capitals that `fold` gives up; each says why.

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

/** Compatibility forms split (ﬁ → fi, ² → 2), accents dropped, case and spacing left as they are. */
function foldLettersKeepingCase(text: string): string {
  // Typography first: NFKD would turn a double prime into two primes.
  return foldTypography(text).normalize('NFKD').replace(/\p{M}/gu, '');
}

/** As foldLettersKeepingCase, in lower case. */
function foldLetters(text: string): string {
  return foldLettersKeepingCase(text).toLowerCase();
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

/**
 * One character (code point) at a time, folded by `full`, or by `light` when
 * `full` would change its length, or left alone. Each fold keeps its own
 * cache: one entry per distinct character ever folded, so a few thousand at most.
 */
function foldCharWith(full: (ch: string) => string, light: (ch: string) => string): (ch: string) => string {
  const kept = new Map<string, string>();
  return (ch) => {
    let out = kept.get(ch);
    if (out === undefined) {
      const heavy = full(ch);
      const lighter = light(ch);
      out = heavy.length === ch.length ? heavy : lighter.length === ch.length ? lighter : ch;
      kept.set(ch, out);
    }
    return out;
  };
}

/** One character folded as `fold` would, or more lightly when that would change its length. */
const foldChar = foldCharWith(foldLetters, foldKeepingAccents);
/** One character folded as `fold` would but for case, or more lightly when that would change its length. */
const foldCharKeepingCase = foldCharWith(foldLettersKeepingCase, foldTypography);

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

/**
 * `foldKeepingOffsets` with capitals kept: typography plain and accents
 * dropped, character by character, so the result has the input's length and
 * case. The quote checks look for a speaker's name in the copy ("Sinéad
 * O’Brien" for the directory's "Sinead O'Brien"), where a capital is what
 * tells the surnames Said, Rose or Young from the words said, rose and young,
 * and they point the sub at the place found, so offsets must carry over.
 * As with foldKeepingOffsets, an accent typed as its own character stays.
 */
export function foldKeepingCase(text: string): string {
  // ASCII folds to itself but for the backtick; only it and non-ASCII go one by one.
  return text.replace(/[^\0-\x5f\x61-\x7f]/gu, foldCharKeepingCase);
}
