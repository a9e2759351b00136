// Definite descriptions that stand for somebody the story has introduced:
// "the 24-year-old" for "Dele Amadi, 24,", "the Brazilian" for "Brazilian
// midfielder Caio Ramos", "the Spaniard" for "Spanish defender Iker Lasa".
// Sports and wire copy use them as later references. The description is
// matched against what the story's table of people (people.ts) knows: the
// one person with that age or nationality. Two such people, or none: no one.
import type { Mention } from './mentions';
import type { Token } from './tokens';

/** What a description says of its person. */
export interface Description {
  age?: number;
  /** The nationality adjective, lower case: "brazilian", "spanish". */
  nationality?: string;
  /** A club or body the person is known by, folded: "the former Celtic man" → "celtic". */
  linkedTo?: string;
}

/** Heads of "the former Celtic man": a person known by a club or body, not by a role the story gave. */
const LINKED_HEADS = new Set(['man', 'woman', 'player', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'forward', 'manager', 'coach']);

/**
 * The end of "the former Celtic man" (or "the ex-Hibs striker") starting at `from`, and the club
 * word; null when the words are not that.
 */
export function linkedDescription(tokens: readonly Token[], from: number): { end: number; linkedTo: string } | null {
  if (tokens[from]?.lower !== 'the') return null;
  let k = from + 1;
  if (tokens[k]?.lower === 'former' || tokens[k]?.lower === 'ex') k++;
  const club: string[] = [];
  while (k < tokens.length && tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text) && club.length < 3) club.push(tokens[k++].lower);
  if (!club.length || k === from + 1 + club.length || !LINKED_HEADS.has(tokens[k]?.lower ?? '')) return null;
  return { end: k + 1, linkedTo: club[club.length - 1] };
}

const AGE = /^(\d{1,3})-year-old$/u;
/** Nouns for a nationality whose adjective is another word: "the Spaniard" is Spanish. */
const DEMONYMS: Record<string, string> = {
  spaniard: 'spanish', dane: 'danish', swede: 'swedish', scot: 'scottish', frenchman: 'french', frenchwoman: 'french',
  dutchman: 'dutch', englishman: 'english', welshman: 'welsh', irishman: 'irish', pole: 'polish', finn: 'finnish',
  turk: 'turkish', swiss: 'swiss', greek: 'greek', czech: 'czech', thai: 'thai', argentine: 'argentine', briton: 'british',
};
/** Adjectives of nationality, by their endings: Brazilian, Portuguese, Kenyan, Iraqi (not "-ic": "the Republic", "the Atlantic"). */
const NATIONAL = /^\p{Lu}\p{Ll}+(?:ian|ese|an|ish|i)$/u;

/** The description a phrase of "the" and one word gives, or null. */
export function describedBy(tokens: readonly Token[], from: number, to: number): Description | null {
  const linked = linkedDescription(tokens, from);
  if (linked && linked.end === to) return { linkedTo: linked.linkedTo };
  const at = tokens[from]?.lower === 'the' ? from + 1 : tokens[from - 1]?.lower === 'the' ? from : -1;
  if (at < 0 || to !== at + 1) return null;
  const word = tokens[at];
  if (word.kind !== 'word') return null;
  const age = AGE.exec(word.lower);
  if (age) return { age: Number(age[1]) };
  const demonym = DEMONYMS[word.lower];
  if (demonym && /^\p{Lu}/u.test(word.text)) return { nationality: demonym };
  if (NATIONAL.test(word.text)) return { nationality: word.lower };
  return null;
}

/** The end of "the 24-year-old" starting at `from`, for a cue's subject; -1 when the words are not that. */
export function ageDescriptionEnd(tokens: readonly Token[], from: number): number {
  return tokens[from]?.lower === 'the' && AGE.test(tokens[from + 1]?.lower ?? '') ? from + 2 : -1;
}

/** A mention for a description the phrase parser had no reading of ("the 24-year-old"). */
export function descriptionMention(tokens: readonly Token[], from: number, to: number, text: string): Mention {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { kind: 'role', start, end, text: text.slice(start, end), role: undefined, person: true, group: false, from, to };
}
