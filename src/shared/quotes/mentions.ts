// Who the text names, and how: a full name with its title or role ("Chinese
// Foreign Ministry spokeswoman Hua Chunying", "COMMUNIST PARTY OF PAKISTAN
// general secretary Imdad Qazi"), a later reference ("Mr Qazi", "Qazi"), a
// pronoun, or a role alone ("the judge", "a spokesman for the ministry").
// These are the phrases; deciding which person each one is happens in
// attribute.ts.
import type { Description } from './descriptions';
import { fold } from '../article/fold';
import { POST_NOMINALS } from '../names';
import {
  GENDERED,
  GROUP_NOUNS,
  HONORIFICS,
  NAME_PARTICLES,
  newspaperByFirstWord,
  NOT_NAMES,
  ORG_WORDS,
  PRONOUNS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  ROLE_SYNONYMS,
  SMALL_WORDS,
  TITLES,
  CUE_VERBS,
  CUE_FILLERS,
} from './lexicon';
import { keptBy } from './memo';
import { isAllCaps, isCapitalised, isPossessive, stripPossessive, type Token } from './tokens';

/** A name word folded (see fold), kept: a story names the same people over and over. */
const foldWord = keptBy(fold);

export type Gender = 'he' | 'she' | 'they';

export interface Mention {
  kind: 'pronoun' | 'name' | 'role';
  /** UTF-16 offsets of the phrase in its paragraph. */
  start: number;
  end: number;
  /** The reference as written: "Mr Qazi", "he", "the judge". */
  text: string;
  pronoun?: Gender;
  /** For a name: the name without title or honorific, capitals of an ALL-CAPS intro folded ("Imdad Qazi"). */
  name?: string;
  /** Name words folded (accents, case, apostrophe styles), for matching later references and the directory. */
  nameTokens?: string[];
  honorific?: string;
  /** A judge's or peer's style, which a sub keeps with the name: "Lady Justice", "Mr Justice", "Judge", "Lord" (of "Lord Reed"). */
  style?: string;
  /** The role as the text gives it, ready for a directory: "general secretary, Communist Party of Pakistan". */
  role?: string;
  /** The head role noun, synonyms folded ("boss" → "manager"): lets "the Northfield manager" find its person. */
  roleHead?: string;
  /** Lower-case words of the role, for telling two managers apart. */
  roleWords?: string[];
  gender?: Gender | null;
  /** An organisation or body: takes "they"/"it", never "he"/"she". */
  group?: boolean;
  /** Something in the text says this is a person: an honorific, a title, a role, an age, "who". */
  person?: boolean;
  /** A lone capitalised role word opening a sentence ("Coroner warns …"): the role reading, for when nobody has that name. */
  asRole?: Mention;
  /** A description standing for somebody introduced before: "the 24-year-old", "the Brazilian" (descriptions.ts). */
  describes?: Description;
  /** Token range of the phrase (for the rules that need to look around it). */
  from: number;
  to: number;
}

/**
 * The same mention with every field in one fixed order (absent ones undefined). Mentions are built in
 * a dozen places with their fields in different orders, and the engine gives each order its own shape;
 * the rules that read every mention of a story then see so many shapes that their compiled code is
 * thrown away and rebuilt several times in a story's first runs. One shape reads the same everywhere.
 */
export function settled(m: Mention): Mention {
  return {
    kind: m.kind,
    start: m.start,
    end: m.end,
    text: m.text,
    pronoun: m.pronoun,
    name: m.name,
    nameTokens: m.nameTokens,
    honorific: m.honorific,
    style: m.style,
    role: m.role,
    roleHead: m.roleHead,
    roleWords: m.roleWords,
    gender: m.gender,
    group: m.group,
    person: m.person,
    asRole: m.asRole ? settled(m.asRole) : undefined,
    describes: m.describes,
    from: m.from,
    to: m.to,
  };
}

/** Institution words that are also common surnames: "Kim Park", "Steve Hall", "Dr Anna Lane". */
const SURNAME_LIKE = new Set(['Park', 'Hall', 'Lane', 'Street', 'Bridge', 'Church', 'House', 'Court', 'Way', 'Marsh', 'Field', 'Banks', 'Temple', 'Cross', 'Rose', 'Post', 'Press', 'Major', 'Square', 'Town', 'Pierce']);

/**
 * Whether the institution word at `k` is a surname here: the run's last word,
 * after an honorific or a title ("Dr. Kim Park"), or after exactly one given
 * name that is no institution word itself ("Steve Hall", but "Town Hall").
 */
function surnameHere(tokens: readonly Token[], k: number, to: number, honorific: string | undefined): boolean {
  const w = stripPossessive(tokens[k].text);
  if (k !== to - 1 || !SURNAME_LIKE.has(w)) return false;
  if (honorific) return true;
  const given = tokens[k - 1];
  const before = tokens[k - 2];
  return isWord(given) && isCapitalised(given.text) && !ORG_WORDS.has(given.text) && !NOT_NAMES.has(given.text) && !isTitle(given.text) && !(isWord(before) && isCapitalised(before.text));
}

/** Endings of job words ("hydrologist", "physician", "photographer"), for a sentence-initial capital. */
const JOB_SUFFIX = /^\p{Lu}\p{Ll}+(?:ologist|ist|ician|grapher|nomist|master|mistress|keeper|worker|wright)$/u;
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);
const CONNECTORS = new Set(['of', 'for', 'and', '&']);
const PREPOSITIONS = new Set(['for', 'at', 'of', 'with', 'from', 'to']);
/** Lower-case words that never sit inside a name or role phrase. */
const LOWER_STOP = new Set(
  `and or but that which who whom whose when while if as than then so not no is was were are be been being has have had
  will would could can should may might must do does did to in on at by with from into onto over after before since
  during about against between through it this these those there here what how why also just only even still`.split(/\s+/),
);

const lower = (t: Token | undefined): string => (t ? t.lower : '');
const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const bareLower = (t: Token | undefined): string => stripPossessive(lower(t));

export const roleNoun = (w: string): boolean => ROLE_NOUNS.has(w) || ROLE_NOUNS.has(w.replace(/s$/u, ''));
const roleish = (w: string): boolean => roleNoun(w) || ROLE_MODIFIERS.has(w);
const titleKey = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w).toLowerCase();
/** Whether a word is a title / an honorific, kept per word: the rules ask about every capitalised word many times. */
const titleSeen = new Map<string, boolean>();
const honorificSeen = new Map<string, boolean>();
export const isTitle = (w: string): boolean => {
  let known = titleSeen.get(w);
  if (known === undefined) {
    known = Object.hasOwn(TITLES, titleKey(w));
    if (titleSeen.size > 5000) titleSeen.clear();
    titleSeen.set(w, known);
  }
  return known;
};
export const isHonorific = (w: string): boolean => {
  let known = honorificSeen.get(w);
  if (known === undefined) {
    known = Object.hasOwn(HONORIFICS, titleKey(w));
    if (honorificSeen.size > 5000) honorificSeen.clear();
    honorificSeen.set(w, known);
  }
  return known;
};
/** Whether a lower-case role phrase and a comma end just before `from`: "his former football coach, …". */
function isRolePhraseBefore(tokens: readonly Token[], from: number): boolean {
  const comma = tokens[from - 1];
  const word = tokens[from - 2];
  return comma?.text === ',' && isWord(word) && /^\p{Ll}/u.test(word.text) && roleNoun(word.lower);
}
/** "a taxi driver called Imran": a name given to a person's role. */
function namedAfterRole(tokens: readonly Token[], from: number): boolean {
  if (!/^(?:called|named)$/u.test(lower(tokens[from - 1]))) return false;
  const role = tokens[from - 2];
  return isWord(role) && /^\p{Ll}/u.test(role.text) && roleNoun(role.lower) && !GROUP_NOUNS.has(role.lower);
}
/** A role written as capitals ("MP", "MEP", "CEO"): a role even at the end of a run, never a name ("the Swindon South MP"). */
export const isRoleAbbreviation = (w: string): boolean => w.length <= 4 && isAllCaps(w) && roleNoun(w.toLowerCase());
const isNameWord = (t: Token | undefined): boolean => isWord(t) && isCapitalised(t.text);

/** Role nouns normalised so synonyms meet: "boss" and "manager", "spokesman" and "spokeswoman". */
export const roleKey = (w: string): string => {
  const s = w.toLowerCase();
  const single = ROLE_NOUNS.has(s) ? s : s.replace(/s$/u, '');
  return ROLE_SYNONYMS[single] ?? single;
};

/** Fold an ALL-CAPS intro word: "COMMUNIST" → "Communist", "OF" → "of"; short acronyms (US, BBC) stay. */
export function foldCaps(word: string, first: boolean): string {
  if (!isAllCaps(word)) return word;
  const low = word.toLowerCase();
  if (SMALL_WORDS.has(low) && !first) return low;
  if (word.length < 4) return word;
  return word
    .split(/([\-’'])/u)
    .map((part) => (/[\p{L}]/u.test(part) ? part[0] + part.slice(1).toLowerCase() : part))
    .join('');
}

/**
 * Start (token index) of the noun phrase that ends just before `end`: names,
 * titles, roles and their modifiers, "of" between capitals ("Bank of
 * England"), a prepositional phrase after a role ("spokesperson for the
 * Department"), and one determiner at the left. Stops at `floor`.
 */
export function npBefore(tokens: readonly Token[], end: number, floor = 0): number {
  let i = end - 1;
  let start = end;
  let sawHead = false;
  let unknownLower = 0;
  while (i >= floor) {
    const t = tokens[i];
    const right = tokens[i + 1];
    const w = t.text;
    const low = w.toLowerCase();
    if (t.kind === 'punct') {
      // "Sen. Tom Barrett", "J. Robert Oppenheimer": the stop after a title or an initial.
      const left = tokens[i - 1];
      if (w === '.' && start < end && isNameWord(right) && isWord(left) && (isTitle(left.text) || isHonorific(left.text) || /^\p{Lu}$/u.test(left.text))) {
        start = i;
        i--;
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    if (DETERMINERS.has(low)) {
      if (start === end) break;
      start = i;
      // "a spokesman for the ministry": carry on over the preposition to the role.
      const prep = tokens[i - 1];
      const head = tokens[i - 2];
      // "the Superintendency of the Environment": "of the" inside an institution's name, after its institution word.
      const inName = low === 'the' && isNameWord(right) && CONNECTORS.has(lower(prep)) && isNameWord(head) && ORG_WORDS.has(stripPossessive(head.text));
      if (isWord(prep) && PREPOSITIONS.has(prep.text.toLowerCase()) && i - 2 >= floor && isWord(head) && (roleNoun(bareLower(head)) || inName)) {
        i -= 2;
        start = i;
        sawHead = true;
        i--;
        continue;
      }
      break;
    }
    if (isCapitalised(w) && !(CUE_VERBS.has(low) && (i === 0 || tokens[i - 1].sentence !== t.sentence))) {
      if (NOT_NAMES.has(w) && !isTitle(w) && !isHonorific(w) && !closesName(tokens, i)) break;
      start = i;
      sawHead = true;
      i--;
      continue;
    }
    // "Banco de la Nación", "Ramón de la Cruz": particles in a row before the name word.
    if (NAME_PARTICLES.has(low) && (isNameWord(right) || (start === i + 1 && NAME_PARTICLES.has(lower(right))))) {
      start = i;
      i--;
      continue;
    }
    if (CONNECTORS.has(low) && isNameWord(right) && isNameWord(tokens[i - 1]) && !twoPeople(tokens, i)) {
      start = i;
      i--;
      continue;
    }
    if (PREPOSITIONS.has(low) && start < end && isWord(tokens[i - 1]) && roleNoun(bareLower(tokens[i - 1])) && isNameWord(right)) {
      start = i;
      i--;
      continue;
    }
    if (roleish(stripPossessive(low))) {
      start = i;
      sawHead = true;
      i--;
      continue;
    }
    // "tech industry group", "Scotland’s chief medical officer": a word or two of description before a role.
    if (sawHead && start < end && !LOWER_STOP.has(low) && !CUE_VERBS.has(low) && unknownLower < 2 && /^\p{Ll}/u.test(w) && roleish(bareLower(tokens[start]))) {
      unknownLower++;
      start = i;
      i--;
      continue;
    }
    // "Wales’s natural resources body", "Cambodia’s water resources ministry": the owner's possessive takes in every word up to the role.
    if (sawHead && start < end && /^\p{Ll}/u.test(w) && !LOWER_STOP.has(low) && !CUE_VERBS.has(low)) {
      let k = i;
      while (k > i - 3 && k >= floor && isWord(tokens[k]) && /^\p{Ll}/u.test(tokens[k].text) && !LOWER_STOP.has(tokens[k].lower) && !DETERMINERS.has(tokens[k].lower)) k--;
      const owner = tokens[k];
      if (k >= floor && k < i + 1 && isWord(owner) && isCapitalised(owner.text) && isPossessive(owner.text) && roleNoun(bareLower(tokens[end - 1]))) {
        start = k;
        i = k - 1;
        continue;
      }
    }
    break;
  }
  return start;
}

/** End (exclusive token index) of the noun phrase that starts at `from`: the mirror of npBefore, used after "said" and "according to". */
export function npAfter(tokens: readonly Token[], from: number, ceiling = tokens.length): number {
  let i = from;
  let end = from;
  if (isWord(tokens[i]) && DETERMINERS.has(lower(tokens[i]))) i++;
  let sawRole = false;
  while (i < ceiling) {
    const t = tokens[i];
    const low = t.lower;
    if (t.kind === 'punct') {
      if (t.text === '.' && end > from && isWord(tokens[i - 1]) && (isTitle(tokens[i - 1].text) || isHonorific(tokens[i - 1].text) || /^\p{Lu}$/u.test(tokens[i - 1].text)) && isNameWord(tokens[i + 1])) {
        i++;
        continue;
      }
      break;
    }
    if (t.kind !== 'word') break;
    if (isCapitalised(t.text) && !(NOT_NAMES.has(t.text) && !isTitle(t.text) && !isHonorific(t.text) && !closesName(tokens, i))) {
      i++;
      end = i;
      continue;
    }
    if ((NAME_PARTICLES.has(low) || CONNECTORS.has(low)) && end > from && isNameWord(tokens[i - 1]) && isNameWord(tokens[i + 1]) && !twoPeople(tokens, i)) {
      i++;
      continue;
    }
    // "Banco de la Nación", "Superintendency of the Environment": two particles, or "of the" after an institution word, then a name word.
    if (end > from && i === end && isNameWord(tokens[i - 1]) && isNameWord(tokens[i + 2]) && isWord(tokens[i + 1]) && ((NAME_PARTICLES.has(low) && NAME_PARTICLES.has(lower(tokens[i + 1]))) || (CONNECTORS.has(low) && lower(tokens[i + 1]) === 'the' && ORG_WORDS.has(stripPossessive(tokens[i - 1].text))))) {
      i += 2;
      continue;
    }
    // "Ravi Patel chairs the committee": a plural role word straight after a name is its verb.
    if (end > from && i === end && /s$/u.test(low) && !ROLE_NOUNS.has(low) && roleNoun(low) && isNameWord(tokens[i - 1])) break;
    if (roleish(stripPossessive(low)) || (isPossessive(t.text) && i === from + (end === from ? 0 : 0))) {
      sawRole = sawRole || roleNoun(stripPossessive(low));
      i++;
      end = i;
      continue;
    }
    // "a spokesman for the ministry", "chief economist at Peel Hunt".
    if (PREPOSITIONS.has(low) && sawRole && end > from) {
      let j = i + 1;
      if (isWord(tokens[j]) && DETERMINERS.has(lower(tokens[j]))) j++;
      const stop = npAfter(tokens, j, ceiling);
      if (stop > j) {
        i = stop;
        end = stop;
        continue;
      }
      break;
    }
    // Description before a role: "the tech industry group", "the association’s chief executive".
    if (/^\p{Ll}/u.test(t.text) && !LOWER_STOP.has(low) && !CUE_VERBS.has(low) && isWord(tokens[i + 1]) && roleish(bareLower(tokens[i + 1]))) {
      i++;
      continue;
    }
    // "said coxswain Ewan Ross": one job word the lexicon lacks, then the name it stands before.
    if (end === from && i === from && /^\p{Ll}+$/u.test(t.text) && !LOWER_STOP.has(low) && !CUE_VERBS.has(low) && !CUE_FILLERS.has(low) && isNameWord(tokens[i + 1]) && !NOT_NAMES.has(tokens[i + 1].text) && isNameWord(tokens[i + 2])) {
      i++;
      continue;
    }
    break;
  }
  // "Rosa Lind’s second record": a modifier ("second", "former") with no role after it is not part of the phrase.
  while (end > from && isWord(tokens[end - 1]) && /^\p{Ll}/u.test(tokens[end - 1].text) && ROLE_MODIFIERS.has(bareLower(tokens[end - 1])) && !roleNoun(bareLower(tokens[end - 1]))) end--;
  return end;
}

/**
 * "Mr Marsh and Dr Varley": an "and" with an honorific after it joins two people, never one name
 * ("Marks and Spencer", "Fire and Rescue Service" have none).
 */
function twoPeople(tokens: readonly Token[], i: number): boolean {
  const right = tokens[i + 1];
  return (tokens[i].lower === 'and' || tokens[i].text === '&') && isWord(right) && isHonorific(right.text);
}

/** Common words that end an organisation's name ("Mediation Now", "Carers Together"): after a capital mid-sentence they are the name's. */
const NAME_TAILS = new Set(['Now', 'Together', 'Forward']);
/** The word at `i` ends a name: a name tail after a capitalised word that does not open the sentence. */
export function closesName(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return NAME_TAILS.has(tokens[i].text) && isNameWord(prev) && !NOT_NAMES.has(prev!.text) && tokens[i].sentenceFrom < i - 1;
}

/** The word at `k` is a possessive followed by two or three plain capitalised words that end the phrase: a person's name, which it owns. */
function ownerBefore(tokens: readonly Token[], k: number, to: number): boolean {
  if (!isPossessive(tokens[k].text) || to - k - 1 < 2 || to - k - 1 > 3) return false;
  for (let j = k + 1; j < to; j++) {
    const t = tokens[j];
    if (!isNameWord(t) || ORG_WORDS.has(stripPossessive(t.text)) || NOT_NAMES.has(t.text) || isTitle(t.text) || isHonorific(t.text) || (roleNoun(t.lower) && !GIVEN_NAME_ROLES.has(t.text))) return false;
  }
  return true;
}

/** Role words that are as often a given name; before a capitalised surname ending the phrase they are the name ("Reform UK's Dean Cottam"): the newsroom's convention. */
const GIVEN_NAME_ROLES = new Set(['Dean']);

/** Where a phrase is: offsets, its text, its tokens. */
interface Span {
  start: number;
  end: number;
  text: string;
  from: number;
  to: number;
}

export interface ParseContext {
  /** The paragraph opens with an ALL-CAPS lead-in: fold its capitals. */
  capsLead: boolean;
  /** Index of the first token of the sentence: a capitalised role word there is just sentence case. */
  sentenceStart: number;
}

/**
 * Read one phrase (tokens [from, to)) as a mention. The name is the run of
 * capitalised words at its end after the last title, honorific, role word or
 * institution word; whatever stands before the name is its role.
 */
export function parseNP(tokens: readonly Token[], from: number, to: number, text: string, ctx: ParseContext): Mention | null {
  if (to <= from) return null;
  const first = tokens[from];
  const last = tokens[to - 1];
  const span: Span = { start: first.start, end: last.end, text: text.slice(first.start, last.end), from, to };
  if (to - from === 1 && isWord(first) && PRONOUNS[first.text.toLowerCase()]) {
    return { kind: 'pronoun', pronoun: PRONOUNS[first.text.toLowerCase()], gender: PRONOUNS[first.text.toLowerCase()], ...span };
  }
  // "it" as a cue's subject (cues.ts allows no other): a body, found like "they" among bodies only.
  if (to - from === 1 && isWord(first) && first.text.toLowerCase() === 'it') return { kind: 'pronoun', pronoun: 'they', gender: 'they', group: true, ...span };
  // "Rachel Ferris QC", "Jane Hill MP": letters after a name are no part of it; they are the role when there is no other.
  if (to - from >= 3 && isWord(last) && isAllCaps(last.text) && POST_NOMINALS.has(last.lower) && isNameWord(tokens[to - 2]) && !isAllCaps(tokens[to - 2].text)) {
    const m = parseNP(tokens, from, to - 1, text, ctx);
    if (m && m.kind === 'name' && !m.group) return { ...m, ...span, role: m.role ?? last.text, person: true };
  }
  let i = from;
  if (isWord(tokens[i]) && DETERMINERS.has(lower(tokens[i]))) i++;
  if (i >= to) return null;
  const served = roleServing(tokens, i, to, span);
  if (served) return served;
  // The trailing run of capitals (with particles and initials).
  let runStart = trailingRun(tokens, i, to);
  // "Hydrologist Claire Moreau": a job written with a capital only because it starts the sentence.
  if (runStart === ctx.sentenceStart && to - runStart >= 3 && isWord(tokens[runStart]) && JOB_SUFFIX.test(tokens[runStart].text) && !isAllCaps(tokens[runStart].text)) runStart++;
  // "His coach, Dean Ashworth,": the comma phrase before already gave the role, so a role word opening a two-word run is a given name.
  const givenNameAt = to - runStart === 2 && isRolePhraseBefore(tokens, from) ? runStart : -1;
  // Within the run, the name begins after the last title, honorific, role or institution word.
  let nameStart = runStart;
  let honorific: string | undefined;
  let title: string | undefined;
  let orgInRun = false;
  let styleStart = -1;
  const runEnd = personOfBody(tokens, runStart, to);
  for (let k = runStart; k < runEnd; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    const w = stripPossessive(t.text);
    const low = w.toLowerCase();
    if (isHonorific(w)) {
      honorific = w;
      title = undefined;
      nameStart = k + 1;
      styleStart = PEER_STYLES.has(low) ? k : -1;
    } else if (ownerBefore(tokens, k, to)) {
      // "Reform UK’s Dean Cottam", "Unity UK’s Dean Ollerton": the possessive is the owner; the person's name starts after it.
      nameStart = k + 1;
    } else if (isTitle(w) && !NAME_PARTICLES.has(w) && k < to - 1) {
      title = TITLES[titleKey(w)];
      // "Mr Justice Fordham", "Lady Justice Carr", "District Judge Sarah Hall": the judge's whole style.
      if (JUDICIAL_STYLES.has(low)) {
        const prev = tokens[k - 1];
        styleStart = k > runStart && isWord(prev) && (isHonorific(prev.text) || JUDICIAL_GRADES.has(prev.text)) ? k - 1 : k;
      } else styleStart = -1;
      honorific = undefined;
      nameStart = k + 1;
    } else if ((ORG_WORDS.has(w) && !surnameHere(tokens, k, to, honorific ?? title)) || (roleNoun(low) && !NAME_PARTICLES.has(w) && (k < to - 1 || isRoleAbbreviation(w)) && !NOT_NAMES.has(w) && k !== givenNameAt && !(GIVEN_NAME_ROLES.has(w) && k === to - 2 && isNameWord(tokens[k + 1])))) {
      orgInRun = orgInRun || ORG_WORDS.has(w);
      nameStart = k + 1;
    }
  }
  while (nameStart < to && tokens[nameStart].kind === 'punct') nameStart++;
  // "Stroke Association UK", "Police Scotland": a country or "International" after an institution word is the body's branch, not a person.
  if (orgInRun && !honorific && !title && nameStart < to && tokens.slice(nameStart, to).every((t) => !isWord(t) || BRANCH_WORDS.has(stripPossessive(t.text)))) nameStart = to;
  // "Bank of England", "Department for Culture": an institution word followed by "of" names the whole run.
  if (nameStart < to && nameStart > runStart && CONNECTORS.has(lower(tokens[nameStart]))) {
    nameStart = to;
    orgInRun = true;
  }
  // "Gov. Laura Whitman of Michigan": a person's name ends at "of"; what follows is where they are from.
  let nameEnd = to;
  for (let k = nameStart + 1; k < to; k++) {
    if (isWord(tokens[k]) && CONNECTORS.has(lower(tokens[k]))) {
      if (!tokens.slice(nameStart, k).some((t) => ORG_WORDS.has(stripPossessive(t.text)))) nameEnd = k;
      break;
    }
  }
  const nameTokens = tokens.slice(nameStart, nameEnd).filter(isWord);
  const pre = tokens.slice(i, nameStart).filter(isWord);
  const preWords = pre.filter((t) => !isHonorific(t.text));
  const gender = genderOf(honorific, [...preWords.map((t) => bareLower(t))]);

  // "the Daily Record", "the Sunday Post": a newspaper's name, not a person's.
  if (!honorific && !title && nameStart === runStart && newspaperByFirstWord(nameTokens.map((t) => stripPossessive(t.text)))) return institution(tokens, runStart, to, text, ctx, span);
  if (nameTokens.length && NOT_NAMES.has(nameTokens[0].text) && nameTokens.length === 1) return null;
  if (nameTokens.length) {
    // Capitals are folded only in an ALL-CAPS lead-in: elsewhere "KCNA" and "SONEDE" are written as the body spells them.
    // Only the last word's possessive is the phrase's ("Mr Qazi's"); one inside is the name's own ("the TaxPayers' Alliance").
    const bare = (t: Token, n: number, all: readonly Token[]): string => (n === all.length - 1 ? stripPossessive(t.text) : t.text);
    const names = nameTokens.map((t, n) => (ctx.capsLead ? foldCaps(bare(t, n, nameTokens), n === 0) : bare(t, n, nameTokens)));
    // A peer's style goes with a single name ("Lord Reed"), not a given name and surname ("Lord Sebastian Coe" is filed as Sebastian Coe).
    const styleWords = styleStart >= 0 ? tokens.slice(styleStart, nameStart).filter(isWord) : [];
    // So is a judge's ("Judge Martin Hale" is filed as Martin Hale; "Mr Justice Fordham", with no given name, keeps it).
    const style = styleWords.length && names.length === 1 ? styleWords.map((t) => (ctx.capsLead ? foldCaps(t.text, false) : t.text)).join(' ') : undefined;
    const origin = nameEnd < to ? text.slice(tokens[nameEnd + 1]?.start ?? last.end, last.end) : '';
    const baseRole = roleFrom(preWords, tokens, ctx, title);
    const role = origin && baseRole ? `${baseRole}, ${origin}` : baseRole;
    const head = roleHeadOf(preWords);
    // "Coroner warns of …", "Judge criticises …": a headline's role word, capitalised only because it opens the sentence.
    const lone = nameTokens.length === 1 && !honorific && !title && to - i === 1 && tokens[i].start === tokens[ctx.sentenceStart]?.start ? nameTokens[0].text.toLowerCase() : '';
    // "the Speaker", "the Deputy Speaker": after "the", a title with no name is the office, whole, never "Speaker" as a name.
    if (!lone && i > from && nameTokens.length === 1 && !honorific && isTitle(nameTokens[0].text) && tokens.slice(i, to).filter(isWord).every((t) => isTitle(t.text) || roleNoun(bareLower(t)) || ROLE_MODIFIERS.has(bareLower(t)))) {
      const officeWords = tokens.slice(i, to).filter(isWord).map((t) => bareLower(t));
      const office = stripPossessive(text.slice(tokens[i].start, last.end));
      return { kind: 'role', ...span, role: office, roleHead: roleKey(officeWords[officeWords.length - 1]), roleWords: officeWords, gender: genderOf(undefined, officeWords), group: false, person: true };
    }
    const asRole: Mention | undefined =
      lone && (roleNoun(lone) || isTitle(lone)) && !GROUP_NOUNS.has(lone)
        ? { kind: 'role', ...span, role: lone, roleHead: roleKey(lone), roleWords: [lone], gender: pluralRole(lone) ? 'they' : genderOf(undefined, [lone]), group: pluralRole(lone), person: !pluralRole(lone) }
        : undefined;
    return {
      asRole,
      kind: 'name',
      ...span,
      name: names.join(' '),
      nameTokens: names.map(foldWord),
      honorific,
      style,
      role: role || undefined,
      roleHead: head,
      roleWords: preWords.map((t) => bareLower(t)),
      gender,
      // "the Unity Party’s Dean Ollerton": a body's possessive before a name says the body has him; he is not the body.
      group: !honorific && !title && (head ? GROUP_NOUNS.has(head) : false) && !(names.length >= 2 && pre.length > 0 && isPossessive(pre[pre.length - 1].text)),
      person: !!honorific || !!title || (!!head && !GROUP_NOUNS.has(head)) || namedAfterRole(tokens, from),
    };
  }
  if (runStart < to && orgInRun) return institution(tokens, runStart, to, text, ctx, span);
  return roleAlone(tokens, i, to, text, ctx, span);
}

/** "a spokesperson for the Department for Culture, Media and Sport": a role and whom it serves, not a name (parseNP's first reading). */
function roleServing(tokens: readonly Token[], i: number, to: number, span: Span): Mention | null {
  for (let k = i; k < Math.min(to - 1, i + 4); k++) {
    const t = tokens[k];
    if (!isWord(t) || !/^\p{Ll}/u.test(t.text)) break;
    if (roleNoun(t.text) && PREPOSITIONS.has(lower(tokens[k + 1])) && k + 2 < to) {
      const words = tokens.slice(i, to).filter(isWord).map((x) => bareLower(x));
      const head = roleKey(t.text);
      return {
        kind: 'role',
        ...span,
        role: stripArticle(span.text),
        roleHead: head,
        roleWords: words,
        gender: genderOf(undefined, words),
        group: GROUP_NOUNS.has(t.text.toLowerCase()),
        person: !GROUP_NOUNS.has(t.text.toLowerCase()),
      };
    }
  }
  return null;
}

/** Start of the trailing run of capitals in tokens [i, to), with particles, initials and the commas of an institution's name. */
function trailingRun(tokens: readonly Token[], i: number, to: number): number {
  let runStart = to;
  for (let k = to - 1; k >= i; k--) {
    const t = tokens[k];
    const low = lower(t);
    if (isWord(t) && isCapitalised(t.text)) runStart = k;
    else if (t.kind === 'punct' && t.text === '.') runStart = k;
    // "Ministry of Housing, Communities and Local Government": a comma inside an institution's name after "of"/"for".
    else if (t.text === ',' && k > i && isNameWord(tokens[k - 1]) && isNameWord(tokens[k + 1]) && tokens.slice(i, k).some((x) => lower(x) === 'of' || lower(x) === 'for') && tokens.slice(i, k).some((x) => ORG_WORDS.has(x.text))) runStart = k;
    else if (isWord(t) && (NAME_PARTICLES.has(low) || CONNECTORS.has(low)) && k > i && isWord(tokens[k - 1]) && isCapitalised(tokens[k - 1].text)) runStart = k;
    // "Ramón de la Cruz", "de la Cruz said", "Mr van der Berg": particles in a row, or opening the phrase, before the surname.
    else if (isWord(t) && NAME_PARTICLES.has(low) && runStart === k + 1 && (k === i || (isWord(tokens[k - 1]) && NAME_PARTICLES.has(lower(tokens[k - 1]))))) runStart = k;
    // "Superintendency of the Environment": "the" after "of"/"for" inside an institution's name.
    else if (isWord(t) && low === 'the' && k - 1 > i && CONNECTORS.has(lower(tokens[k - 1])) && isWord(tokens[k - 2]) && ORG_WORDS.has(tokens[k - 2].text) && runStart === k + 1) runStart = k;
    else break;
  }
  return runStart;
}

/** "the Foreign Ministry", "Bank of England": an institution speaking (parseNP's reading of a run with an institution word in it). */
function institution(tokens: readonly Token[], runStart: number, to: number, text: string, ctx: ParseContext, span: Span): Mention {
  const last = tokens[to - 1];
  // "the Foreign Ministry", "Bank of England": an institution speaking.
  const words = tokens.slice(runStart, to).filter(isWord);
  const bare = (t: Token, n: number): string => (n === words.length - 1 ? stripPossessive(t.text) : t.text);
  const names = words.map((t, n) => (ctx.capsLead ? foldCaps(bare(t, n), n === 0) : bare(t, n)));
  const written = tokens.slice(runStart, to).some((t) => t.text === ',') && !ctx.capsLead ? stripPossessive(text.slice(tokens[runStart].start, last.end)) : names.join(' ');
  return { kind: 'name', ...span, name: written, nameTokens: names.map(foldWord), group: true, person: false, gender: 'they' };
}

/** A role alone: "the judge", "the Northfield manager", "a spokesperson for the Department" (parseNP's last reading). */
function roleAlone(tokens: readonly Token[], i: number, to: number, text: string, ctx: ParseContext, span: Span): Mention | null {
  const words = tokens.slice(i, to).filter(isWord);
  let headIndex = -1;
  for (let k = 0; k < words.length; k++) {
    const low = bareLower(words[k]);
    if (roleNoun(low) && !isPossessive(words[k].text)) {
      headIndex = k;
      if (k + 1 < words.length && PREPOSITIONS.has(lower(words[k + 1]))) break;
    }
  }
  if (headIndex < 0) {
    // A title used alone as a role: "the President".
    const t = words[words.length - 1];
    if (t && isTitle(t.text)) headIndex = words.length - 1;
    else return null;
  }
  const head = roleKey(bareLower(words[headIndex]));
  const descriptor = stripArticle(span.text);
  // "the state-run Anadolu news agency", "the Gulf Times newspaper": a body's own name inside the role phrase.
  if (GROUP_NOUNS.has(bareLower(words[headIndex]))) {
    const own = words.slice(0, headIndex).filter((t, n) => isCapitalised(t.text) && !NOT_NAMES.has(t.text) && !isNationality(t.text) && !(n === 0 && t.start === tokens[ctx.sentenceStart]?.start && roleish(t.text.toLowerCase())));
    // "Mr Walcott's family": an honorific says the capitals are the person whose family it is, not the body's name.
    if (own.length && !own.some((t) => isHonorific(t.text)) && own.every((t) => words.indexOf(t) === words.indexOf(own[0]) + own.indexOf(t))) {
      // "Kenya’s health ministry", "Leeds’s planning committee": the country or city owns the body, it is not its name; the body is the whole phrase.
      if (isPossessive(own[own.length - 1].text) && words.indexOf(own[own.length - 1]) < headIndex) {
        const from = own[0].start;
        const written = text.slice(from, words[words.length - 1].end);
        const name = stripPossessive(written);
        return { kind: 'name', ...span, name, nameTokens: name.split(/\s+/u).map(foldWord), role: undefined, roleHead: head, roleWords: words.map((t) => bareLower(t)), group: true, person: false, gender: 'they' };
      }
      const names = own.map((t) => stripPossessive(t.text));
      const role = words.filter((t) => !own.includes(t)).map((t) => t.text).join(' ');
      return { kind: 'name', ...span, name: names.join(' '), nameTokens: names.map(foldWord), role, roleHead: head, roleWords: words.map((t) => bareLower(t)), group: true, person: false, gender: 'they' };
    }
  }
  return {
    kind: 'role',
    ...span,
    role: descriptor,
    roleHead: head,
    roleWords: words.map((t) => bareLower(t)),
    gender: pluralRole(bareLower(words[headIndex])) ? 'they' : genderOf(undefined, words.map((t) => bareLower(t))),
    group: GROUP_NOUNS.has(bareLower(words[headIndex])) || GROUP_NOUNS.has(head) || pluralRole(bareLower(words[headIndex])),
    person: !GROUP_NOUNS.has(head) && !pluralRole(bareLower(words[headIndex])),
  };
}

/** "friends", "inspectors", "neighbours": a role in the plural is a group, which "they" refers to and "he" or "she" never does. */
const pluralRole = (w: string): boolean => w.length > 3 && w.endsWith('s') && !ROLE_NOUNS.has(w) && ROLE_NOUNS.has(w.slice(0, -1));

/** Words naming a body's national or international branch: "Stroke Association UK", "Police Scotland", "Oxfam GB". */
const BRANCH_WORDS = new Set(['UK', 'GB', 'US', 'USA', 'EU', 'International', 'Scotland', 'England', 'Wales', 'Cymru', 'Ireland', 'Europe', 'Global', 'Worldwide']);

/** Styles a sub keeps with a judge's name. */
const JUDICIAL_STYLES = new Set(['judge', 'justice', 'recorder', 'sheriff']);
/**
 * "Carl Denby of Northvale Fire and Rescue Service": two or more plain capitals, then "of" and an
 * institution. The person ends at "of"; the body after it is where they work, not their name.
 * Returns where the run's name words stop (`to` when the run is not of that shape: "Bank of England").
 */
function personOfBody(tokens: readonly Token[], runStart: number, to: number): number {
  let ofAt = -1;
  for (let k = runStart + 1; k < to; k++) if (isWord(tokens[k]) && lower(tokens[k]) === 'of') { ofAt = k; break; }
  if (ofAt < 0) return to;
  const before = tokens.slice(runStart, ofAt).filter(isWord).map((t) => stripPossessive(t.text));
  const plain = before.filter((w) => !isHonorific(w) && !isTitle(w));
  if (plain.length < 2) return to;
  const tail = plain.slice(-2);
  if (tail.some((w) => ORG_WORDS.has(w) || roleNoun(w.toLowerCase()) || !isCapitalised(w))) return to;
  if (before.some((w) => ORG_WORDS.has(w))) return to;
  return tokens.slice(ofAt + 1, to).some((t) => isWord(t) && ORG_WORDS.has(stripPossessive(t.text))) ? ofAt : to;
}

/** Words before "Judge" that are part of the style: "District Judge", "Circuit Judge". */
const JUDICIAL_GRADES = new Set(['District', 'Circuit', 'Deputy', 'Senior', 'Chief', 'Resident']);
/** Honorifics that are a peer's style when a single name follows: "Lord Reed", "Lady Hale". */
const PEER_STYLES = new Set(['lord', 'lady']);
/** Adjectives of nationality are not a body's name: "the Chinese foreign ministry". */
const NATIONALITY = /(?:ese|ian|ean|ish|ic|i)$|^(?:French|Dutch|Greek|Thai|Swiss|Welsh|Scots|Czech|Irish|British|American|European|African|Asian|Arab|Korean|German)$/u;
const isNationality = (w: string): boolean => NATIONALITY.test(w);

/** A role without its article or count: "the judge", "one resident", "another European diplomat". */
export const stripArticle = (s: string): string => s.replace(/^(?:the|a|an)\s+/iu, '').replace(/^(?:[Oo]ne|[Aa]nother)\s+(?=\p{Ll}|\p{Lu}\p{Ll}+\s+\p{Ll})/u, '');

function genderOf(honorific: string | undefined, words: string[]): Gender | null {
  if (honorific) {
    const g = HONORIFICS[titleKey(honorific)];
    if (g) return g;
  }
  for (const w of words) if (GENDERED[w]) return GENDERED[w];
  return null;
}

function roleHeadOf(words: Token[]): string | undefined {
  for (let k = words.length - 1; k >= 0; k--) {
    const low = bareLower(words[k]);
    if (roleNoun(low) || isTitle(low)) return roleKey(low);
  }
  return undefined;
}

/**
 * The role in the words before a name. An institution written with "of" or
 * "for" reads better after the role ("general secretary, Communist Party of
 * Pakistan"); an adjectival one stays in front ("Chinese Foreign Ministry
 * spokeswoman"). A role word that is capitalised only because it starts the
 * sentence goes back to lower case.
 */
function roleFrom(pre: Token[], tokens: readonly Token[], ctx: ParseContext, title: string | undefined): string {
  if (!pre.length) return title ?? '';
  const words = pre.map((t, n) => {
    const raw = t.text;
    const atStart = tokens[ctx.sentenceStart]?.start === t.start;
    if (atStart && !isAllCaps(raw) && roleish(raw.toLowerCase())) return raw.toLowerCase();
    // "Sen." is "Senator" once it stands apart from the name.
    if (isTitle(raw) && TITLES[titleKey(raw)].toLowerCase() !== raw.toLowerCase() && raw.length <= 4) return TITLES[titleKey(raw)];
    return foldCaps(raw, n === 0 || !isAllCaps(raw));
  });
  if (!roleish(words[words.length - 1].toLowerCase()) && !title && !words.some((w) => roleish(w.toLowerCase()))) {
    return '';
  }
  // Split into the institution (capitalised words and their connectors) and the role words after it.
  let split = 0;
  while (split < words.length && (isCapitalised(words[split]) || (SMALL_WORDS.has(words[split]) && split > 0 && split + 1 < words.length && isCapitalised(words[split + 1])))) split++;
  const org = words.slice(0, split);
  const role = words.slice(split);
  if (org.length && role.length && org.some((w) => w === 'of' || w === 'for' || w === 'and')) return `${role.join(' ')}, ${org.join(' ')}`;
  return words.join(' ');
}

/** Verbs after "who" that say what office somebody holds: "who chairs the committee" is its chair. */
const OFFICE_VERBS: Record<string, string> = {
  chairs: 'chair', heads: 'head', leads: 'leader', runs: 'head', manages: 'manager', coaches: 'coach', owns: 'owner',
  edits: 'editor', captains: 'captain', founded: 'founder', directs: 'director', represents: 'representative',
};

export interface Appositive {
  role?: string;
  /** "Dele Amadi, 24,": the age, which "the 24-year-old" refers back to. */
  age?: number;
  gender?: Gender | null;
  /** Something in it (an age, "who", a role) says the name is a person. */
  person: boolean;
  /** Token index after the appositive's closing comma (or its last token). */
  end: number;
  /** "His barrister, …": whose the role is, by the possessive it opened with. */
  whose?: 'his' | 'her';
}

/**
 * The comma phrases after a name: an age ("Derek Mills, 67,"), a role ("Carl
 * Szabo, the group's vice president"), a relative clause ("Jo Pearce, who
 * lives at number 8,"). Reads at most three of them.
 */
export function appositiveAfter(tokens: readonly Token[], at: number, text: string): Appositive | null {
  if (tokens[at]?.text !== ',') return null;
  const sentence = tokens[at].sentence;
  let i = at;
  let role: string | undefined;
  let gender: Gender | null = null;
  let person = false;
  let age: number | undefined;
  for (let chunk = 0; chunk < 3 && tokens[i]?.text === ','; chunk++) {
    const from = i + 1;
    let j = from;
    while (j < tokens.length && tokens[j].sentence === sentence && tokens[j].text !== ',' && tokens[j].kind !== 'quote' && !/[.;:!?]/u.test(tokens[j].text)) j++;
    if (j === from) break;
    const firstWord = lower(tokens[from]);
    if (/^\d+$/u.test(tokens[from].text) && j === from + 1) {
      person = true; // an age
      age ??= Number(tokens[from].text);
    } else if (firstWord === 'who' || firstWord === 'whose') {
      person = true;
      // "Ravi Mehta, who chairs the planning committee,": an office given by its verb, which "the chairman" later refers to.
      const office = OFFICE_VERBS[lower(tokens[from + 1])];
      if (office && !role && j > from + 2) role = `${office} of ${text.slice(tokens[from + 2].start, tokens[j - 1].end)}`;
    } else if (DETERMINERS.has(firstWord) || roleish(bareLower(tokens[from])) || isPossessive(tokens[from].text)) {
      const words = tokens.slice(from, j).filter(isWord).map((t) => bareLower(t));
      if (!words.some((w) => roleNoun(w))) break;
      if (!role) {
        // "an expert in physical activity … who was not involved in the study": the role stops at "who".
        role = stripArticle(text.slice(tokens[from].start, tokens[j - 1].end)).replace(/\s+(?:who|which|whose)\s.*$/su, '');
        gender = genderOf(undefined, words);
      }
      person = person || !words.some((w) => GROUP_NOUNS.has(w));
    } else if (firstWord === 'of' || firstWord === 'from') {
      // an address: "of Ashford Road, Maidstone"
    } else {
      break;
    }
    i = j;
  }
  if (!person && !role) return null;
  return { role, age, gender, person, end: i, whose: undefined };
}

/** Relatives a possessive names: "her son, Tom,", "his brother, Rhys Varga,". */
const RELATIVES = new Set('mother father son daughter wife husband brother sister partner grandmother grandfather grandson granddaughter aunt uncle cousin niece nephew stepfather stepmother stepson stepdaughter fiancee fiancée fiance fiancé'.split(' '));

/** Words that open a clause, so a role phrase after them still stands at a clause edge: "when the Deputy Speaker, Oona Frane, ruled". */
const CLAUSE_OPENERS = new Set(['when', 'after', 'before', 'while', 'as', 'because', 'and', 'but', 'until', 'since', 'that']);

/**
 * The comma phrase before a name: "Her producer, Tunde Bakare", "Scotland’s
 * chief medical officer, Dr Fiona Grant", "The headteacher of Glenview
 * Primary, Alison Reid".
 */
export function appositiveBefore(tokens: readonly Token[], nameFrom: number, text: string, floor: number): Appositive | null {
  const comma = nameFrom - 1;
  if (comma <= floor || tokens[comma].text !== ',') return null;
  const start = npBefore(tokens, comma, floor);
  if (start >= comma) return null;
  // The phrase must reach back to a clause edge, or it is the tail of something else.
  const edge = tokens[start - 1];
  const words = tokens.slice(start, comma).filter(isWord).map((t) => bareLower(t));
  // "lives with her son, Tom, in the flat": a relative named by apposition stands anywhere in the clause.
  const relative = /^(?:his|her|their)$/iu.test(tokens[start].text) && words.length === 2 && RELATIVES.has(words[1]);
  if (start > floor && edge && edge.text !== ',' && edge.kind !== 'quote' && !CUE_VERBS.has(edge.text.toLowerCase()) && edge.text !== 'to' && !CLAUSE_OPENERS.has(edge.text.toLowerCase()) && !relative) return null;
  // "the Deputy Speaker, Oona Frane": an office written as a title is a role like any other.
  if (!words.some((w) => roleNoun(w) || isTitle(w))) return null;
  // A phrase ending in a name ("Speaker Mike Johnson") is another person, not a description.
  const tail = tokens[comma - 1];
  if (isCapitalised(tail.text) && !ORG_WORDS.has(stripPossessive(tail.text)) && !roleish(tail.text.toLowerCase()) && !isTitle(stripPossessive(tail.text))) return null;
  const role = stripArticle(text.slice(tokens[start].start, tokens[comma - 1].end)).replace(/^(?:her|his|their)\s+/iu, '');
  const whose = /^(?:his|her)$/iu.test(tokens[start].text) ? (tokens[start].lower as 'his' | 'her') : undefined;
  return { role, age: undefined, gender: genderOf(undefined, words), person: !words.some((w) => GROUP_NOUNS.has(w)), end: comma, whose };
}
