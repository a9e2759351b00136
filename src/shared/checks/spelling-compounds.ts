// Words no dictionary lists but a sub would pass: a closed compound of two
// known words ("kitesurfers", "wicketkeeper", "paddleboarder’s") and a known
// word with a productive suffix ("detectorist"). New ones are coined every
// season, so no list keeps up. Asked only about words the dictionary does not
// know, so the cost falls on the rare word, never on the typing path.
//
// What still counts as a misspelling: the run-together slips subs catch every
// day ("eachother", "alot", "infront"); a word one slip from a dictionary word
// ("wellcome", "allready", "threshhold", "supercede"), which is that word
// misspelt rather than a compound; and a second half that is a suffix in
// disguise ("publically" is not public + ally, nor "hopefull" hope + full).
import { oneSlipFromKnown } from './one-slip';

/** Run together in error, though both halves are words: the sub writes them as two (or hyphenates). */
const RUN_TOGETHER = new Set([
  'everytime', 'eachother', 'alot', 'aswell', 'infront', 'incase', 'atleast', 'noone', 'thankyou', 'eventhough',
  'inspite', 'ontop', 'nevermind', 'infact', 'upto', 'alltogether', 'allright', 'alright', 'abit', 'aslong', 'inbetween',
  'nextdoor', 'alittle', 'forsure', 'atall', 'asif', 'evenso', 'ofcourse', 'straightaway', 'goodnight', 'hisself', 'theirselves', 'ourself',
]);

/** Second halves that are suffixes misspelt, not words joined: "publically", "hopefull", "happyness", "pennyless", "writting". */
const SUFFIX_LOOKALIKES = new Set(['ally', 'ably', 'able', 'ible', 'full', 'fully', 'ness', 'less', 'ting', 'ling', 'ding', 'ment', 'ward', 'wards', 'ever', 'cede']);

/**
 * How short a half may be. Measured on 112 misspellings (every earlier checks set's planted ones and
 * a list of common ones): a bare split into known halves would pass 26 of them with three-letter
 * halves and 16 with four ("hope+full", "well+come", "thresh+hold"), so the split alone holds at
 * neither; with the guards here (the run-together list, the suffix look-alikes, the one-slip test)
 * it passes none at three. Of 11 compounds real copy uses, four-letter halves split only 9
 * ("midfielder" needs "mid"), three-letter halves all 11.
 */
const MIN_PART = 3;

/** Productive suffixes that make a new noun from a known word ("detectorist", "detectorists"). */
const SUFFIXES = ['ists', 'ist'];

const LOWER = /^\p{Ll}+$/u;
const SHOUTED = /^\p{Lu}+$/u;

/**
 * Whether an unknown word is a compound of two known words, or a known word and a productive
 * suffix, that is no slip of a dictionary word. `knows` answers for a plain word.
 */
export function isClosedCompound(word: string, knows: (part: string) => boolean): boolean {
  // Shouted ("KITESURFERS"), it is the same word. A capitalised one is left to the name checks: surnames
  // and places are made of English words ("Scarsbrick", "Blackwood"), and a slip in one must still be found.
  const lower = SHOUTED.test(word) ? word.toLowerCase() : word;
  if (!LOWER.test(lower) || lower.length < 2 * MIN_PART || RUN_TOGETHER.has(lower)) return false;
  if (!splitsIntoWords(lower, knows) && !knownWithSuffix(lower, knows)) return false;
  // A slip of one dictionary word (no space: "wicket keeper" is the split itself) is that word misspelt.
  return !oneSlipFromKnown(lower, knows);
}

function splitsIntoWords(word: string, knows: (part: string) => boolean): boolean {
  for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
    const second = word.slice(cut);
    if (!SUFFIX_LOOKALIKES.has(second) && knows(word.slice(0, cut)) && knows(second)) return true;
  }
  return false;
}

function knownWithSuffix(word: string, knows: (part: string) => boolean): boolean {
  return SUFFIXES.some((suffix) => word.endsWith(suffix) && word.length - suffix.length >= 4 && knows(word.slice(0, -suffix.length)));
}
