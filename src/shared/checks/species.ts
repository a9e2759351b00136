// Species names as copy writes them: a binomial, "Genus epithet" ("Sciurus
// carolinensis", "Martes martes"), a capitalised genus and a small Latin
// epithet, neither of them in the dictionary. No word list holds them all, so
// the spelling check gives them advice (check how it is spelt), never an
// error; and a tautonym ("Martes martes", "Bufo bufo") is a species, not a
// word written twice. "The the" is still a repeated word: "the" is English.
import type { RuleHit } from './compile';
import { oneSlipFromKnown } from './one-slip';
import type { Speller } from './spelling';

/** How Latin epithets end: -us, -is, -um, -a, -ae, -i, -es, -ex, -ens, -er, -or … ("vulgaris", "europaea", "nattereri", "robur"). */
const LATIN_ENDING = /^\p{Ll}{2,}(?:us|is|um|a|ae|i|es|ex|ix|ax|yx|ens|ans|er|or|ur|ops|oides)$/u;
const GENUS = /^\p{Lu}\p{Ll}+$/u;
const EPITHET = /^\p{Ll}+$/u;

/** Whether `genus epithet`, two words no dictionary knows, read as a species name. */
export function isBinomial(genus: string, epithet: string): boolean {
  if (!GENUS.test(genus) || !EPITHET.test(epithet)) return false;
  return epithet === genus.toLowerCase() || LATIN_ENDING.test(epithet);
}

const TAUTONYM = /^(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)$/u;

/** The repeated-word hits that are not tautonyms: "Martes martes" goes when the speller does not know "martes". */
export function tautonymsLeftAlone(hits: RuleHit[], speller: Speller | null): RuleHit[] {
  if (hits.length === 0 || !speller) return hits;
  return hits.filter((hit) => {
    const m = TAUTONYM.exec(hit.text);
    return !m || m[1].toLowerCase() !== m[2] || speller.isKnown(m[2]) || speller.isKnown(m[1]);
  });
}

// A capitalised word just before, with one space: the genus when it is an English word too ("Lynx pardinus", "Cancer borealis").
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{Lu}\p{Ll}{2,}) $/u;
// Words that open sentences and never name a genus: "The", "These", "When" before an unknown word are English around a misspelling.
const NO_GENUS = new Set(['the', 'these', 'those', 'this', 'that', 'their', 'there', 'then', 'when', 'where', 'what', 'which', 'while', 'with', 'from', 'into', 'some', 'many', 'most', 'such', 'each', 'both', 'they', 'were', 'have', 'also', 'here', 'after', 'before', 'under', 'over', 'only', 'even', 'just', 'other', 'about', 'every', 'our', 'your', 'his', 'her', 'its', 'and', 'but', 'for', 'all', 'any', 'one', 'two', 'new', 'old', 'yet', 'not', 'can', 'may', 'will', 'would', 'could', 'should', 'must', 'was', 'are', 'has', 'had', 'did', 'does', 'how', 'why', 'who']);
// A Latin plural of a technical noun: "denarii", "siliquae", "tesserae".
const LATIN_PLURAL = /^\p{Ll}{3,}(?:ae|ii)$/u;

/**
 * How an unknown small word reads as Latin that no word list holds, or null: the epithet of a binomial
 * whose genus is also an English word ("Lynx pardinus": the species name, for the message), or a Latin
 * plural ("denarii"). A word one slip from a dictionary word is that word misspelt, never Latin.
 */
export function latinReading(text: string, start: number, word: string, knows: (spelling: string) => boolean): string | null {
  const plural = LATIN_PLURAL.test(word);
  const genus = !plural && word.length >= 5 && LATIN_ENDING.test(word) ? WORD_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1] : undefined;
  if (!plural && (!genus || NO_GENUS.has(genus.toLowerCase()) || !knows(genus))) return null;
  if (oneSlipFromKnown(word, knows)) return null;
  return plural ? word : `${genus} ${word}`;
}
