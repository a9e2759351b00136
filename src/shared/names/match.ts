// Whether two written names are the same person's: the same name ("Sinéad
// O’Brien" / "Sinead O'Brien"), a later reference ("Ms Brennan", "Brennan",
// "Dr Reid" after "Samuel Reid, QC"), or a spelling slip of either ("Ms
// Brenan", "Walshe" after "Owen Walsh"). Pure and cheap: attribution links a
// later reference with it, the subbing checks find names spelt two ways.
import { splitName, type NameParts } from './normalise';
import { spellingEdits } from './variants';

/** How one written name stands to another. */
export type NameRelation =
  /** The same words once folded: "Sinéad O’Brien" and "sinead o'brien", "Dr. Reid" and "Dr Reid". */
  | 'same'
  /** A shorter reference to the fuller name, spelt alike: "Ms Brennan", "Brennan" or "Dr Reid" for "Grace Brennan" / "Samuel Reid, QC". */
  | 'later-reference'
  /** The same name or reference with a slip in spelling: "Grace Brenan", "Ms Brenan", "Walshe" for "Owen Walsh". */
  | 'variant'
  | 'different';

export interface NameComparison {
  relation: NameRelation;
  /** Letters changed between the two spellings: 0 unless `relation` is 'variant'. */
  edits: number;
}

const DIFFERENT: NameComparison = { relation: 'different', edits: 0 };

/** Edits between two word lists of the same length, or -1 if any pair is not the same name. */
function wordsEdits(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length || a.length === 0) return -1;
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    const e = spellingEdits(a[i], b[i]);
    if (e < 0) return -1;
    total += e;
  }
  return total;
}

/** Given names agree: equal, a slip, or an initial for the name ("J" or "J." for "James"). */
function givenAgree(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) {
    // "Samuel Reid" and "Samuel J Reid": the shorter list must begin the longer.
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    return wordsEdits(short, long.slice(0, short.length)) === 0 ? 0 : -1;
  }
  let total = 0;
  for (let i = 0; i < a.length; i++) {
    if ((a[i].length === 1 || b[i].length === 1) && a[i][0] === b[i][0]) continue;
    const e = spellingEdits(a[i], b[i]);
    if (e < 0) return -1;
    total += e;
  }
  return total;
}

function relate(edits: number, shorter: boolean): NameComparison {
  if (edits < 0) return DIFFERENT;
  if (edits > 0) return { relation: 'variant', edits };
  return { relation: shorter ? 'later-reference' : 'same', edits: 0 };
}

/** Compare name parts already split (see splitName): for callers matching one name against many. */
export function compareNameParts(a: NameParts, b: NameParts): NameComparison {
  if (!a.words.length || !b.words.length) return DIFFERENT;
  if (a.given.length && b.given.length) {
    const given = givenAgree(a.given, b.given);
    if (given < 0) return DIFFERENT;
    const surname = wordsEdits(a.surname, b.surname);
    if (surname < 0) return DIFFERENT;
    return relate(given + surname, false);
  }
  if (!a.given.length && !b.given.length) return relate(wordsEdits(a.surname, b.surname), false);
  // One is a surname alone (with or without an honorific): it refers to the other's surname.
  const [short, full] = a.given.length ? [b, a] : [a, b];
  const bySurname = wordsEdits(short.surname, full.surname);
  if (bySurname >= 0) return relate(bySurname, true);
  // Family name first, as in "Hua Chunying" → "Ms Hua": only with an honorific to say so.
  if (short.honorific && short.surname.length === 1 && spellingEdits(short.surname[0], full.words[0]) === 0) return relate(0, true);
  return DIFFERENT;
}

/**
 * How name `a` stands to name `b`, either way round: "Ms Brenan" and "Grace
 * Brennan" → variant (1 edit); "Dr Reid" and "Samuel Reid, QC" → later-reference;
 * "Owen Walsh" and "Walshe" → variant; "Grace Brennan" and "Grace Bremner" → different.
 */
export function compareNames(a: string, b: string): NameComparison {
  return compareNameParts(splitName(a), splitName(b));
}

export interface NameMatch extends NameComparison {
  /** Index of the matching name in the candidates. */
  index: number;
}

const RANK: Record<NameRelation, number> = { same: 0, 'later-reference': 1, variant: 2, different: 3 };

/**
 * The one candidate that `name` refers to: the best relation (same, then
 * later reference, then the variant with fewest edits). Null when none
 * matches, or when two candidates match equally well ("Ms Reid" with both
 * "Anna Reid" and "Beth Reid" in the list): a guess there would be a wrong
 * link, and a sub would rather be asked.
 */
export function findNameMatch(name: string, candidates: readonly string[]): NameMatch | null {
  const parts = splitName(name);
  let best: NameMatch | null = null;
  let tie = false;
  candidates.forEach((candidate, index) => {
    const c = compareNameParts(parts, splitName(candidate));
    if (c.relation === 'different') return;
    if (!best || RANK[c.relation] < RANK[best.relation] || (c.relation === best.relation && c.edits < best.edits)) {
      best = { ...c, index };
      tie = false;
    } else if (c.relation === best.relation && c.edits === best.edits) tie = true;
  });
  return tie ? null : best;
}
