// Species names as copy writes them: a binomial, "Genus epithet" ("Sciurus
// carolinensis", "Martes martes"), a capitalised genus and a small Latin
// epithet, neither of them in the dictionary. No word list holds them all, so
// the spelling check gives them advice (check how it is spelt), never an
// error; and a tautonym ("Martes martes", "Bufo bufo") is a species, not a
// word written twice. "The the" is still a repeated word: "the" is English.
import type { RuleHit } from './compile';
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
