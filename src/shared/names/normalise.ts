// A written name taken apart the way a sub reads it: the honorific in front
// ("Mr", "Dr." with or without its stop), the letters after ("QC", "MP",
// "OBE"), and the words of the name itself, folded so that accents,
// apostrophe styles, dashes and case never make two spellings differ
// ("Sinéad O’Brien" and "sinead o'brien" are one name).
import { fold } from '../article/fold';

/** Honorifics a later reference puts before a surname, with the pronoun each gives (null: says nothing of it). */
export const NAME_HONORIFICS: Readonly<Record<string, 'he' | 'she' | null>> = {
  mr: 'he', mister: 'he', sir: 'he', lord: 'he', mrs: 'she', ms: 'she', miss: 'she', dame: 'she', lady: 'she',
  mx: null, dr: null, doctor: null, prof: null, professor: null, rev: null, reverend: null, cllr: null, councillor: null,
};

/** Letters after a name that are not part of it: "Samuel Reid, QC", "Jane Hill MP". */
export const POST_NOMINALS: ReadonlySet<string> = new Set(
  'qc kc sc mp msp mla mep mbe obe cbe kbe dbe frs phd md jp'.split(' '),
);

/** Lower-case words that belong inside a surname: "von der Leyen", "da Silva". */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'de del della der den van von da das do dos du la le di bin bint ibn al el ter ten'.split(' '),
);

export interface NameParts {
  /** The honorific as folded, without its stop ("ms"), or null. */
  honorific: string | null;
  /** The words of the name, folded, honorific and post-nominals gone: ["grace", "brennan"]. */
  words: string[];
  /** The surname's words: the last word with any particles before it (["von", "der", "leyen"]). */
  surname: string[];
  /** The words before the surname: given names and initials (["grace"]). */
  given: string[];
}

/** One name word folded for matching: accents, case and apostrophe styles gone, hyphens plain ("Smith–Jones" → "smith-jones"). */
export function normaliseNameWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = fold(word).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (foldedWords.size >= 5000) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}
/**
 * Name words already folded. Attribution compares each new name with every person in the story, and
 * the same few words come up again and again; folding one costs several passes over it.
 */
const foldedWords = new Map<string, string>();
/** Forget the folded name words (the bench's cold runs: a story just opened has not been read). */
export const forgetNameWords = (): void => foldedWords.clear();

/**
 * A name as one folded string, honorific and post-nominals dropped:
 * "Dr. Sinéad O’Brien, QC" → "sinead o'brien". The form to compare or key names by.
 */
export function normaliseName(name: string): string {
  return splitName(name).words.join(' ');
}

/** Take a written name apart: "Ms Brenan" → honorific "ms", surname ["brenan"]; "Samuel Reid, QC" → given ["samuel"], surname ["reid"]. */
export function splitName(name: string): NameParts {
  const raw = fold(name)
    .split(/[\s,]+/u)
    .map(normaliseNameWord)
    .filter((w) => w.length > 0);
  let honorific: string | null = null;
  let i = 0;
  while (i < raw.length - 1 && raw[i] in NAME_HONORIFICS) honorific = raw[i++];
  let end = raw.length;
  while (end > i + 1 && POST_NOMINALS.has(raw[end - 1])) end--;
  const words = raw.slice(i, end);
  let s = words.length - 1;
  while (s > 0 && NAME_PARTICLES.has(words[s - 1])) s--;
  return { honorific, words, surname: words.slice(Math.max(s, 0)), given: words.slice(0, Math.max(s, 0)) };
}
