// Names spelt one way: a surname the story spells two ways ("Grace Brennan"
// … "Ms Brenan"), or differently from the speaker directory (by a letter or
// two, or in accents, hyphens and apostrophes). Only words the story uses as
// a person's name are compared — after a title, or as the last word of a
// first name and surname — so "Reeves" is never taken for "Reefs".
import { letterEdits, spellingEdits } from '../names';
import { charTest } from './chars';
import { nearDirectoryMatches } from './names-directory-near';
import { BUILT_IN_RULES, type CheckBlock, type CheckMatch } from './model';
import { RUN_CAPITAL, RUN_WIDE, scanBlock, type BlockScan } from './scan';

/** A speaker as the directory spells them. */
export interface DirectoryName {
  name: string;
  laterReference?: string;
}

const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rev', 'Judge', 'Sheikh', 'Imam', 'Maulana', 'Mufti', 'Sgt', 'Cpl', 'Capt', 'Col', 'Gen', 'Insp', 'Det', 'Cllr'];
const TITLE = new RegExp(`^(?:${TITLES.join('|')})$`, 'u');
/** TITLE as a set, for the words of every block. */
const TITLE_WORDS = new Set(TITLES);
// Capitalised words that start a sentence or a name but are not people.
const NOT_A_NAME = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'But', 'And', 'Or', 'If', 'When', 'After', 'Before', 'This', 'That', 'There', 'His', 'Her', 'Their', 'Our', 'My', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Prime', 'Minister', 'President', 'Secretary', 'Chancellor', 'Home', 'Foreign', 'Office', 'Department', 'Party', 'Labour', 'Conservative', 'Street', 'Road', 'North', 'South', 'East', 'West', 'New', 'United', 'Kingdom', 'States', 'Minister', 'Police', 'Court', 'House', 'Commons', 'Lords', 'Government', 'Council', 'University', 'Hospital', 'Church', 'Bank', 'Trust', 'Service', 'Union', 'Army', 'Royal', 'National', 'International', 'British', 'English', 'Scottish', 'Welsh', 'Irish', 'European']);

interface Mention {
  block: number;
  start: number;
  end: number;
  text: string;
  /** The first name written before it, when it is written in full. */
  firstName?: string;
}

/**
 * Whether two surnames are one name spelt two ways: a slip of a letter or two
 * as the names module judges it (src/shared/names, shared with quote
 * attribution), or the same letters with different accents or capitals
 * ("Ramírez", "Ramirez"). Apostrophe styles are typography, not spelling.
 */
export function sameNameSpeltDifferently(a: string, b: string): boolean {
  const plain = (w: string) => w.replace(/[‘’ʼ`]/gu, "'");
  if (plain(a) === plain(b)) return false;
  // Plurals and possessives of one name are not two spellings.
  if (`${a}s` === b || `${b}s` === a) return false;
  const edits = spellingEdits(a, b);
  return edits > 0 || edits === 0;
}

type Place = Omit<Mention, 'block'>;

/** One block's name words: those used as surnames, and every capitalised word. */
interface BlockNames {
  surnames: Place[];
  capitalised: Place[];
}

// Kept by block text: after an edit the story's other blocks are not read again.
const perBlock = new Map<string, BlockNames>();
const MAX_KEPT = 20_000;

/** Drops the name words kept by block: to time a story as if it were new. */
export function forgetNames(): void {
  perBlock.clear();
}

/**
 * A block's name words, kept by its text. The checker calls this with the walk it has just made of
 * the block (scan.ts), so the words are found from its runs; a block the checker has not walked is walked here.
 */
export function blockNames(text: string, scan?: BlockScan): BlockNames {
  let found = perBlock.get(text);
  if (found) return found;
  const words = nameWords(text, scan ?? scanBlock(text));
  const surnames: Place[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const previous = words[i - 1];
    const adjacent = previous !== undefined && (oneSpace(text, previous.end, word.start) || (word.start - previous.end === 2 && text.charCodeAt(previous.end) === 0x2e && spaceAt(text, previous.end + 1) === 1 && TITLE_WORDS.has(previous.text)));
    if (!adjacent || TITLE_WORDS.has(word.text) || NOT_A_NAME.has(word.text)) continue;
    const followedByName = words[i + 1] !== undefined && oneSpace(text, word.end, words[i + 1].start) && !NOT_A_NAME.has(words[i + 1].text);
    if (TITLE_WORDS.has(previous.text) || (!NOT_A_NAME.has(previous.text) && !followedByName)) {
      const firstName = TITLE_WORDS.has(previous.text) || NOT_A_NAME.has(previous.text) ? undefined : previous.text;
      surnames.push({ start: word.start, end: word.end, text: possessiveStripped(word.text), firstName });
    }
  }
  // Most blocks have no possessive: their words serve as they are.
  let capitalised = words;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const bare = possessiveStripped(w.text);
    if (bare === w.text) continue;
    if (capitalised === words) capitalised = words.slice();
    capitalised[i] = { start: w.start, end: w.start + bare.length, text: bare };
  }
  found = { surnames, capitalised };
  if (perBlock.size >= MAX_KEPT) perBlock.clear();
  perBlock.set(text, found);
  return found;
}

const upperAt = charTest(/\p{Lu}/u);
const letterOrMarkAt = charTest(/[\p{L}\p{M}]/u);
const isNameJoiner = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010 || c === 0x2011;

/**
 * Every capitalised word: a capital, then letters and marks, and again after an apostrophe or hyphen
 * when a capital follows it ("O’Sullivan", "Vaughan-Price"), as the pattern in test/checks/names.test.ts
 * finds them. A capital is a letter, so it stands in a run of the walk: only runs holding one (or a
 * letter outside ASCII) are read, and no pattern runs over the rest of the block.
 */
export function nameWords(text: string, scan: BlockScan): Place[] {
  const out: Place[] = [];
  const { runs, facts } = scan;
  let from = 0;
  for (let r = 0; r < scan.count; r++) {
    if ((facts[r] & (RUN_CAPITAL | RUN_WIDE)) === 0) continue;
    const runEnd = runs[2 * r + 1];
    for (let i = Math.max(runs[2 * r], from); i < runEnd; ) {
      const capital = upperAt(text, i);
      if (capital === 0) {
        i += isPairAt(text, i) ? 2 : 1;
        continue;
      }
      let end = i + capital;
      for (;;) {
        for (let step = letterOrMarkAt(text, end); step; step = letterOrMarkAt(text, end)) end += step;
        const next = isNameJoiner(text.charCodeAt(end)) && end + 1 < text.length ? upperAt(text, end + 1) : 0;
        if (next === 0) break;
        end += 1 + next;
      }
      out.push({ start: i, end, text: text.slice(i, end) });
      from = i = end;
    }
  }
  return out;
}

const isPairAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
};

function possessiveStripped(word: string): string {
  const n = word.length;
  // Most words end in no "’s": a look at the last two characters spares a pattern.
  if (n < 2 || word.charCodeAt(n - 1) !== 0x73) return word;
  const mark = word.charCodeAt(n - 2);
  return mark === 0x27 || mark === 0x2019 ? word.slice(0, n - 2) : word;
}

const spaceAt = charTest(/\s/u);
/** Whether text[from, to) is one white-space character. */
const oneSpace = (text: string, from: number, to: number): boolean => to - from === 1 && spaceAt(text, from) === 1;

/**
 * Matches for names spelt two ways in the story, and for names spelt
 * otherwise than the directory spells them. The form the directory holds
 * wins; else the form the story uses more often (the earlier on a tie).
 */
export function nameMatches(blocks: readonly CheckBlock[], directory: readonly DirectoryName[] = []): CheckMatch[] {
  const names = blocks.map((b) => blockNames(b.text));
  const forms = new Map<string, Mention[]>();
  names.forEach((n, block) => {
    for (const m of n.surnames) {
      let list = forms.get(m.text);
      if (!list) forms.set(m.text, (list = []));
      list.push({ ...m, block });
    }
  });
  // A surname used alone ("Brennan said") is another use of that spelling.
  names.forEach((n, block) => {
    if (forms.size === 0) return;
    // The block's surnames, by where they start: a capitalised word there is already counted.
    let placed: Set<number> | null = null;
    for (const m of n.capitalised) {
      const list = forms.get(m.text);
      if (!list) continue;
      placed ??= new Set(n.surnames.map((s) => s.start));
      if (!placed.has(m.start)) list.push({ ...m, block });
    }
  });
  const directorySurnames = new Set<string>();
  for (const speaker of directory) {
    for (const part of `${speaker.name} ${speaker.laterReference ?? ''}`.split(/\s+/u)) {
      const word = part.replace(/[.,]/gu, '');
      if (/^\p{Lu}/u.test(word) && !TITLE.test(word) && word.length >= 3) directorySurnames.add(word);
    }
  }
  const out: CheckMatch[] = [];
  const flagged = new Set<string>();
  const sorted = [...forms.entries()].sort((a, b) => b[1].length - a[1].length || firstPlace(a[1]) - firstPlace(b[1]));
  for (const [form, places] of sorted) {
    if (flagged.has(form) || directorySurnames.has(form)) continue;
    const inDirectory = [...directorySurnames].find((d) => nearEnough(d, form) && sameNameSpeltDifferently(d, form));
    if (inDirectory) {
      flagged.add(form);
      for (const p of places) out.push(match(p, BUILT_IN_RULES.nameDirectory, `The speaker directory spells this name “${inDirectory}”, not “${form}”.`, [inDirectory]));
      continue;
    }
    for (const [other, otherPlaces] of sorted) {
      // Two spellings of a name share a first letter and differ in length by two at most: a cheap test before the real one.
      if (other === form || flagged.has(other) || !nearEnough(form, other) || differentPeople(places, otherPlaces)) continue;
      if (!sameNameSpeltDifferently(form, other) && !shortNameTied(form, places, other, otherPlaces)) continue;
      // `sorted` puts the commoner spelling first: the other one is flagged.
      if (directorySurnames.has(other)) continue;
      flagged.add(other);
      const count = places.length === 1 ? 'once' : `${places.length} times`;
      for (const p of otherPlaces) {
        out.push({ ...match(p, BUILT_IN_RULES.nameSpelling, `“${other}” here, “${form}” elsewhere in this story (${count}): one name, spelt two ways.`, [form]), spellings: [form, other] });
      }
    }
  }
  const joined = [...joinedNameMatches(blocks, names, directory), ...givenNameMatches(blocks, names, directory), ...nearDirectoryMatches(blocks, names, directory)];
  const kept = joined.length ? out.filter((m) => !joined.some((j) => j.block === m.block && m.start < j.end && j.start < m.end)) : out;
  return [...kept, ...joined].sort((a, b) => a.block - b.block || a.start - b.start);
}

/** A name with its hyphens, spaces, accents and capitals taken out: "Vaughan-Price" and "Vaughan Price" are one key. */
const joinKey = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\p{M}\s\-‐‑]/gu, '')
    .toLowerCase();
const HYPHEN = /[-‐‑]/u;
const unspaced = (name: string): string => name.replace(/[\s\-‐‑]/gu, '');

/**
 * A directory name written with its hyphen dropped or added ("Vaughan Price" for the directory's
 * "Eleri Vaughan-Price", or the other way): the same letters, so compared without hyphens and spaces.
 */
function joinedNameMatches(blocks: readonly CheckBlock[], names: readonly BlockNames[], directory: readonly DirectoryName[]): CheckMatch[] {
  const textOf = (block: number) => blocks[block].text;
  const spelt = new Map<string, string>();
  for (const speaker of directory) {
    const words = `${speaker.name} ${speaker.laterReference ?? ''}`.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !TITLE.test(w));
    words.forEach((word, i) => {
      if (HYPHEN.test(word)) spelt.set(joinKey(word), word);
      if (i > 0 && words[i - 1] !== word) spelt.set(joinKey(words[i - 1] + word), `${words[i - 1]} ${word}`);
    });
  }
  const out: CheckMatch[] = [];
  if (spelt.size === 0) return out;
  // Only a hyphenated word, or two capitalised words a space apart, can be such a name.
  const flag = (block: number, start: number, end: number, text: string) => {
    const right = spelt.get(joinKey(text));
    // Accents and letters are the other checks' business: only the hyphens and spaces differ here.
    if (right !== undefined && right !== text && unspaced(right) === unspaced(text)) {
      out.push(match({ block, start, end, text }, BUILT_IN_RULES.nameDirectory, `The speaker directory writes this name “${right}”, not “${text}”.`, [right]));
    }
  };
  names.forEach((n, block) => {
    const words = n.capitalised;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (HYPHEN.test(word.text)) flag(block, word.start, word.end, word.text);
      const next = words[i + 1];
      if (next && next.start === word.end + 1 && textOf(block)[word.end] === ' ') flag(block, word.start, next.end, `${word.text} ${next.text}`);
    }
  });
  return out;
}

/**
 * A directory name's first name written without its accents or with other marks ("Renee Castellano"
 * for the directory's "Renée Castellano"): the surname ties it to the speaker, and only marks differ, so
 * it is the same person misspelt. A different first name before the same surname is another person.
 */
function givenNameMatches(blocks: readonly CheckBlock[], names: readonly BlockNames[], directory: readonly DirectoryName[]): CheckMatch[] {
  const given = new Map<string, string[]>();
  for (const speaker of directory) {
    const words = speaker.name.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !TITLE.test(w));
    for (let i = 1; i < words.length; i++) {
      let list = given.get(words[i]);
      if (!list) given.set(words[i], (list = []));
      list.push(words[i - 1]);
    }
  }
  const out: CheckMatch[] = [];
  if (given.size === 0) return out;
  names.forEach((n, block) => {
    const words = n.capitalised;
    for (let i = 0; i + 1 < words.length; i++) {
      const word = words[i];
      const firsts = given.get(words[i + 1].text);
      if (!firsts || words[i + 1].start !== word.end + 1 || firsts.includes(word.text)) continue;
      const right = firsts.find((f) => joinKey(f) === joinKey(word.text));
      if (right !== undefined) {
        out.push(match({ block, start: word.start, end: word.end, text: word.text }, BUILT_IN_RULES.nameDirectory, `The speaker directory spells this name “${right} ${words[i + 1].text}”, not “${word.text} ${words[i + 1].text}”.`, [right]));
      }
    }
  });
  return out;
}

/**
 * A short surname, where a letter decides between two names (Hill, Hall), spelt two ways all the same:
 * written with the same first name both ways ("Gwenllian Rees" … "Gwenllian Reese"), or with a letter
 * added or dropped in a later reference that never has a first name of its own ("Ms Reese" after
 * "Gwenllian Rees").
 */
function shortNameTied(a: string, aPlaces: readonly Mention[], b: string, bPlaces: readonly Mention[]): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (Math.min(x.length, y.length) < 3 || `${x}s` === y || `${y}s` === x || letterEdits(x, y) !== 1) return false;
  const firstNames = (places: readonly Mention[]) => new Set(places.map((m) => m.firstName).filter((f) => f !== undefined));
  const firstA = firstNames(aPlaces);
  const firstB = firstNames(bPlaces);
  if ([...firstA].some((f) => firstB.has(f))) return true;
  if (Math.abs(x.length - y.length) !== 1) return false;
  // One is written in full first, the other only later and only as a reference back to someone.
  const [full, later, fullPlaces, laterPlaces] = firstA.size > 0 && firstB.size === 0 ? [a, b, aPlaces, bPlaces] : firstB.size > 0 && firstA.size === 0 ? [b, a, bPlaces, aPlaces] : [null, null, aPlaces, bPlaces];
  return full !== null && later !== null && firstPlace(fullPlaces) < firstPlace(laterPlaces);
}

function nearEnough(a: string, b: string): boolean {
  return Math.abs(a.length - b.length) <= 3 && firstLetter(a) === firstLetter(b);
}

// Every pair of surnames in a story is compared: each one's first letter is worked out once.
const firstLetters = new Map<string, string>();
function firstLetter(word: string): string {
  let letter = firstLetters.get(word);
  if (letter === undefined) {
    if (firstLetters.size >= MAX_KEPT) firstLetters.clear();
    firstLetters.set(word, (letter = word.normalize('NFKD').charAt(0).toLowerCase()));
  }
  return letter;
}

/** Two surnames written in full with different first names belong to two people (Grace Smith, John Smyth). */
function differentPeople(a: readonly Mention[], b: readonly Mention[]): boolean {
  const firstA = new Set(a.map((m) => m.firstName).filter((f) => f !== undefined));
  const firstB = new Set(b.map((m) => m.firstName).filter((f) => f !== undefined));
  return firstA.size > 0 && firstB.size > 0 && ![...firstA].some((f) => firstB.has(f));
}

const firstPlace = (places: readonly Mention[]): number => Math.min(...places.map((p) => p.block * 1e6 + p.start));

function match(place: Mention, ruleId: string, message: string, suggestions: string[]): CheckMatch {
  return { ruleId, kind: 'names', level: 'error', message, block: place.block, start: place.start, end: place.end, text: place.text, suggestions };
}
