// Two spellings of one name word: the slips copy makes ("Brenan" for
// "Brennan", "Walshe" for "Walsh", "Ried" for "Reid", "MacDonald" for
// "McDonald", "O'Brien" for "OBrien"). A word must be long enough for a
// letter to be a slip rather than another name: one letter in a word of five
// or more, two in a word of eight or more, and the first letter the same
// (few slips fall there, and "Reid" and "Keid" are two people). Four-letter
// names differ by a letter too often to be one ("Hill", "Hall"; "Reid",
// "Reed"): there only two letters swapped ("Ried") or one added ("Daley"
// for "Daly") count as a slip. A doubled letter written once ("Ker" for
// "Kerr") is a slip at any length of three or more.
import { distance as distanceWithoutSwaps } from 'fastest-levenshtein';
import { letterEdits } from './distance';
import { normaliseNameWord } from './normalise';

/** Most letters a word of this length may differ by and still be the same name. */
export function editsAllowed(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * How many letters apart two spellings of one name word are: 0 when they
 * are the same once folded, 1 or 2 for a slip or variant, and -1 when they
 * are different names.
 */
export function spellingEdits(a: string, b: string): number {
  const x = normaliseNameWord(a);
  const y = normaliseNameWord(b);
  if (x === y) return 0;
  if (!x || !y) return -1;
  const bare = (w: string) => w.replace(/['\-]/gu, '').replace(/^mac/u, 'mc');
  if (bare(x) === bare(y)) return 1;
  if (x[0] !== y[0]) return -1;
  if (doubledOnce(x, y)) return 1;
  const edits = letterEdits(x, y);
  const shorter = Math.min(x.length, y.length);
  if (edits === 1 && shorter === 4 && x.length === y.length && letterEdits(x, y) < distanceWithoutSwaps(x, y)) return 1;
  // "Daley" for "Daly": a letter added to a four-letter name is a slip; a letter changed ("Reed") is another name.
  if (edits === 1 && shorter === 4 && x.length !== y.length) return 1;
  return edits <= editsAllowed(shorter) ? edits : -1;
}

/** "Ker" for "Kerr", "Philips" for "Phillips": a doubled letter written once, a slip at any length of three or more. */
function doubledOnce(x: string, y: string): boolean {
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (short.length < 3 || long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i++) if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/** Whether two words are one name spelt two ways (not the same spelling). */
export function isSpellingVariant(a: string, b: string): boolean {
  return spellingEdits(a, b) > 0;
}
