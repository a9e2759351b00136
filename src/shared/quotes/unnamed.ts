// People a story describes but never names: "A senior figure at a rival
// firm, who asked not to be named, …", "One patient was less impressed."
// Such a phrase opening a sentence makes somebody new, who goes into the
// story's table of people (people.ts) as its subject: "she said" next means
// them, not the last person named. Only with evidence that the phrase is a
// person: "who" after it, a count ("one", "another") picking a member of a
// group, or a word for somebody a reporter talks to.
import { CUE_VERBS, DOCUMENT_NOUNS, GENDERED, GROUP_NOUNS } from './lexicon';
import type { Mention } from './mentions';
import type { Token } from './tokens';

/** People a reporter quotes without a name, by what they are to the story. Not "man" or "woman": "A man was arrested" speaks for nobody. */
const SPEAKING_NOUNS = new Set(
  `member patient pupil student parent customer passenger shopper voter fan supporter local villager tenant commuter
  motorist diner guest visitor employee colleague figure insider relative mourner onlooker bystander eyewitness
  worshipper protester demonstrator resident neighbour neighbor witness nurse teacher doctor worker deckhand
  crewman volunteer trader owner landlord regular homeowner householder`.split(/\s+/u),
);

const DETERMINERS = new Set(['a', 'an', 'one', 'another']);
/** Words that end the phrase: the verb has begun. */
const VERB_START = new Set('was is were are has had have did does do would will could can may might must should who which whose'.split(' '));
/** Prepositions after the head: "a figure at a rival firm", "one resident of Mill Lane". */
const PLACE = new Set(['at', 'from', 'of', 'in', 'on', 'near', 'with', 'for', 'inside', 'outside']);

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

/**
 * The unnamed person whose phrase runs from token `from` (a/an/one/another)
 * to `to` (exclusive), as a role mention: its role is the phrase without the
 * article ("senior figure at a rival firm"), which is how a sub would tag the
 * speaker. Null when nothing says the phrase is a person (`speaking`: it is a cue's subject).
 */
export function unnamedPerson(tokens: readonly Token[], from: number, to: number, text: string, speaking = false): Mention | null {
  const head = unnamedHead(tokens, from, to, speaking);
  if (head < 0) return null;
  const headWord = tokens[head].lower;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  const role = text.slice(tokens[from + 1].start, end);
  const words = tokens.slice(from + 1, to).filter(isWord).map((t) => t.lower);
  return {
    kind: 'role',
    start,
    end,
    text: text.slice(start, end),
    role,
    roleHead: headWord,
    roleWords: words,
    gender: words.map((w) => GENDERED[w]).find(Boolean) ?? null,
    group: false,
    person: true,
    from,
    to,
  };
}

/**
 * The head noun's index of an unnamed person's phrase from `from` to `to`, or -1 when nothing says
 * it is a person. `speaking`: the phrase is the subject of a verb of speaking, evidence enough.
 */
export function unnamedHead(tokens: readonly Token[], from: number, to: number, speaking = false): number {
  const det = tokens[from]?.lower ?? '';
  if (!DETERMINERS.has(det) || to - from < 2) return -1;
  let head = -1;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k];
    if (!isWord(t)) return -1;
    if (PLACE.has(t.lower)) break;
    head = k;
  }
  if (head < 0) return -1;
  const headWord = tokens[head].lower;
  if (GROUP_NOUNS.has(headWord) || DOCUMENT_NOUNS.has(headWord) || !/^\p{Ll}/u.test(tokens[head].text)) return -1;
  const who = tokens[to]?.text === ',' ? tokens[to + 1]?.lower === 'who' : tokens[to]?.lower === 'who';
  if (!who && !speaking && det !== 'one' && det !== 'another' && !SPEAKING_NOUNS.has(headWord)) return -1;
  return head;
}

/**
 * The end (exclusive) of an unnamed person's phrase opening the sentence at
 * `from`, or -1: the phrase runs to its comma, "who", or its verb.
 */
export function unnamedPhraseEnd(tokens: readonly Token[], from: number): number {
  if (!DETERMINERS.has(tokens[from]?.lower ?? '')) return -1;
  const sentence = tokens[from].sentence;
  for (let k = from + 1; k < tokens.length && k < from + 12; k++) {
    const t = tokens[k];
    if (t.sentence !== sentence || t.kind === 'quote') return -1;
    if (t.text === ',' || VERB_START.has(t.lower) || CUE_VERBS.has(t.lower)) return k > from + 1 ? k : -1;
    if (!isWord(t)) return -1;
    // A past or present tense after the phrase ("One patient complained"): the verb has begun.
    if (k > from + 1 && /^\p{Ll}+(?:ed|es)$/u.test(t.text) && !/^\p{Ll}+(?:er|or|ist|ian|ent|ant)s?$/u.test(t.text) && !PLACE.has(tokens[k - 1].lower)) return k;
  }
  return -1;
}
