// The people (and bodies) a story talks about, built up as it is read: the
// first mention creates a person, later references ("Mr Qazi", "Qazi",
// "Ms Hua", "the judge", "she") are resolved back to one. Lookups go through
// indexes by name word and by role, so resolving a mention does not scan
// every earlier mention.
//
// This is the story's entity table: each person or body with its kind
// (person, organisation, publication, document), its gender evidence (an
// honorific, a gendered role, a pronoun that followed it), its role from an
// apposition or "who chairs …", its age ("the 24-year-old"), the words of
// the sentence that introduced it ("the former Celtic man"), and where it
// was last mentioned and last a subject (what "he", "she", "it" and "they"
// look back through). Unnamed people ("A senior figure …, who …") and bodies
// opening a sentence ("The commission has …") go in too, so a pronoun after
// them does not fall back to somebody named earlier. It is built in one pass
// per run of detection; each paragraph's reading is kept (reading.ts), so
// only the resolution is redone after an edit.
import { fold } from '../article/fold';
import { compareNameParts, splitName as splitNameAfresh, type NameParts } from '../names';
import { keptBy } from './memo';
import type { Speaker } from '../speakers/model';
import { BODY_KINDS, CLAUSE_VERBS, DOCUMENT_NOUNS, GROUP_NOUNS, PUBLICATION_NOUNS, PUBLICATION_WORDS, newspaperByFirstWord } from './lexicon';
import type { Description } from './descriptions';
import type { Gender, Mention } from './mentions';
import { isTitle, roleKey, roleNoun, settled } from './mentions';

/** A name taken apart (names/normalise), kept: every name mention is compared with everyone in the story. The parts are only read, never changed. */
const splitName = keptBy(splitNameAfresh);

/**
 * A role as a sub would file it: a few words naming what someone is, with
 * a role noun in them, never a clause ("participation of this team shows …")
 * or the start of a sentence.
 */
export function plausibleRole(role: string | undefined): role is string {
  if (!role) return false;
  let known = plausible.get(role);
  if (known === undefined) {
    const words = role.toLowerCase().split(/\s+/u).map((w) => w.replace(/['’]s$|[,.;:]$/gu, ''));
    known = words.length <= 10 && words.some((w) => roleNoun(w) || isTitle(w)) && !words.some((w) => CLAUSE_VERBS.has(w));
    if (plausible.size > 2000) plausible.clear();
    plausible.set(role, known);
  }
  return known;
}
/** Roles already judged: the same few roles are asked about on every mention of their holders. */
const plausible = new Map<string, boolean>();

/** What a speaker is: somebody, a body, a newspaper or broadcaster, or a document that speaks for its authors. */
export type { SpeakerKind } from '../speakers/model';
import type { SpeakerKind } from '../speakers/model';

/** The kind a mention names: "the leaked memo" a document, "the Arran Banner" a publication, "the council" an organisation. */
export function kindOf(m: Mention): SpeakerKind {
  const head = m.roleHead ?? '';
  if (m.kind === 'role' && DOCUMENT_NOUNS.has(head)) return 'document';
  if (m.kind === 'role' && PUBLICATION_NOUNS.has(head)) return 'publication';
  if (m.kind === 'name' && m.group && m.name && (PUBLICATION_WORDS.has(m.name.split(' ').pop()!) || newspaperByFirstWord(m.name.split(' ')))) return 'publication';
  return m.group ? 'organisation' : 'person';
}

export interface Person {
  id: number;
  name: string;
  /** Words of the name, folded (see fold): "Sinéad O’Brien" → sinead, o'brien. */
  tokens: string[];
  /** The word a later reference uses: a person's surname, an institution's head noun ("bank" of "Bank of England"). */
  head: string;
  role: string;
  roleHead?: string;
  roleWords: string[];
  gender: Gender | null;
  /** An organisation or body (or a publication or document): takes "they"/"it". */
  group: boolean;
  kind: SpeakerKind;
  /** Later references spelt differently from the name ("Ms Brenan" for Grace Brennan): the sub should look. */
  variants: string[];
  /** The name taken apart once, for near-matching later references. */
  parts: NameParts;
  /** The text gives a reason to think this is a person (not a place or an institution). */
  person: boolean;
  known?: Speaker;
  firstMention: { paragraph: number; start: number; end: number };
  /** References after the first, as written, in order. */
  references: string[];
  /** The age the story gives ("Dele Amadi, 24,"), which "the 24-year-old" refers back to. */
  age?: number;
  /** Capitalised words, folded, of the sentence that first named them ("has joined Dundee from Celtic"): "the former Celtic man". */
  context?: Set<string>;
  /** Reading position of the last mention, and of the last mention as the subject of a sentence. */
  lastMention: number;
  lastSubject: number;
  /** Given in the headline by a bare description ("says farmer"), so the body's first holder of that role is who it means. */
  headline?: boolean;
  /** Whose they are, when the story gave their role with a possessive ("His barrister, …"): "her barrister" is someone else. */
  whose?: 'his' | 'her';
  /** The paragraph where an office was given with "the" and no name ("The housing minister said"), so the next one named for it is who it was. */
  definite?: number;
  /** Where a person known by a bare surname was first named in full ("Kerr said" … "Helen Kerr"): before it, a second Kerr would make the surname anyone's. */
  namedInFullAt?: number;
}



/**
 * Offices one person holds in a story, whose unnamed holder in the intro is the one named later
 * (roleKey forms). Not ministers, officials or diplomats: "a senior minister" in an intro is as
 * often an anonymous source as the minister named below.
 */
const SINGLE_OFFICES = new Set('judge coroner magistrate sheriff recorder mayor governor headteacher chair manager commissioner superintendent prosecutor'.split(' '));

/** Relatives, who speak for a family as the story names them ("his family", "her son"), unlike "its website". */
const KIN = new Set('family relatives parents children friends mother father son daughter wife husband brother sister widow widower partner grandmother grandfather grandson granddaughter aunt uncle cousin niece nephew stepfather stepmother fiancee fiancée'.split(' '));

/** Nouns any organisation may be called by: "the trade body", "the lobby group". */
const UMBRELLA_BODIES = new Set(['body', 'group', 'organisation', 'organization']);
/** Nouns for a business, which a company's own name seldom says ("Kestrel Motors"): "the company", "the firm". */
const COMPANY_BODIES = new Set(['company', 'firm', 'business', 'carmaker', 'manufacturer', 'retailer', 'operator', 'employer']);

/** What a company's full name may add to its short name: "Tarn Mining Ltd", "Cordillera Gold Mining Corp". */
const COMPANY_SUFFIXES = new Set(['ltd', 'plc', 'corp', 'corporation', 'inc', 'llc', 'co', 'group', 'holdings', 'sa', 'ag', 'limited']);

/** Last words of a sports club's name: "the club" after "Bristol Rovers" is Bristol Rovers. */
const CLUB_WORDS = new Set('fc afc rovers united athletic wanderers albion rangers celtic hotspur villa county town city olympic sporting dynamo'.split(' '));

/** Role nouns for a broadcaster, and the last words of a broadcaster's name: "the broadcaster" is never the Gazette. */
const BROADCAST_NOUNS = new Set(['broadcaster', 'channel', 'network', 'station']);
const BROADCAST_WORDS = new Set(['radio', 'television', 'tv', 'broadcasting']);
/** Whether a publication is the kind a role noun names: a newspaper for "the paper", a broadcaster for "the channel"; "the website" and "the magazine" either. */
function sameMedium(head: string, p: Person): boolean {
  const broadcast = BROADCAST_WORDS.has(p.tokens[p.tokens.length - 1] ?? '');
  if (BROADCAST_NOUNS.has(head)) return broadcast;
  if (head === 'newspaper' || head === 'paper' || head === 'tabloid') return !broadcast;
  return true;
}

/** An honorific's pronoun does not contradict what the story has said of the person: "Mrs Evans" is not Rhys Evans, "he". */
const sameGender = (m: Mention, p: Person): boolean => !m.honorific || !m.gender || m.gender === 'they' || !p.gender || p.gender === 'they' || p.gender === m.gender;

/** A body's name closing a role phrase: "of the Rural Chapels Society", "for Hill Farming Trust". */
const PASSING_BODY = /\b(?:of|for|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'\-]*\s+){1,5}\p{Lu}\p{Ll}+)$/u;

/** A place in the story: paragraph and offset in one number, for "most recent". */
export const position = (paragraph: number, offset: number): number => paragraph * 1_000_000 + offset;

const nameWords = (s: string): string[] =>
  fold(s)
    .split(/[\s.]+/u)
    .filter((w) => w && !/^(mr|mrs|ms|miss|dr|prof|sir|dame|lord|lady|cllr|councillor)$/u.test(w));

/** "Bank of England" → "bank"; "Imdad Qazi" → "qazi". */
function headOf(words: string[]): string {
  const cut = words.findIndex((w) => w === 'of' || w === 'for' || w === 'and');
  const core = cut > 0 ? words.slice(0, cut) : words;
  return core[core.length - 1] ?? '';
}

export class People {
  readonly all: Person[] = [];
  private readonly byToken = new Map<string, Person[]>();
  private readonly byRole = new Map<string, Person[]>();
  private readonly byKnown = new Map<string, Person>();
  /** Subjects in reading order (a person may appear many times); pronouns look back through the tail. */
  private readonly subjects: Person[] = [];
  private readonly mentions: Person[] = [];
  /** Bodies the story named without making them speakers, in order: "the society" may mean one later. */
  private readonly passing: Array<{ m: Mention; paragraph: number; words: string[] }> = [];
  /** Who wrote "a statement", "a letter": "the statement said" speaks for them. */
  private readonly documents = new Map<string, Person>();

  constructor(private readonly known: readonly Speaker[] = []) {}

  /** The person a mention refers to, creating one when the mention introduces somebody. */
  resolve(m: Mention, paragraph: number, subject: boolean, mayCreate: boolean, not?: Person): Person | null {
    const pos = position(paragraph, m.start);
    let p: Person | null = null;
    const described = m.describes ? this.described(m.describes) : undefined;
    // "the 30-year-old" with two of them, or none: nobody. An unmatched nationality may still be a name ("the Guardian").
    if (described === null || (described === undefined && (m.describes?.age !== undefined || m.describes?.linkedTo !== undefined))) return null;
    if (described) p = described;
    else if (m.kind === 'pronoun') p = m.group ? this.body(paragraph) : this.pronoun(m.pronoun!, not);
    else if (m.kind === 'name') p = this.name(m, paragraph, mayCreate);
    else p = this.role(m, paragraph, mayCreate);
    if (!p) return null;
    if (m.kind === 'pronoun' && m.pronoun !== 'they' && !p.gender && !p.group) p.gender = m.pronoun!;
    if (m.gender && !p.gender && m.kind !== 'pronoun') p.gender = m.gender;
    // "the statement said" speaks for CalMac, but "statement" is not CalMac's role.
    const through = m.kind === 'role' && kindOf(m) !== p.kind;
    if (through) m = settled({ ...m, role: undefined, roleHead: undefined, roleWords: undefined });
    if (plausibleRole(m.role) && !p.role) p.role = m.role;
    if (m.roleHead && !p.roleHead) {
      p.roleHead = m.roleHead;
      this.index(this.byRole, m.roleHead, p);
    }
    if (m.roleWords) for (const w of m.roleWords) if (!p.roleWords.includes(w)) p.roleWords.push(w);
    if (m.person) p.person = true;
    const first = p.firstMention.paragraph === paragraph && p.firstMention.start === m.start;
    if (!first && !p.references.includes(m.text)) p.references.push(m.text);
    p.lastMention = pos;
    this.mentions.push(p);
    if (subject) {
      p.lastSubject = pos;
      this.subjects.push(p);
    }
    return p;
  }

  /** The person last mentioned whom the story has called `gender` ("her" in "the club quoted her:"); an unknown gender is no match. */
  lastOfGender(gender: Gender): Person | null {
    for (let i = this.mentions.length - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) if (!this.mentions[i].group && this.mentions[i].gender === gender) return this.mentions[i];
    return null;
  }

  /** Who "he" or "she" would mean here, leaving out `not`, without recording a mention: for weighing a reading before taking it. */
  peekPronoun(pronoun: Gender, not?: Person): Person | null {
    return this.pronoun(pronoun, not);
  }

  /** `p` answered a question (a Q&A answer): the subject "she" and "he" look back to next. */
  spoke(p: Person, paragraph: number): void {
    p.lastSubject = position(paragraph, 0);
    this.subjects.push(p);
  }

  /**
   * The one person a description fits: the age the story gave them, or a
   * nationality among the words before their name. Undefined when nobody
   * fits, null when more than one does.
   */
  private described(d: Description): Person | null | undefined {
    let found: Person | undefined;
    for (const p of this.all) {
      if (p.group) continue;
      const fits =
        d.age !== undefined ? p.age === d.age : d.linkedTo !== undefined ? !!p.context?.has(d.linkedTo) && !p.tokens.includes(d.linkedTo) : !!d.nationality && p.roleWords.includes(d.nationality);
      if (!fits) continue;
      if (found) return null;
      found = p;
    }
    return found;
  }

  /** Keep the capitalised words of the sentence that first named `p`, for "the former Celtic man". */
  firstSentence(p: Person, words: Iterable<string>): void {
    p.context ??= new Set(words);
  }

  /** Attach what a comma phrase says about a person ("Derek Mills, 67," is a person; ", a Republican from Ohio" is a role). */
  describe(p: Person, role: string | undefined, gender: Gender | null | undefined, person: boolean, age?: number): void {
    if (age !== undefined && p.age === undefined) p.age = age;
    if (!plausibleRole(role)) role = undefined;
    if (role && !p.role) p.role = role;
    if (gender && !p.gender) p.gender = gender;
    if (person) p.person = true;
    if (role) {
      const words = role.toLowerCase().split(/\s+/u).map((w) => w.replace(/['’]s$/u, ''));
      for (const w of words) {
        const key = roleKey(w);
        if (!p.roleWords.includes(key)) p.roleWords.push(key);
      }
      // "North Korea's state news agency, KCNA": "the agency" now means KCNA. The head is the last role noun before any "of"/"for".
      if (!p.roleHead) {
        const cut = words.findIndex((w) => w === 'for' || w === 'of' || w === 'at' || w === 'with');
        const head = (cut > 0 ? words.slice(0, cut) : words).filter((w) => roleNoun(w) || isTitle(w)).pop();
        if (head) {
          p.roleHead = roleKey(head);
          this.index(this.byRole, p.roleHead, p);
          // "the operator, CalMac Ferries", "state news agency, KCNA": a body, unless the text has said it is a person.
          if (GROUP_NOUNS.has(head) && !p.gender) {
            p.group = true;
            p.kind = DOCUMENT_NOUNS.has(head) ? 'document' : PUBLICATION_NOUNS.has(head) ? 'publication' : 'organisation';
          }
        }
      }
    }
  }

  /** `p` wrote a document ("said in a statement"): "the statement" later speaks for them. */
  ownDocument(noun: string, p: Person): void {
    this.documents.set(roleKey(noun), p);
  }

  /**
   * He/she: the most recent compatible subject, then the most recent
   * compatible mention. A subject is the first person a sentence names, or
   * the speaker of a cue: "she said" after a paragraph about Susan Ellis and
   * her mother means Susan Ellis.
   */
  private pronoun(pronoun: Gender, not?: Person): Person | null {
    const fits = (p: Person): boolean =>
      p !== not && (pronoun === 'they' ? p.gender === 'they' || p.group : !p.group && p.person && (p.gender === pronoun || p.gender === null));
    for (const list of [this.subjects, this.mentions]) {
      for (let i = list.length - 1, seen = 0; i >= 0 && seen < 200; i--, seen++) if (fits(list[i])) return list[i];
    }
    return null;
  }

  /**
   * "It" as a cue's subject: the body that was the last subject, in this
   * paragraph or the one before ("The company was fined. ¶ In a statement,
   * it said …"). "It" reaches back no further, and never past a person who
   * was the subject since: a body the rules did not take for a speaker
   * ("The bank published its review. It said …") would otherwise hand its
   * words to an older one.
   */
  private body(paragraph: number): Person | null {
    const last = this.subjects[this.subjects.length - 1];
    return last && last.group && last.lastSubject >= position(paragraph - 1, 0) ? last : null;
  }

  private name(m: Mention, paragraph: number, mayCreate: boolean): Person | null {
    const words = m.nameTokens ?? nameWords(m.name ?? '');
    if (!words.length) return null;
    const last = words[words.length - 1];
    // The same full name, or a later reference by one name word: last word (surname), then any (family name first: "Ms Hua").
    const candidates = this.byToken.get(last) ?? [];
    const exact = candidates.filter((p) => p.tokens.join(' ') === words.join(' '));
    if (exact.length) return this.recent(exact);
    if (words.length === 1 || m.honorific) {
      // "Mrs Evans" after Rhys Evans, 34, "he": his wife or mother, not him.
      const pool = (this.byToken.get(words[0]) ?? []).filter((p) => (!m.honorific || !p.group) && sameGender(m, p));
      // "Ros said" with Ros Kell and Ros Vane in the story: the one the paragraph or the one before named, else nobody (and nobody new).
      if (!m.honorific) {
        const given = pool.filter((p) => !p.group && p.tokens.length >= 2 && p.tokens[0] === words[0] && p.head !== words[0]);
        if (given.length >= 2 && !pool.some((p) => p.head === words[0])) {
          const near = given.filter((p) => p.lastMention >= position(paragraph - 1, 0));
          return near.length === 1 ? near[0] : null;
        }
      }
      const byHead = pool.filter((p) => p.head === words[words.length - 1]);
      if (byHead.length) return this.recent(byHead);
      if (pool.length) return this.recent(pool);
    } else {
      // "Ngozi Okafor" after an earlier bare "Okafor": the same person, now named in full.
      const partial = candidates.filter((p) => p.tokens.length === 1 && !p.group);
      // "her sister, Ros," then "Ros Kell": the one person known by that given name alone is now named in full.
      const givenOnly = partial.length ? [] : (this.byToken.get(words[0]) ?? []).filter((p) => p.tokens.length === 1 && p.tokens[0] === words[0] && !p.group && p.kind === 'person' && !p.known);
      if (partial.length || givenOnly.length === 1) {
        const p = partial.length ? this.recent(partial) : givenOnly[0];
        if (partial.length) p.namedInFullAt = position(paragraph, m.start);
        p.name = m.style ? `${m.style} ${m.name!}` : m.name!;
        p.parts = splitName(p.name);
        p.tokens = words;
        p.head = headOf(words);
        for (const w of words) this.index(this.byToken, w, p);
        return p;
      }
    }
    // "Tarn Mining said" after "Tarn Mining Ltd": the body by its short name, without the company's suffix.
    if (words.length >= 2) {
      const full = (this.byToken.get(words[0]) ?? []).find((p) => p.group && p.tokens.length > words.length && words.every((w, n) => p.tokens[n] === w) && p.tokens.slice(words.length).every((w) => COMPANY_SUFFIXES.has(w)));
      if (full) return full;
    }
    const near = this.nearName(m);
    // "Ms Ker said" before "Helen Kerr, 52,": a fuller name is somebody of its own while reading; once the
    // story is read, the slip goes to the one full name that fits (fullest.ts), and a Tom Kerr as well blocks it.
    if (near && !(near.tokens.length === 1 && words.length >= 2 && !near.group && !m.group)) return near;
    const known = this.matchKnown(m, words);
    if (known) return known;
    if (m.asRole) return this.role(m.asRole, paragraph, mayCreate);
    if (!mayCreate) {
      // "who sits on the board of the Rural Chapels Society": a body named in passing, which a later "the society said" means.
      if (m.group && words.length >= 2) this.passing.push({ m, paragraph, words });
      return null;
    }
    return this.named(m, words, paragraph) ?? this.create(m, paragraph, words);
  }

  /**
   * "A coroner has said …" in the intro, then "area coroner Joanna Pryce
   * said": a story names an office-holder after the headline and intro
   * have given only the office. The one unnamed holder of that office from
   * the first two paragraphs takes the name; its quotes go with it. Only
   * for offices one person holds in a story: "a witness" and "another
   * witness, Tom Reyes," are two people.
   */
  /** Whether the headline gave a speaker only as this role ("says chairman"), whom the body's "The chairman, Martin Ellery," names. */
  headlineHolder(roleHead: string, paragraph: number): boolean {
    return (this.byRole.get(roleHead) ?? []).some((p) => (p.headline || (p.definite !== undefined && paragraph - p.definite <= 1)) && !p.tokens.length && p.kind === 'person' && !p.known);
  }

  private named(m: Mention, words: string[], paragraph: number): Person | null {
    if (!m.roleHead || m.group) return null;
    // "'…' says farmer" over "Farmer Gareth Pryce …": a headline's speaker given only as a description is the body's person first given it.
    const office = SINGLE_OFFICES.has(m.roleHead);
    // "The housing minister said …" then "Alun Rees, the minister,": an office given with "the" and nobody named for it is the next one named for it.
    const awaits = (p: Person): boolean => !!p.headline || (p.definite !== undefined && paragraph - p.definite <= 1);
    const early = (this.byRole.get(m.roleHead) ?? []).filter((p) => !p.tokens.length && p.kind === 'person' && !p.known && ((office && p.firstMention.paragraph <= 1) || awaits(p)));
    if (early.length !== 1) return null;
    return this.takeName(early[0], m, words);
  }

  /**
   * "Another pundit, the former Stevenage manager Alan Reddy, disagreed": somebody unnamed (`p`) whom
   * the comma phrase straight after names. They are one person, by that name; null when `p` is not an
   * unnamed person or the story already has someone by that name.
   */
  nameInApposition(p: Person, m: Mention): Person | null {
    const words = m.nameTokens ?? [];
    if (p.tokens.length || p.kind !== 'person' || p.known || m.kind !== 'name' || m.group || words.length < 2) return null;
    if ((this.byToken.get(words[words.length - 1]) ?? []).some((x) => x.tokens.join(' ') === words.join(' '))) return null;
    return this.takeName(p, m, words);
  }

  private takeName(p: Person, m: Mention, words: string[]): Person {
    p.name = m.style ? `${m.style} ${m.name!}` : m.name!;
    p.parts = splitName(p.name);
    p.tokens = words;
    p.head = headOf(words);
    p.role = plausibleRole(m.role) ? m.role : p.role;
    if (m.gender && !p.gender) p.gender = m.gender;
    p.person = true;
    for (const w of words) this.index(this.byToken, w, p);
    return p;
  }

  /**
   * A later reference spelt differently ("Ms Brenan" for Grace Brennan,
   * "Walshe" for Owen Walsh, "Mr. Costa"): the one person whose name it
   * near-matches (src/shared/names). Two equally good candidates, or none: no link.
   */
  private nearName(m: Mention): Person | null {
    if (!m.name) return null;
    const parts = splitName(m.honorific ? `${m.honorific} ${m.name}` : m.name);
    let best: Person | null = null;
    let bestEdits = Infinity;
    let tie = false;
    for (const p of this.all) {
      if (p.group || !p.parts.words.length || !sameGender(m, p)) continue;
      const c = compareNameParts(parts, p.parts);
      if (c.relation === 'different' || c.relation === 'same') continue;
      if (c.edits < bestEdits) {
        best = p;
        bestEdits = c.edits;
        tie = false;
      } else if (c.edits === bestEdits && p !== best) tie = true;
    }
    if (!best || tie) return null;
    if (bestEdits > 0 && !best.variants.includes(m.text)) best.variants.push(m.text);
    return best;
  }

  private role(m: Mention, paragraph: number, mayCreate: boolean): Person | null {
    const head = m.roleHead!;
    this.notePassingBody(m, paragraph);
    // "Another student, who did not want to be named," is somebody new, never the student named before.
    const definite = !/^(?:a|an|another)\s/iu.test(m.text);
    // "Coroner warns …" over "A coroner has said …": the headline's office-holder is the intro's.
    if (!definite && paragraph <= 1 && SINGLE_OFFICES.has(head)) {
      const headline = (this.byRole.get(head) ?? []).find((p) => !p.tokens.length && p.kind === 'person' && p.firstMention.paragraph < paragraph);
      if (headline) return headline;
    }
    if (definite && (DOCUMENT_NOUNS.has(head) || this.documents.has(head))) {
      const owner = this.documents.get(head);
      if (owner) return owner;
    }
    if (definite) {
      // "the society" after the Wexcombe Building Society: a body the story has named, whose name ends in the word, before any unnamed holder.
      const named = GROUP_NOUNS.has(head) ? this.namedBody(head) : null;
      if (named && named.tokens[named.tokens.length - 1] === head) return named;
      // Else the body whose name ends in the word that the story named in passing, now speaking: it goes in the table by its name.
      if (!named && mayCreate && GROUP_NOUNS.has(head)) {
        const seen = this.passing.filter((b) => b.words[b.words.length - 1] === head).pop();
        if (seen) {
          const body = this.create(seen.m, seen.paragraph, seen.words);
          this.passing.splice(this.passing.indexOf(seen), 1);
          return body;
        }
      }
      // "the minister" after "The transport secretary, Nia Rowe,": a secretary of state is a minister too (named holders only).
      let pool = this.byRole.get(head) ?? (head === 'minister' ? [...(this.byRole.get('secretary') ?? []), ...(this.byRole.get('chancellor') ?? [])].filter((p) => p.tokens.length > 0 && p.kind === 'person') : []);
      const extra = (m.roleWords ?? []).filter((w) => roleKey(w) !== head);
      // "Her barrister" is not the one the story gave as "His barrister": the possessives name two different clients.
      const whose = /^(his|her)\s/iu.exec(m.text)?.[1].toLowerCase();
      if (whose) pool = pool.filter((p) => !p.whose || p.whose === whose);
      if (pool.length) {
        // Prefer the holder whose role shares most words ("the Northfield manager" → the Northfield boss), then the most recent.
        let best: Person | null = null;
        let bestScore = -1;
        for (const p of pool) {
          const score = extra.filter((w) => p.roleWords.includes(w) || p.tokens.includes(fold(w))).length;
          if (score > bestScore || (score === bestScore && best && p.lastMention > best.lastMention)) {
            best = p;
            bestScore = score;
          }
        }
        if (best) return best;
      }
      const same = this.all.find((p) => fold(p.name) === fold(m.role ?? ''));
      if (same) return same;
      // "the institute" after the Institute for Fiscal Studies, "the club" after Bristol Rovers: the body the story last named.
      const body = this.namedBody(head) ?? this.lastBodySubject(head, paragraph) ?? this.bodyOfKind(head);
      if (body) return body;
      // "the newspaper", "the broadcaster": the publication the story last named.
      if (PUBLICATION_NOUNS.has(head)) {
        for (let i = this.mentions.length - 1; i >= 0; i--) if (this.mentions[i].kind === 'publication' && sameMedium(head, this.mentions[i])) return this.mentions[i];
      }
    }
    // "its website", "their statement": somebody's, but whose is not said here. Better no speaker than a made-up one.
    // A relative is the exception: "his family said:" is who a sub would tag, named as the story names them.
    if (/^(?:its|his|her|their|our|my)\s/iu.test(m.text) && !KIN.has(head)) return null;
    if (!mayCreate) return null;
    return this.create(m, paragraph, []);
  }

  /**
   * "the board of the Rural Chapels Society": a role whose words end in a body's name (capitals after
   * "of", "for" or "at", the last a body's noun). The body is named in passing; keep it for a later
   * "the society said".
   */
  private notePassingBody(m: Mention, paragraph: number): void {
    const found = PASSING_BODY.exec(m.text);
    if (!found) return;
    const name = found[1];
    const words = name.split(/\s+/u).map((w) => fold(w));
    if (!GROUP_NOUNS.has(words[words.length - 1]) || this.passing.some((b) => b.words.join(' ') === words.join(' '))) return;
    const start = m.start + found.index + found[0].length - name.length;
    const body: Mention = settled({ kind: 'name', start, end: start + name.length, text: name, name, nameTokens: words, group: true, person: false, gender: 'they', from: m.from, to: m.to });
    this.passing.push({ m: body, paragraph, words });
  }

  /**
   * "Pellow Bakeries is to shut … the firm said", "The Federation of Small Quarries said … the lobby
   * group said": a generic noun for a body (UMBRELLA_BODIES, COMPANY_BODIES) means the named
   * organisation the story last made a subject, in this paragraph or the two before. A company noun
   * never means a body whose own name says it is something else ("Lancaster City Council").
   */
  private lastBodySubject(head: string, paragraph: number): Person | null {
    const umbrella = UMBRELLA_BODIES.has(head);
    if (!umbrella && !COMPANY_BODIES.has(head)) return null;
    for (let i = this.subjects.length - 1, seen = 0; i >= 0 && seen < 60; i--, seen++) {
      const p = this.subjects[i];
      if (p.lastSubject < position(paragraph - 2, 0)) return null;
      if (p.kind !== 'organisation' || !p.tokens.length || p.known) continue;
      const last = p.tokens[p.tokens.length - 1];
      return umbrella || !GROUP_NOUNS.has(last) ? p : null;
    }
    return null;
  }

  /**
   * "the agency said" after the Superintendency of the Environment, "the university said" after the
   * University of Leeds: the one named body of the kind the noun names (BODY_KINDS). Two of that kind:
   * the last one made a subject, else nobody (the noun stays as written).
   */
  private bodyOfKind(head: string): Person | null {
    const kind = BODY_KINDS[head];
    if (!kind) return null;
    let only: Person | null = null;
    let count = 0;
    let subject: Person | null = null;
    for (const p of this.all) {
      if (!p.group || p.kind !== 'organisation' || !p.tokens.length || p.known || !p.tokens.some((w) => kind.has(w))) continue;
      count++;
      only = p;
      if (p.lastSubject >= 0 && (!subject || p.lastSubject > subject.lastSubject)) subject = p;
    }
    return count === 1 ? only : subject;
  }

  /** The most recently mentioned organisation or publication whose name has the role's word in it ("the journal": the Municipal Journal). */
  private namedBody(head: string): Person | null {
    let best: Person | null = null;
    for (const p of this.all) {
      if (!p.group || p.kind === 'document' || !p.tokens.length) continue;
      const fits = p.tokens.includes(head) || (head === 'club' && CLUB_WORDS.has(p.tokens[p.tokens.length - 1]));
      if (fits && (!best || p.lastMention > best.lastMention)) best = p;
    }
    return best;
  }

  private matchKnown(m: Mention, words: string[]): Person | null {
    if (!this.known.length) return null;
    const text = fold(m.text);
    let match: Speaker | undefined = this.known.find((s) => nameWords(s.name).join(' ') === words.join(' '));
    match ??= this.known.find((s) => s.laterReference && fold(s.laterReference) === text);
    if (!match && (words.length === 1 || m.honorific)) {
      const hits = this.known.filter((s) => {
        const w = nameWords(s.name);
        return w[w.length - 1] === words[words.length - 1] || (words.length === 1 && w.includes(words[0]));
      });
      if (hits.length === 1) match = hits[0];
    }
    if (!match) return null;
    return this.byKnown.get(match.id) ?? null;
  }

  private create(m: Mention, paragraph: number, words: string[]): Person {
    const name = m.kind === 'role' ? (m.role ?? m.text) : (m.name ?? m.text);
    const p: Person = {
      id: this.all.length,
      name,
      tokens: words,
      head: headOf(words),
      role: plausibleRole(m.role) ? m.role : '',
      roleHead: m.roleHead,
      roleWords: [...(m.roleWords ?? [])],
      gender: m.gender ?? null,
      group: !!m.group || kindOf(m) !== 'person',
      kind: kindOf(m),
      variants: [],
      parts: m.kind === 'name' ? splitName(name) : { honorific: null, words: [], given: [], surname: [] },
      person: !!m.person || (words.length >= 2 && !m.group),
      firstMention: { paragraph, start: m.start, end: m.end },
      references: [],
      lastMention: -1,
      lastSubject: -1,
      // Every person is built with the same fields, in one order: the engine then keeps one shape for them all.
      whose: undefined,
      namedInFullAt: undefined,
    };
    // "says farmer" in a headline: a bare description, no article, which the body will name; "A witness said" is one of several.
    // "TV chef tells …" too: a capital that is an abbreviation's, not an article's.
    if (paragraph === 0 && m.kind === 'role' && (/^\p{Ll}/u.test(m.text) || /^\p{Lu}{2,}\s+\p{Ll}/u.test(m.text))) p.headline = true;
    if (m.kind === 'role' && !p.group && /^the\s/iu.test(m.text)) p.definite = paragraph;
    if (m.style) p.name = `${m.style} ${name}`;
    const known = this.knownFor(m, words);
    if (known) {
      p.known = known;
      p.name = known.name;
      p.parts = splitName(known.name);
      if (known.kind && known.kind !== 'person') {
        p.kind = known.kind;
        p.group = true;
      }
      if (known.role) p.role = known.role;
      if (known.pronoun) p.gender = known.pronoun === 'it' ? 'they' : known.pronoun;
      for (const w of nameWords(known.name)) if (!p.tokens.includes(w)) p.tokens.push(w);
      p.head = headOf(nameWords(known.name));
      this.byKnown.set(known.id, p);
    }
    this.all.push(p);
    for (const w of p.tokens) this.index(this.byToken, w, p);
    if (p.roleHead) this.index(this.byRole, p.roleHead, p);
    return p;
  }

  private knownFor(m: Mention, words: string[]): Speaker | undefined {
    if (!this.known.length || m.kind !== 'name') return undefined;
    const text = fold(m.text);
    const exact = this.known.find((s) => nameWords(s.name).join(' ') === words.join(' '));
    if (exact) return exact;
    const later = this.known.find((s) => s.laterReference && fold(s.laterReference) === text);
    if (later) return later;
    const hits = this.known.filter((s) => {
      const w = nameWords(s.name);
      return words.length && w[w.length - 1] === words[words.length - 1] && (words.length === 1 || w[0] === words[0]);
    });
    return hits.length === 1 ? hits[0] : undefined;
  }

  private recent(list: Person[]): Person {
    let best = list[0];
    for (const p of list) if (p.lastMention > best.lastMention) best = p;
    return best;
  }

  private index(map: Map<string, Person[]>, key: string, p: Person): void {
    const list = map.get(key);
    if (!list) map.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  }
}
