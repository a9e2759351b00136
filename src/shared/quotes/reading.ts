// One paragraph read for attribution: its tokens, the cue of each quotation
// in it and every phrase that names somebody. All of it depends on the
// paragraph's text and marks alone, so it is kept per paragraph (memo.ts):
// a rerun after the sub types reads again only the paragraphs that changed.
// Deciding who each phrase is needs the story before it: attribute.ts.
import { findCue, isCueAt, sentenceStart, subjectBefore, type Cue } from './cues';
import { DOCUMENT_NOUNS, GROUP_NOUNS, NAMING_WORDS, NOT_NAMES, WORK_NOUNS } from './lexicon';
import { ParagraphMemo } from './memo';
import { npAfter, npBefore, parseNP, roleNoun, settled, type Mention } from './mentions';
import type { Segment } from './spans';
import { unnamedPerson, unnamedPhraseEnd } from './unnamed';
import { describedBy, descriptionMention } from './descriptions';
import { isCapitalised, isPossessive, tokenize, type Token } from './tokens';

/** A phrase naming somebody, found in one paragraph before anyone is resolved. */
export interface FoundMention {
  from: number;
  to: number;
  mention: Mention;
  /** The phrase is a cue's speaker ("said Mr Qazi"). */
  cue: boolean;
  /** The phrase is the subject of a cue verb or the first name of its sentence (attribute.ts settles the second). */
  subject: boolean;
}

/** What attribute.ts needs of a paragraph: tokens, cues by quote token, mentions in reading order. */
export interface ParagraphReading {
  tokens: Token[];
  cues: Map<number, Cue | null>;
  found: readonly FoundMention[];
}

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
/** Words in a phrase: what "a word or two" and "a short phrase" count. */
export const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? []).length;
/** Two or more words in capitals at the start of a paragraph: a wire-style intro lead-in. */
const CAPS_LEAD = /^\s*[\p{Lu}][\p{Lu}’'\-]+(?:\s+[\p{Lu}][\p{Lu}’'\-]*)+\s/u;
const HONORIFIC_CAPS = /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)$/u;

/** Words that go on with the sentence after a quoted noun phrase, rather than a noun the quote qualifies. */
const CLAUSE_WORDS = new Set('was is were are has had have and or but to in on for of that which who with by from at as will would could should may might must can did does do'.split(' '));

/** "a “make-or-break” moment", "a “serious” offer": a word or two in marks between an article and its noun. */
function isQualifier(tokens: readonly Token[], q: number): boolean {
  const w = tokens[q - 1]?.lower;
  const next = tokens[q + 1];
  return (w === 'a' || w === 'an' || w === 'the') && wordCount(tokens[q].text) <= 2 && isWord(next) && /^\p{Ll}/u.test(next.text) && !CLAUSE_WORDS.has(next.text);
}

/** Verbs of plain speech whose named subject owns a qualifier in marks inside the reported words: "Meireles said … a “serious” offer". */
const SAYING = new Set(['said', 'says', 'told', 'added', 'insisted', 'argued', 'warned']);

/**
 * A qualifier in marks inside what a named person said ("Meireles said the
 * union would go back if the airline made a “serious” offer"): her word,
 * quoted. Only with a verb of plain speech and a person named by name; after
 * "analysts called it" the marks are nobody's.
 */
function spokenQualifier(tokens: readonly Token[], q: number, cue: Cue | null): boolean {
  // "the “open rivers” pact" names a thing; "a “serious” offer" judges one.
  if (!cue || cue.mode !== 'before' || !isQualifier(tokens, q) || tokens[q - 1].lower === 'the') return false;
  for (let k = tokens[q].sentenceFrom; k < q; k++) if (NAMING_WORDS.has(tokens[k].lower)) return false;
  const verb = cue.text.split(/\s+/u).pop()?.toLowerCase() ?? '';
  const last = tokens[cue.np.to - 1];
  return SAYING.has(verb) && isWord(last) && isCapitalised(last.text) && !NOT_NAMES.has(last.text);
}

/**
 * Quotation marks that mark a name or a label, not speech: "the film
 * “Oppenheimer”", "so-called “peace plan”", "Ọmọ (“Child”)", "known as
 * “the Hammer”".
 */
export function isNaming(tokens: readonly Token[], q: number): boolean {
  const prev = tokens[q - 1];
  if (!prev) return false;
  if (prev.kind === 'punct' && prev.text === '(') return true;
  // "a short memoir, “Nine Men and a Wheel”,": a work's title in commas after the work.
  if (prev.text === ',' && isWord(tokens[q - 2]) && WORK_NOUNS.has(tokens[q - 2].lower) && isCapitalised(tokens[q].text.trim()) && wordCount(tokens[q].text) <= 8 && !/[.!?,]\s*$/u.test(tokens[q].text)) return true;
  if (!isWord(prev)) return false;
  const w = prev.text.toLowerCase();
  // "what it called “gaps in cooperation”", "what Mr Ross called “a stitch-up”": somebody's own words, named as theirs.
  // A capitalised one is a name all the same: what campaigners call “Michael’s Law”.
  const whatCalled = /^\s*\p{Ll}/u.test(tokens[q].text) && tokens.slice(Math.max(0, q - 5), q - 1).some((t) => t.lower === 'what');
  if ((NAMING_WORDS.has(w) || w === 'calls' || w === 'call' || w === 'calling') && !whatCalled) return true;
  // "a “make-or-break” moment": a word or two qualifying the noun after it, not speech.
  if (isQualifier(tokens, q)) return true;
  if (w === 'as' && wordCount(tokens[q].text) <= 4 && knownAs(tokens, q - 1)) return true;
  // "the film “Oppenheimer”" names a work; "called the record “bleak”" is a verdict on one, spoken.
  const verdict = /^\s*\p{Ll}/u.test(tokens[q].text) && isWord(tokens[q - 2]) && /^(?:the|a|an|this|that|his|her|their|its)$/iu.test(tokens[q - 2].text) && isCueAt(tokens, q - 3);
  if (WORK_NOUNS.has(w) && wordCount(tokens[q].text) <= 8 && !verdict) return true;
  // Speech is never introduced by a possessive: CNN's “State of the Union”, Homer’s “The Odyssey”.
  if (isPossessive(prev.text) && isCapitalised(tokens[q].text.trim()) && wordCount(tokens[q].text) <= 8) return true;
  return isTermOfArt(tokens, q);
}

/**
 * "known as", "known to the miners as", "known in the town for two generations as": the words
 * between "known" and "as" say where or by whom a name is used, so what follows is a name.
 */
function knownAs(tokens: readonly Token[], as: number): boolean {
  for (let k = as - 1; k >= Math.max(0, as - 8); k--) {
    const t = tokens[k];
    if (!isWord(t)) return false;
    if (/^(?:known|billed|described|branded|dubbed|nicknamed|referred)$/u.test(t.lower)) return k === as - 1 || t.lower !== 'described';
  }
  return false;
}

/** Nouns of the law and of rule books that a quoted term stands for: "the offence of “wilful neglect”". */
const TERM_NOUNS = new Set('meaning definition offence offense charge crime test threshold category defence defense principle doctrine concept duty standard tort ground grounds term phrase expression label classification'.split(' '));
/** What a quoted term is said to be, in a comma phrase after it: "“culpability A”, the highest category". */
const THING_NOUNS = new Set('category offence offense term phrase band level tier grade rating classification test standard clause provision section label name title designation status definition'.split(' '));
/** The last word of a law, a code or a rule book's name: "under the Mental Capacity Act". */
const LAW_WORDS = new Set('Act Acts Code Regulations Rules Order Directive Treaty Charter Constitution Convention Bill Statute Guidelines guidelines rules code'.split(' '));

/**
 * A term of art in quotation marks, not speech: a phrase from a statute, a
 * rule book or guidelines ("the meaning of “wilful neglect” under the Mental
 * Capacity Act", "fell into “culpability A”, the highest category"). Short
 * and unpunctuated; nobody a sub could tag said it.
 */
function isTermOfArt(tokens: readonly Token[], q: number): boolean {
  const quoted = tokens[q].text.trim();
  if (wordCount(quoted) > 6 || /[,.!?;:]$/u.test(quoted)) return false;
  const prev = tokens[q - 1];
  const prev2 = tokens[q - 2];
  // "the meaning of “…”", "the offence of “…”".
  if (isWord(prev) && prev.text === 'of' && isWord(prev2) && TERM_NOUNS.has(prev2.text.toLowerCase())) return true;
  const next = tokens[q + 1];
  // "“…” under the Mental Capacity Act", "“…” in section 44", "“…” in the guidelines".
  if (isWord(next) && /^(?:under|in|within)$/u.test(next.text)) {
    for (let k = q + 2; k < Math.min(tokens.length, q + 9) && isWord(tokens[k]); k++) {
      if (LAW_WORDS.has(tokens[k].text) || (k === q + 2 && /^(?:section|sections|s|article|paragraph|schedule|rule)$/iu.test(tokens[k].text))) return true;
    }
  }
  // "“…”, the highest category in the guidelines": a comma phrase naming what the term is.
  if (next?.text === ',' && isWord(tokens[q + 2]) && /^(?:the|a|an)$/iu.test(tokens[q + 2].text)) {
    for (let k = q + 3; k < Math.min(tokens.length, q + 7) && isWord(tokens[k]); k++) if (THING_NOUNS.has(tokens[k].text.toLowerCase())) return true;
  }
  return false;
}

/**
 * "called the plan “reckless” and “cynical”" is a verdict, spoken; "calls
 * the drills “rehearsals for invasion”" and "called him “the Hammer”" give
 * a name. A word or two is a verdict; a longer phrase, or one starting
 * with an article, is a name.
 */
function namedByCall(cue: Cue, q: number, tokens: readonly Token[]): boolean {
  const quoted = tokens[q].text;
  // The verb, not a comma phrase inside the cue: "A deckhand, who asked not to be named, said" names nothing.
  if (!NAMING_CUE.test(cue.text.replace(/,[^,]*,/gu, ' '))) return false;
  // "called the strike “reckless and wholly unnecessary”": words ending in an adjective judge; they name nothing.
  if (/^\s*\p{Ll}/u.test(quoted) && !/^\s*(?:the|a|an)\s/iu.test(quoted) && ADJECTIVE_END.test(quoted.trim())) return false;
  // "which calls itself Portugal’s “national champion”": a name it gives itself.
  if (tokens.slice(Math.max(0, q - 4), q).some((t) => REFLEXIVE.has(t.lower))) return true;
  // "called the figures “a national scandal”": an indefinite description of three words or more is a verdict, spoken.
  if (/^\s*an?\s+\p{Ll}/u.test(quoted) && wordCount(quoted) >= 3) return false;
  // "what it called “gaps in cooperation”", "what she called “a betrayal”": the speaker's own words, not a name.
  if (tokens[cue.np.from - 1]?.lower === 'what') return false;
  return wordCount(quoted) > 2 || /^\s*(?:the|a|an)\s/iu.test(quoted);
}
const REFLEXIVE = new Set(['itself', 'himself', 'herself', 'themselves']);
/** A last word with an adjective's ending: "irresponsible", "unnecessary", "dangerous", "careless". */
const ADJECTIVE_END = /\p{Ll}{2,}(?:ible|able|ous|ful|ive|less|ary|ical|ent|ant)[.,!?]?$/u;
/** Verbs that give a name or a verdict: "called", "branded", "dubbed", "labelled", "termed". */
const NAMING_CUE = /\b(?:call(?:s|ed|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|led|ling|ed|ing)?|term(?:s|ed|ing)?|nam(?:es|ed|ing))\b/iu;


function read(text: string, segments: readonly Segment[]): ParagraphReading {
  const tokens = tokenize(text, segments);
  const capsLead = CAPS_LEAD.test(text);
  const ctxAt = (i: number) => ({ capsLead, sentenceStart: sentenceStart(tokens, i) });

  // 1. Cues of every quotation in the paragraph.
  const cues = new Map<number, Cue | null>();
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'quote') continue;
    const naming = isNaming(tokens, i);
    const own = naming && !isQualifier(tokens, i) ? null : findCue(tokens, i, text);
    const cue = naming && !spokenQualifier(tokens, i, own) ? null : own;
    cues.set(i, cue && namedByCall(cue, i, tokens) ? null : cue);
  }

  // 2. Every mention, cue speakers first, then names and pronouns the text carries anyway.
  const found: FoundMention[] = [];
  const taken = new Set<number>();
  const add = (from: number, to: number, cue: boolean): void => {
    for (let k = from; k < to; k++) if (taken.has(k)) return;
    const description = describedBy(tokens, from, to);
    // Phrases added here are cue speakers or the subjects of verbs of speaking: "A haulier from Hull, speaking from his cab, said".
    // "A haulier from Hull" is the haulier, not Hull; a role noun's holder ("a spokesperson for X") the phrase parser reads.
    const unnamed = unnamedPerson(tokens, from, to, text, true);
    const parsed = (unnamed && !roleNoun(unnamed.roleHead ?? '') ? unnamed : null) ?? parseNP(tokens, from, to, text, ctxAt(from)) ?? unnamed;
    const read = description ? { ...(parsed ?? descriptionMention(tokens, from, to, text)), describes: description } : parsed;
    if (!read) return;
    const mention = settled(read);
    for (let k = from; k < to; k++) taken.add(k);
    found.push({ from, to, mention, cue, subject: cue });
  };
  for (const cue of cues.values()) if (cue && !cue.speakerless) add(cue.np.from, cue.np.to, true);
  // Speakers of reported speech ("Alvarez said her daughter …") are speakers too.
  for (let i = 0; i < tokens.length; i++) {
    if (!isCueAt(tokens, i)) continue;
    const s = subjectBefore(tokens, i, sentenceStart(tokens, i));
    if (s) {
      const before = found.length;
      add(s.from, s.to, false);
      if (found.length > before) found[found.length - 1].subject = true;
    }
  }
  // "One patient was less impressed.": somebody unnamed opening a sentence is its subject.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].sentenceFrom !== i || taken.has(i)) continue;
    // "The electoral commission has not …": a body opening a sentence, which a later "they" or "it" can mean.
    const body = bodyPhraseEnd(tokens, i);
    if (body > i) {
      const before = found.length;
      add(i, body, false);
      if (found.length > before) found[found.length - 1].subject = true;
      continue;
    }
    const end = unnamedPhraseEnd(tokens, i);
    const mention = end > i ? unnamedPerson(tokens, i, end, text) : null;
    if (!mention) continue;
    for (let k = i; k < end; k++) taken.add(k);
    found.push({ from: i, to: end, mention: settled(mention), cue: false, subject: true });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!isWord(t) || taken.has(i)) continue;
    const low = t.text.toLowerCase();
    if (low === 'he' || low === 'she' || low === 'they') {
      add(i, i + 1, false);
      continue;
    }
    if (!isCapitalised(t.text) || (NOT_NAMES.has(t.text) && !HONORIFIC_CAPS.test(t.text))) continue;
    const floor = sentenceStart(tokens, i);
    let e = npAfter(tokens, i, tokens.length);
    while (e > i && taken.has(e - 1)) e--;
    if (e <= i) continue;
    let s = npBefore(tokens, e, floor);
    while (s < i && taken.has(s)) s++;
    add(s, e, false);
    i = e - 1;
  }
  found.sort((a, b) => a.from - b.from);
  return { tokens, cues, found };
}

/** Words that show a verb has begun after a subject: "The commission has …", "The council said …". */
const VERB_AFTER = new Set('was is were are has had have did does would will could can may might must should said says'.split(' '));

/** The end of "the [electoral] commission" opening a sentence at `from` and followed by its verb, or -1. */
function bodyPhraseEnd(tokens: readonly Token[], from: number): number {
  if (tokens[from].lower !== 'the') return -1;
  for (let k = from + 1; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k];
    if (!isWord(t) || !/^\p{Ll}/u.test(t.text)) return -1;
    if (GROUP_NOUNS.has(t.lower) && !DOCUMENT_NOUNS.has(t.lower)) return VERB_AFTER.has(tokens[k + 1]?.lower ?? '') ? k + 1 : -1;
  }
  return -1;
}

const memo = new ParagraphMemo<ParagraphReading>();

/** Forget every paragraph read so far (the bench's cold runs). */
export const forgetReadings = (): void => memo.clear();

/**
 * The reading of one paragraph with its segments. A paragraph read before
 * with the same text and marks is not read again: its tokens are handed
 * back bound to this run's segment objects (attribute.ts finds each
 * quotation through them).
 */
export function readParagraph(text: string, segments: readonly Segment[]): ParagraphReading {
  let key = text;
  for (const s of segments) key += `\u0000${s.openMark},${s.closeMark},${s.start},${s.end}`;
  const reading = memo.get(key, () => read(text, segments));
  if (!segments.length) return reading;
  const ordered = [...segments].sort((a, b) => a.openMark - b.openMark);
  let k = 0;
  // The copy is written out field by field, in the tokenizer's order, so it has the same shape as every other token.
  const tokens = reading.tokens.map((t) =>
    t.kind === 'quote' ? { kind: t.kind, text: t.text, start: t.start, end: t.end, segment: ordered[k++], sentence: t.sentence, sentenceFrom: t.sentenceFrom, lower: t.lower } : t,
  );
  return { tokens, cues: reading.cues, found: reading.found };
}
