// Long technical terms no general dictionary holds: diseases, operations,
// families of plants and animals ("chlamydiosis", "cholecystectomy",
// "Dendrobatidae", "Melastomataceae"). Science coins them from a stem and a
// fixed ending, so the ending says what the word is; a slip of a long English
// word ("definately", "appendicitiss") is near a dictionary word, and a term
// is not.
import { doublingSlipFromKnown, oneSlipFromKnown } from './one-slip';

/** Endings of medicine and biology. */
const SCIENTIFIC_ENDING = /(?:osis|oses|itis|mycosis|aemia|emia|ectomy|ectomies|otomy|ostomy|idae|inae|aceae|ology|ologies|opathy|iasis|plasty|oscopy|genesis|coccus|cocci|bacter|virus)$/u;
/** Shorter words are everyday English often enough that a slip of one can carry such an ending. */
const SHORTEST = 12;
const PLAIN = /^\p{Lu}?\p{Ll}+$/u;

/**
 * Whether an unknown word is a technical term: 12 letters or more, a scientific ending, and not within
 * two slips of a dictionary word (one slip, or a doubled, single or swapped letter and one more).
 */
export function isTechnicalTerm(word: string, knows: (spelling: string) => boolean): boolean {
  if (word.length < SHORTEST || !PLAIN.test(word) || !SCIENTIFIC_ENDING.test(word)) return false;
  const lower = word.toLowerCase();
  return !oneSlipFromKnown(lower, knows) && !doublingSlipFromKnown(lower, knows);
}
