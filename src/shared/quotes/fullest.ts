// The speaker a sub sees is the story's fullest form of that person or body.
// Reading goes in story order, so a cue that names somebody by a short form
// before the story gives the full one ("Ms Ker said" in the second
// paragraph, "Helen Kerr, 52," in the fourth) makes a person of its own. Once
// the whole story is read, each short form that only one fuller name fits is
// folded into it: a surname alone or with an honorific (slips of spelling
// too), a given name alone, a body's tail ("the Harbour Trust") or its
// initials ("the RSPB"). Two fuller names that fit block the guess.
import { isSpellingVariant } from '../names';
import type { Person } from './people';

const LINKING = new Set(['of', 'for', 'the', 'and', '&', 'on', 'in', 'to', 'at']);

/** Whether `short`'s one word is a later reference to `full` (a person): its surname, a slip of it, or its given name. */
function personFits(short: Person, full: Person): boolean {
  if (full.group || full.kind !== 'person' || full.tokens.length < 2 || full.known) return false;
  if (short.gender && full.gender && short.gender !== 'they' && full.gender !== 'they' && short.gender !== full.gender) return false;
  const word = short.tokens[0];
  const surname = full.tokens[full.tokens.length - 1];
  if (word === surname || isSpellingVariant(word, surname)) return true;
  // A given name only when the cue gave no honorific: "Ms Helen" is not a form a story uses.
  return !short.parts.honorific && word === full.tokens[0];
}

/** Whether `short` (a body) is the tail of `full`'s name ("Harbour Trust" of "Saltmere Harbour Trust") or its initials ("RSPB"). */
function bodyFits(short: Person, full: Person): boolean {
  if (!full.group || (full.kind !== short.kind && !isAcronym(short)) || full.tokens.length <= short.tokens.length || full.known) return false;
  const tail = full.tokens.slice(full.tokens.length - short.tokens.length);
  if (short.tokens.length >= 2 && tail.every((w, n) => w === short.tokens[n])) return true;
  if (short.tokens.length !== 1 || !/^\p{Lu}{2,6}$/u.test(short.name)) return false;
  return initialsOf(full.tokens).includes(short.tokens[0]);
}

/** An acronym a story may use for a body's name: with or without the linking words, a hyphenated word as one letter or two ("WADA" of World Anti-Doping Agency). */
function initialsOf(tokens: readonly string[]): string[] {
  const core = tokens.filter((w) => !LINKING.has(w));
  const whole = core.map((w) => w[0]).join('');
  const split = core.flatMap((w) => w.split('-').filter(Boolean)).map((w) => w[0]).join('');
  const all = tokens.flatMap((w) => w.split('-').filter(Boolean)).map((w) => w[0]).join('');
  return [whole, split, all];
}

/** "The IAAF said" read as a one-word name: initials in capitals, which the story may have spelt out for a body. */
const isAcronym = (p: Person): boolean => p.tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(p.name);

/** The one fuller form of `p` the story gives, or null (none, or two that fit). */
function fullerOf(p: Person, all: readonly Person[]): Person | null {
  if (p.known || !p.tokens.length) return null;
  const single = !p.group && p.kind === 'person' && p.tokens.length === 1;
  if (!single && !p.group) return null;
  let found: Person | null = null;
  for (const q of all) {
    if (q === p || !((single && personFits(p, q)) || ((!single || isAcronym(p)) && bodyFits(p, q)))) continue;
    if (found && found.tokens.join(' ') !== q.tokens.join(' ')) return null;
    found ??= q;
  }
  return found;
}

/**
 * The fullest form of every speaker: a map from each short-form person to
 * the fuller one it is, for the quotes to be given to. A slip of spelling is
 * kept as a variant of the fuller name, for the sub to look at.
 */
export function fullestForms(speakers: Iterable<Person>, all: readonly Person[]): Map<Person, Person> {
  const to = new Map<Person, Person>();
  for (const p of speakers) {
    if (to.has(p)) continue;
    const full = fullerOf(p, all);
    if (!full) continue;
    to.set(p, full);
    if (!p.group && isSpellingVariant(p.tokens[0], full.tokens[full.tokens.length - 1]) && !full.variants.includes(p.name)) full.variants.push(p.name);
    for (const r of [p.name, ...p.references]) if (!full.references.includes(r)) full.references.push(r);
  }
  return to;
}

/**
 * A name as the story writes it where it first gives it: "Helen J. Kerr"
 * keeps the stop its initial lost when the name was taken into words.
 */
export function asWritten(p: Person, paragraphs: readonly string[]): string {
  const words = p.name.split(/\s+/u);
  if (!words.some((w) => /^\p{Lu}$/u.test(w))) return p.name;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  const written = new RegExp(escaped.map((w) => (/^\p{Lu}$/u.test(w) ? `${w}\\.?` : w)).join('\\s+'), 'u');
  for (let n = p.firstMention.paragraph; n < paragraphs.length; n++) {
    const hit = written.exec(paragraphs[n]);
    if (hit) return hit[0];
  }
  return p.name;
}

/**
 * "“…,” Kerr said." before the story names Helen Kerr and her brother Tom Kerr: reading gave the
 * bare surname to the first Kerr named in full, but it was either of them. Quotes given to that
 * person before the full name, when another person shares the surname, go to nobody.
 */
export function sharedSurnameBefore(p: Person, at: number, all: readonly Person[]): boolean {
  if (p.namedInFullAt === undefined || at >= p.namedInFullAt) return false;
  const surname = p.tokens[p.tokens.length - 1];
  return all.some((q) => q !== p && !q.group && q.tokens.length >= 2 && q.tokens[q.tokens.length - 1] === surname && q.tokens.join(' ') !== p.tokens.join(' '));
}
