/// <reference path="./hyphen.d.ts" />
// Where a word in a justified column may break. Debian's Chromium (and many
// a packaged browser) has no hyphenation dictionaries, so CSS `hyphens:auto`
// does nothing and a narrow justified column opens wide gaps. The print
// layout puts soft hyphens (U+00AD) into the words as it sets them, from Liang
// patterns (the `hyphen` package, en-GB or en-US), so the browser breaks there
// and draws a hyphen only where a line does break. Only the set copy carries
// them: the stored text and every other export never see one.
import createHyphenator from 'hyphen/hyphen.js';

export const SOFT_HYPHEN = '\u00AD';

/** The two spellings Galley checks (settings' spellingLocale); each has its own patterns. */
export type HyphenationLocale = 'en-GB' | 'en-US';

/** How near a word's ends a break may fall, and how short a word is left whole. */
export interface HyphenationRules {
  /** Words of fewer letters are never broken. */
  minWordLength: number;
  /** Letters kept before a break: 3 rules out "a-bout" and "ex-traordinary"'s like. */
  leftMin: number;
  /** Letters carried over after a break: 3 rules out "print-ed". */
  rightMin: number;
}

/** A news desk's usual limits: nothing shorter than six letters broken, three letters either side. */
export const DESK_RULES: HyphenationRules = { minWordLength: 6, leftMin: 3, rightMin: 3 };

/** Plain text in, the same text with soft hyphens at the allowed breaks out. */
export type TextHyphenator = (text: string) => string;

// A run of letters, with any apostrophe inside it (couldn’t, Qazi's), so the
// part after an apostrophe is never treated as a word of its own.
const WORD = /\p{L}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*/gu;
// Not words a sub would break: an address, a path, a handle, anything with a figure in it.
const UNBREAKABLE = /[@/\\\d_=]|:\/\/|^www\.|\p{L}\.\p{L}/u;
const CAPITAL = /\p{Lu}/u;

/** Words broken per process are cached: copy repeats its words, and a refresh re-sets a whole block. */
const MAX_CACHED_WORDS = 50_000;

/**
 * A hyphenator over plain text with these patterns and rules. A word is left
 * whole when it is short; when it has a capital anywhere, so names are never
 * broken (Afghanistan, NATO, McDonald; a sentence's first word goes with
 * them, a small price); or when it is part of a token holding a figure, an
 * address or a path (5km, www.gov.uk, @bbcnews, http://…), or a soft hyphen
 * the sub typed.
 */
export function textHyphenator(patterns: readonly unknown[], rules: HyphenationRules = DESK_RULES): TextHyphenator {
  const liang = createHyphenator(patterns, { hyphenChar: SOFT_HYPHEN, minWordLength: rules.minWordLength });
  const cache = new Map<string, string>();

  const breakWord = (word: string): string => {
    let out = cache.get(word);
    if (out !== undefined) return out;
    out = word;
    const apostrophe = word.search(/['’]/);
    const stem = apostrophe < 0 ? word : word.slice(0, apostrophe);
    const letters = [...stem];
    if (letters.length >= rules.minWordLength && !letters.some((c) => CAPITAL.test(c))) {
      const broken = [...liang(stem)];
      let kept = '';
      let at = 0;
      for (const char of broken) {
        if (char !== SOFT_HYPHEN) {
          kept += char;
          at++;
        } else if (at >= rules.leftMin && letters.length - at >= rules.rightMin) kept += SOFT_HYPHEN;
      }
      out = kept + word.slice(stem.length);
    }
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(word, out);
    return out;
  };

  return (text) =>
    text.replace(/\S+/g, (token) => (token.includes(SOFT_HYPHEN) || UNBREAKABLE.test(token) ? token : token.replace(WORD, breakWord)));
}

/**
 * Where a point in hyphenated text falls in the text it was made from: the
 * soft hyphens the hyphenator put in are skipped, the ones already in the
 * copy are kept. Copyfit uses it to map the first word of overmatter, as
 * set, back to the sub's copy.
 */
export function offsetInCopy(copy: string, hyphenated: string, offset: number): number {
  let i = 0;
  for (let j = 0; j < offset && j < hyphenated.length; j++) {
    if (hyphenated[j] === SOFT_HYPHEN && copy[i] !== SOFT_HYPHEN) continue;
    i++;
  }
  return i;
}
