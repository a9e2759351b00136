// Words in capitals throughout that no dictionary knows: an inscription
// ("IMP CAESAR AVGVSTVS"), a logo, an acronym too long for the acronym test.
// Word leaves words in upper case alone by default, and subs expect the same;
// but a shouted headline's slip of an English word ("GOVERMENT") is still a
// misspelling, so a capitals word one slip from a dictionary word (or from two,
// "EACHOTHER") is flagged as before.
import { doublingSlipFromKnown, oneSlipFromKnown } from './one-slip';

const LONG = 7;
/** Past this length a capitals word is a code or a run of letters, not an English word shouted: left alone unsearched (the slip search grows with the square of the length). */
const LONGEST_SEARCHED = 20;
const CAPITALS = /^\p{Lu}{2,}(?:['’]\p{Lu}+)?$/u;

/** Whether an unknown word in capitals throughout is to be left alone: no dictionary word (nor two run together) is a slip from it. */
export function capitalsLeftAlone(word: string, knows: (spelling: string) => boolean): boolean {
  if (!CAPITALS.test(word)) return false;
  if (word.length > LONGEST_SEARCHED) return true;
  const plain = word.replace(/’/gu, "'");
  // From seven letters a slip of a doubled letter and one more is still a misspelling ("TOMMOROW").
  return !oneSlipFromKnown(plain, knows, true) && !(plain.length >= LONG && doublingSlipFromKnown(plain, knows, true));
}
