// Who said each quotation. Reads the story once, paragraph by paragraph,
// resolving every mention of a person in reading order (so "he" means who it
// meant at that point in the story), then gives each quotation the speaker
// its cue names. Without a cue, news conventions decide: a quote in the same
// paragraph as a previous one continues that speaker; a paragraph that is
// only a quotation continues the speaker of the paragraph before; a run-on
// continuation belongs to its quotation. Short quoted phrases with no cue
// (titles, so-called phrases, scare quotes) get no speaker: nobody a sub
// could tag said them.
import type { Speaker } from '../speakers/model';
import { asksQuestion, colonShowsText, introducesText } from './blocks';
import { sentenceStart } from './cues';
import { asWritten, fullestForms, sharedSurnameBefore } from './fullest';
import { DOCUMENT_NOUNS } from './lexicon';
import { appositiveAfter, appositiveBefore, isTitle, roleKey, roleNoun, settled, type Mention } from './mentions';
import { People, position, type Person } from './people';
import { isNaming, readParagraph, wordCount, type FoundMention, type ParagraphReading } from './reading';
import type { Quotation, Segment } from './spans';
import { isCapitalised, isPossessive, type Token } from './tokens';

/**
 * Why a quotation has the speaker it has (or none): the rule that chose it. Each reason's precision is
 * measured over the labelled sets (test/quotes/reasons.test.ts), and a reason too often wrong is made
 * stricter or leaves the quotation without a speaker.
 */
export type AttributionReason =
  /** A cue right after the quote naming its speaker: "…,” said Mr Qazi" / "Mr Qazi said". */
  | 'cue-name'
  /** The same, with a pronoun: "…,” she said". */
  | 'cue-pronoun'
  /** The same, with a role, a body or a description: "…,” the minister said". */
  | 'cue-role'
  /** A verb of saying earlier in the sentence: "Mr Qazi accused … of “…”". */
  | 'cue-before'
  /** "according to X". */
  | 'according'
  /** A verb with no subject of its own ("…, saying"): the sentence's subject. */
  | 'participle'
  /** A clause ending in a colon without a verb of saying: "Alvarez was blunt: “…”". */
  | 'colon'
  /** No cue: the last speaker of a quote earlier in the paragraph. */
  | 'same-paragraph'
  /** No cue: the subject of a sentence earlier in the paragraph that is not a cue ("Okafor shrugs."). */
  | 'action-beat'
  /** No cue, after a question: the interview's subject. */
  | 'interviewee'
  /** No cue, a paragraph opening with a quote: the speaker of the paragraph before. */
  | 'previous-paragraph'
  /** No cue, in a question-and-answer exchange: the one who asks or the one who answers, by turn. */
  | 'exchange'
  /** A headline's words spoken by one person in the body. */
  | 'echo'
  /** Nobody. */
  | 'none';

export interface SegmentAttribution {
  person: Person | null;
  cue: string | null;
  /** The rule that gave the speaker. */
  reason: AttributionReason;
  /** The speaker came from a cue in the segment's own sentence. */
  fromCue: boolean;
  confidence: number;
  partial: boolean;
  /** A title, a so-called phrase or a scare quote: quotation marks, but not speech. */
  notSpeech: boolean;
}

export interface QuotationAttribution {
  quotation: Quotation;
  person: Person | null;
  cue: string | null;
  reason: AttributionReason;
  confidence: number;
  partial: boolean;
}

/** How sure each rule is that it found the speaker; the UI proposes tags above 0.5. */
export const CONFIDENCE = {
  cueNamed: 0.95,
  cuePronoun: 0.9,
  cueBefore: 0.85,
  subjectOfSentence: 0.7,
  sameParagraph: 0.75,
  actionBeat: 0.6,
  previousParagraph: 0.55,
  unattributed: 0.3,
  notSpeech: 0.15,
} as const;

interface Found extends FoundMention {
  person: Person | null;
}

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

/** A short capitalised phrase after a possessive or in title case, with no cue: a title ("Homer’s “The Odyssey”"). */
function isTitleLike(tokens: readonly Token[], q: number): boolean {
  const text = tokens[q].text.trim();
  const words = text.split(/\s+/u);
  if (words.length > 6 || /[,.!?]$/u.test(text)) return false;
  const prev = tokens[q - 1];
  if (isWord(prev) && isPossessive(prev.text) && isCapitalised(text)) return true;
  const content = words.filter((w) => !/^(of|the|a|an|and|in|on|to|for|at|by)$/u.test(w));
  return content.length > 0 && content.every((w) => isCapitalised(w)) && !!prev && prev.sentence === tokens[q].sentence;
}

const OWNING = new Set(['a', 'an', 'its', 'his', 'her', 'their', 'written', 'joint', 'brief', 'short', 'separate']);

/**
 * A document noun somebody has ("a statement", "a witness statement", "her written evidence"): an owning
 * word before it, with up to two lower-case words between.
 */
function ownedDocument(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // "a paper prepared for the board": a paper somebody has is a document, not a newspaper.
  if (!isWord(t) || !(DOCUMENT_NOUNS.has(t.lower) || t.lower === 'paper')) return false;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = tokens[j];
    if (!isWord(w)) return false;
    if (OWNING.has(w.lower)) return true;
    // "a witness statement" is somebody's; "a leaked memo", "an unsigned note" are nobody's yet.
    if (!/^\p{Ll}/u.test(w.text) || /ed$/u.test(w.lower)) return false;
  }
  return false;
}

/**
 * "CalMac said in a statement", "In a witness statement, she said", "A paper prepared … by the medical
 * director, Julian Merriman, …": the document is theirs, and "the statement" speaks for them. With "by",
 * only the first person named after it owns the document.
 */
function ownDocuments(tokens: readonly Token[], f: Found, people: People, found: readonly Found[]): void {
  const sentence = tokens[f.from].sentence;
  for (let k = sentenceStart(tokens, f.from); k < tokens.length && tokens[k].sentence === sentence; k++) {
    if (!ownedDocument(tokens, k)) continue;
    const by = authorBy(tokens, k);
    // "reported by the Courier, which saw a memo": the one named after "by" is an agent, not the document's owner.
    if (by < 0) {
      if (!agentOf(tokens, f.from)) people.ownDocument(tokens[k].lower, f.person!);
    } else if (found.find((g) => g.from > by && g.person && g.person.kind !== 'document') === f) people.ownDocument(tokens[k].lower, f.person!);
  }
}

/** Whether the mention at `from` follows "by" ("by the Gazette"): a passive's agent. */
const agentOf = (tokens: readonly Token[], from: number): boolean => tokens[from - 1]?.lower === 'by' || (tokens[from - 1]?.lower === 'the' && tokens[from - 2]?.lower === 'by');

/** Verbs that make the one named after "by" a document's author. */
const AUTHORED = new Set(['prepared', 'written', 'drawn', 'drafted', 'signed', 'compiled', 'authored', 'produced', 'co-authored', 'submitted']);

/** Whether a "by" naming a document's author stands before the mention in its sentence. */
function authored(tokens: readonly Token[], from: number): boolean {
  for (let k = sentenceStart(tokens, from); k < from; k++) if (ownedDocument(tokens, k) && authorBy(tokens, k) >= 0 && authorBy(tokens, k) < from) return true;
  return false;
}

/** "a paper prepared for the board by …": the "by" naming a document's author, within ten words after it, or -1. */
function authorBy(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < Math.min(tokens.length, k + 11) && tokens[j].sentence === tokens[k].sentence; j++) {
    if (tokens[j].kind === 'quote') return -1;
    // Authorship, not "seen by the Gazette" or "obtained by the BBC".
    if (tokens[j].lower === 'by' && tokens.slice(k + 1, j).some((t) => AUTHORED.has(t.text))) return j;
  }
  return -1;
}

/**
 * What attribution carries from one paragraph to the next while it reads a story. The work is split
 * into a function per step over this record, not one long function with its locals: the engine
 * compiles small functions quickly, and rebuilds only the small one when what it sees changes.
 */
interface Reader {
  readonly paragraphs: readonly string[];
  readonly people: People;
  readonly bySegmentParagraph: Segment[][];
  readonly owner: Map<Segment, Quotation>;
  readonly results: Map<Segment, SegmentAttribution>;
  previousSpeaker: Person | null;
  // What the paragraph before said of a quotation opening this one: it introduced a text, or asked a question.
  textBefore: boolean;
  questionBefore: boolean;
  // The last person (not a body) a cue gave a quote: in a Q&A, whoever answers the questions.
  lastPersonSpeaker: Person | null;
  // Quotes each person has been given so far: an interview's subject is the one the story quotes most.
  readonly quoted: Map<Person, number>;
  // The paragraph each person last spoke a quote in.
  readonly lastSpoke: Map<Person, number>;
  // A cross-examination: who asked the last question, who answered them, and whether the last quote was a question.
  asker: Person | null;
  answerer: Person | null;
  lastAsked: boolean;
}

function mostQuoted(r: Reader): Person | null {
  let best: Person | null = null;
  for (const [p, n] of r.quoted) if (!best || n > r.quoted.get(best)!) best = p;
  return best;
}

export function attributeQuotes(
  paragraphs: readonly string[],
  quotations: readonly Quotation[],
  known: readonly Speaker[] = [],
): { quotes: QuotationAttribution[]; people: People } {
  const r: Reader = {
    paragraphs,
    people: new People(known),
    bySegmentParagraph: paragraphs.map(() => []),
    owner: new Map<Segment, Quotation>(),
    results: new Map<Segment, SegmentAttribution>(),
    previousSpeaker: null,
    textBefore: false,
    questionBefore: false,
    lastPersonSpeaker: null,
    quoted: new Map<Person, number>(),
    lastSpoke: new Map<Person, number>(),
    asker: null,
    answerer: null,
    lastAsked: false,
  };
  for (const q of quotations) for (const s of q.segments) {
    r.bySegmentParagraph[s.paragraph].push(s);
    r.owner.set(s, q);
  }
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    const read = readParagraph(text, r.bySegmentParagraph[p]);
    const found = resolveParagraph(r, p, text, read);
    const lastHere = attributeParagraph(r, p, read, found);
    afterParagraph(r, text, read.tokens, found, lastHere);
  }

  const quotes: QuotationAttribution[] = quotations.map((quotation) => {
    const rs = quotation.segments.map((s) => r.results.get(s)!);
    const chosen = rs.find((x) => x.fromCue && x.person) ?? rs[0];
    const person = rs[0].notSpeech && !chosen.fromCue ? null : chosen.person;
    return {
      quotation,
      person,
      cue: chosen.cue,
      reason: person ? chosen.reason : 'none',
      confidence: person ? chosen.confidence : rs[0].notSpeech ? CONFIDENCE.notSpeech : CONFIDENCE.unattributed,
      partial: rs[0].partial,
    };
  });
  echoes(quotes, r.results);
  // A short form the story named in full elsewhere ("Ms Ker" … "Helen Kerr") is reported by the full name.
  const fuller = fullestForms(new Set(quotes.flatMap((q) => (q.person ? [q.person] : []))), r.people.all);
  if (fuller.size) for (const q of quotes) if (q.person && fuller.has(q.person)) q.person = fuller.get(q.person)!;
  for (const q of quotes) {
    const first = q.quotation.segments[0];
    if (q.person && sharedSurnameBefore(q.person, position(first.paragraph, first.start), r.people.all)) {
      q.person = null;
      q.reason = 'none';
      q.confidence = CONFIDENCE.unattributed;
    }
  }
  for (const q of quotes) if (q.person && !q.person.group) q.person.name = asWritten(q.person, paragraphs);
  return { quotes, people: r.people };
}

/** Step 3: resolve every mention of the paragraph in reading order. The first person a sentence names is its subject. */
function resolveParagraph(r: Reader, p: number, text: string, read: ParagraphReading): Found[] {
  const { tokens, cues } = read;
  const people = r.people;
  // Copied field by field (one shape for all): the reading is kept for the next run and must not change.
  const found: Found[] = read.found.map((f) => ({ from: f.from, to: f.to, mention: f.mention, cue: f.cue, subject: f.subject, person: null }));
  const hasDocument = tokens.some((t, k) => ownedDocument(tokens, k));
  const endsInColon = /:\s*$/u.test(text);
  const sentenceHasSubject = new Set<number>();
  const cueQuote = new Map<number, number>();
  for (const [at, cue] of cues) if (cue) cueQuote.set(cue.np.from, at);
  for (let n = 0; n < found.length; n++) {
    const f = found[n];
    const sentence = tokens[f.from].sentence;
    // The subject of a reporting verb ("A worker at the shop said she had heard …"), read before any other subject is marked.
    const reporter = f.subject && !f.cue;
    if (!sentenceHasSubject.has(sentence) && !isPossessive(tokens[f.to - 1].text)) f.subject = true;
    // "Mr Marsh and Dr Varley first met …": both people are the sentence's subject, so a later "she" may mean Dr Varley.
    const previous = found[n - 1];
    if (previous?.subject && previous.person && f.from === previous.to + 1 && tokens[previous.to]?.lower === 'and' && f.mention.kind === 'name' && !isPossessive(tokens[f.to - 1].text)) f.subject = true;
    const after = f.mention.kind === 'name' ? appositiveAfter(tokens, f.to, text) : null;
    const before = f.mention.kind === 'name' ? appositiveBefore(tokens, f.from, text, sentenceStart(tokens, f.from)) : null;
    // "Her mother, Adaeze, said": the speaker is named as the story names her; a family name is never added.
    const m = f.mention;
    const evidence = m.kind === 'name' && (m.person || m.group || (m.nameTokens?.length ?? 0) >= 2 || !!after || !!before);
    // The subject of a closing "said:" speaks the next paragraph, so a role alone ("Mr Walcott's family") is a speaker there.
    const introduces = f.subject && endsInColon && sentence === tokens[tokens.length - 1].sentence;
    // "Amadi scored twice. ¶ “He is a natural finisher,” he said.": nobody calls himself "he"; the quote is about Amadi, its speaker another man.
    const topic = f.cue ? quotedTopic(m, cueQuote.get(f.from), tokens, people, p, r.lastSpoke) : undefined;
    if (topic === null) continue;
    // "The electoral commission has …" opening a sentence: a body the table keeps, so a later "they said" has it.
    const body = f.subject && m.kind === 'role' && !!m.group && /^the\s/iu.test(m.text);
    // "The chairman, Martin Ellery, said …" under "'…' says chairman": the name carries its role, so the headline's chairman is him.
    const office = before?.role ?? (after && tokens[f.to]?.text === ',' && tokens[f.to + 1]?.lower === 'the' ? after.role : undefined);
    const head = office && !m.roleHead ? roleHeadOf(office) : undefined;
    const titled = head && people.headlineHolder(head, p) ? head : undefined;
    // "Another pundit, the former manager Alan Reddy, disagreed": the unnamed subject just before, named in this comma phrase.
    const unnamed = m.kind === 'name' && tokens[f.from - 1]?.text === ',' && tokens[f.to]?.text === ',' ? found.find((g) => g.to === f.from - 1 && g.subject && g.person && g.mention.kind === 'role') : undefined;
    // Named now, the resolution below finds them by the name and records the mention as any other.
    if (unnamed) people.nameInApposition(unnamed.person!, m);
    f.person = people.resolve(titled ? settled({ ...m, roleHead: titled }) : m, p, f.subject, f.cue || evidence || introduces || body || (reporter && m.kind === 'role' && !!m.person), topic);
    if (f.person) {
      if (f.person.firstMention.paragraph === p && f.person.firstMention.start === m.start && f.person.kind === 'person') people.firstSentence(f.person, capitalsOf(tokens, sentence));
      if (after) people.describe(f.person, after.role, after.gender, after.person, after.age);
      if (before) people.describe(f.person, before.role, before.gender, before.person);
      if (before?.whose) f.person.whose ??= before.whose;
      // "One of them, who gave only her first name, Bex, said": a name that speaks is somebody, whom a later "she" may mean.
      // Not a word whose capital may be the sentence's own ("Critics said").
      if (f.cue && m.kind === 'name' && !f.person.group && f.person.kind === 'person' && f.from !== sentenceStart(tokens, f.from)) f.person.person = true;
      if (f.subject) sentenceHasSubject.add(sentence);
      if (hasDocument && f.person.kind !== 'document' && (f.subject || authored(tokens, f.from))) ownDocuments(tokens, f, people, found);
    }
  }
  return found;
}

/** Step 4: attribute each quotation in the paragraph. Returns the last quote's speaker here, if any. */
function attributeParagraph(r: Reader, p: number, read: ParagraphReading, found: readonly Found[]): { at: number; person: Person } | null {
  const { tokens, cues } = read;
  const { people, owner, results } = r;
  const personAt = (from: number, to: number): Person | null => found.find((f) => f.from === from && f.to === to)?.person ?? null;
  let lastHere: { at: number; person: Person } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'quote' || !t.segment) continue;
    const seg = t.segment;
    const quotation = owner.get(seg)!;
    const continuation = quotation.segments[0] !== seg;
    const cue = cues.get(i) ?? null;
    const start = sentenceStart(tokens, i);
    const atSentenceStart = start === i || tokens.slice(start, i).every((x) => x.kind === 'punct');
    const colon = tokens[i - 1]?.text === ':';
    const partial = !atSentenceStart && !colon && !continuation && (/^\s*[\p{Ll}]/u.test(seg.text) || wordCount(seg.text) <= 6);
    let a: SegmentAttribution = { person: null, cue: null, reason: 'none', fromCue: false, confidence: CONFIDENCE.unattributed, partial, notSpeech: false };
    const cuePerson = cue ? personAt(cue.np.from, cue.np.to) : null;
    // A cue whose subject the table could not settle ("the 30-year-old" with two of them): nobody, not the last speaker.
    // Likewise a name two people share ("Ros said" with Ros Kell and Ros Vane in the story).
    const unsettled = !!cue && !cuePerson && found.some((f) => f.from === cue.np.from && f.to === cue.np.to && (!!f.mention.describes || (f.mention.kind === 'name' && !f.mention.group)));
    // "Mr Probert and Ms Tate said in a joint statement:": two people speak; neither alone is the speaker.
    const joint = !!cue && !!cuePerson && !cuePerson.group && tokens[cue.np.from - 1]?.lower === 'and' && found.some((f) => f.to === cue.np.from - 1 && f.mention.kind === 'name' && !!f.person && f.person !== cuePerson && !f.person.group);
    if (cue?.speakerless || unsettled || joint) {
      a = { ...a, cue: cue.text, fromCue: true };
    } else if (cue?.mode === 'colon' && colonShowsText(tokens, i)) {
      a = { ...a, notSpeech: true, confidence: CONFIDENCE.notSpeech };
    } else if (cue && cuePerson && cue.mode === 'colon' && p === 0 && sentenceCaseOnly(cuePerson, r.paragraphs)) {
      // "Lifeboat coxswain who … dies: ‘…’": the headline's first word has its capital from the headline, not from a name.
      a = { ...a, cue: cue.text };
    } else if (cue && cuePerson) {
      const pronoun = tokens[cue.np.from].text.toLowerCase();
      const confidence =
        cue.mode === 'after' || cue.mode === 'according'
          ? pronoun === 'he' || pronoun === 'she' || pronoun === 'they'
            ? CONFIDENCE.cuePronoun
            : CONFIDENCE.cueNamed
          : cue.mode === 'before'
            ? CONFIDENCE.cueBefore
            : CONFIDENCE.subjectOfSentence;
      a = { ...a, person: cuePerson, cue: cue.text, fromCue: true, confidence, reason: cueReason(cue.mode, found.find((f) => f.from === cue.np.from && f.to === cue.np.to)?.mention) };
    } else if (isNaming(tokens, i) || (!continuation && (isTitleLike(tokens, i) || (partial && wordCount(seg.text) <= 6)))) {
      a = { ...a, notSpeech: true, partial: true, confidence: CONFIDENCE.notSpeech };
    } else if (continuation && results.has(quotation.segments[0])) {
      const first = results.get(quotation.segments[0])!;
      a = { ...a, person: first.person, confidence: first.confidence, reason: first.reason };
    } else {
      // The latest speaker before the quote in this paragraph: a quote's speaker or a sentence's subject.
      let candidate: { at: number; person: Person; confidence: number; reason: AttributionReason } | null = lastHere
        ? { ...lastHere, confidence: CONFIDENCE.sameParagraph, reason: 'same-paragraph' }
        : null;
      for (const f of found) {
        if (f.from >= i || !f.subject || !f.person) continue;
        // A cue's speaker is as good as a quote's; any other subject is an action beat ("Okafor shrugs.").
        if (!candidate || f.from > candidate.at) candidate = { at: f.from, person: f.person, confidence: f.cue ? CONFIDENCE.sameParagraph : CONFIDENCE.actionBeat, reason: f.cue ? 'same-paragraph' : 'action-beat' };
      }
      const interviewee = r.questionBefore ? (mostQuoted(r) ?? r.lastPersonSpeaker ?? people.all.find((x) => x.kind === 'person' && x.person && x.tokens.length >= 2) ?? null) : null;
      if (candidate) a = { ...a, person: candidate.person, confidence: candidate.confidence, reason: candidate.reason };
      else if (i === 0 && r.textBefore) a = { ...a, notSpeech: true, confidence: CONFIDENCE.notSpeech };
      else if (i === 0 && interviewee) {
        a = { ...a, person: interviewee, confidence: CONFIDENCE.previousParagraph, reason: 'interviewee' };
        people.spoke(interviewee, p);
      } else if (i === 0 && exchange(r, seg.text)) a = { ...a, person: exchange(r, seg.text), confidence: CONFIDENCE.previousParagraph, reason: 'exchange' };
      else if (i === 0 && r.previousSpeaker) a = { ...a, person: r.previousSpeaker, confidence: CONFIDENCE.previousParagraph, reason: 'previous-paragraph' };
    }
    if (!continuation) noteExchange(r, a.person, seg.text);
    results.set(seg, a);
    if (a.person) r.lastSpoke.set(a.person, p);
    if (a.person) lastHere = { at: i, person: a.person };
    if (a.fromCue && a.person && !a.person.group) r.lastPersonSpeaker = a.person;
    if (a.person && !a.person.group && !continuation) r.quoted.set(a.person, (r.quoted.get(a.person) ?? 0) + 1);
  }
  return lastHere;
}

const isQuestion = (text: string): boolean => /\?[\s’”'"]*$/u.test(text);

/**
 * A quote-only paragraph with no cue inside a question-and-answer exchange ("“Did you read it?” Ms Gale
 * asked. ¶ “I skimmed it,” Mr Penn replied. ¶ “Only skimmed it?” ¶ “I trusted them.”"): a question goes
 * to the one who asked, after their witness answered; an answer to the witness, after the asker's question.
 */
function exchange(r: Reader, text: string): Person | null {
  if (!r.asker || !r.answerer) return null;
  if (isQuestion(text)) return r.previousSpeaker === r.answerer && !r.lastAsked ? r.asker : null;
  return r.lastAsked && r.previousSpeaker === r.asker ? r.answerer : null;
}

/** Keep the exchange up to date after each quotation's first segment. */
function noteExchange(r: Reader, person: Person | null, text: string): void {
  if (person && r.lastAsked && r.asker && person !== r.asker && person.kind === 'person') r.answerer = person;
  const question = !!person && isQuestion(text);
  if (question) {
    if (r.asker !== person) r.answerer = null;
    r.asker = person;
  }
  r.lastAsked = question;
}

/** What the paragraph hands the next: whether it introduced a text or asked a question, and the speaker a quote-only paragraph continues. */
function afterParagraph(r: Reader, text: string, tokens: readonly Token[], found: readonly Found[], lastHere: { at: number; person: Person } | null): void {
  r.textBefore = introducesText(tokens);
  r.questionBefore = asksQuestion(tokens);
  // The speaker a quote-only paragraph after this one continues.
  if (lastHere) r.previousSpeaker = lastHere.person;
  else {
    const subjects = found.filter((f) => f.subject && f.person && !f.person.group);
    // "Mr Walcott's family said:": the colon hands the next paragraph to the clause's subject, a body or a family too.
    const introducer = /:\s*$/u.test(text) ? found.filter((f) => f.subject && f.person && f.from >= sentenceStart(tokens, tokens.length - 1)).pop() : undefined;
    r.previousSpeaker = introducer ? introducer.person : subjects.length ? subjects[subjects.length - 1].person : r.previousSpeaker;
    // "The memo, seen by the Echo, reads:": a document the story quotes is a speaker (a sign's wording is not).
    if (r.textBefore && introducer?.person?.kind === 'document') r.textBefore = false;
  }
  // "The club quoted her:", "the statement quoted him as saying:": the verb's object speaks next, not its subject.
  const object = /:\s*$/u.test(text) ? QUOTED_OBJECT.exec(text) : null;
  if (object) {
    const who = r.people.lastOfGender(object[1].toLowerCase() === 'her' ? 'she' : 'he');
    if (who) r.previousSpeaker = who;
  }
}

/**
 * For a cue "he said" or "she said" whose quote opens with the same pronoun ("“He is a natural
 * finisher,” he said"): the person the quote is about, whom the cue's pronoun then does not mean.
 * That is whoever "he" would mean, when they were the subject of an earlier paragraph and have not
 * spoken in this paragraph or the one before. Null when nobody else who has spoken could be the
 * speaker (no speaker is better than a guess); undefined when the rule does not apply.
 */
function quotedTopic(m: Mention, quoteAt: number | undefined, tokens: readonly Token[], people: People, p: number, lastSpoke: ReadonlyMap<Person, number>): Person | null | undefined {
  if (m.kind !== 'pronoun' || (m.pronoun !== 'he' && m.pronoun !== 'she') || quoteAt === undefined) return undefined;
  const opening = /^\s*(\p{L}+)/u.exec(tokens[quoteAt].text)?.[1];
  if (opening !== (m.pronoun === 'he' ? 'He' : 'She')) return undefined;
  const topic = people.peekPronoun(m.pronoun);
  if (!topic || topic.lastSubject >= position(p, 0) || (lastSpoke.get(topic) ?? -1) >= p - 1) return undefined;
  const other = people.peekPronoun(m.pronoun, topic);
  return other && lastSpoke.has(other) ? topic : null;
}

/** The capitalised words of one sentence, lower case (the first word too: a name can open it). */
function capitalsOf(tokens: readonly Token[], sentence: number): string[] {
  const out: string[] = [];
  for (const t of tokens) if (t.sentence === sentence && isWord(t) && /^\p{Lu}/u.test(t.text)) out.push(t.lower);
  return out;
}

/**
 * A one-word name the story never writes again outside the headline ("Lifeboat", "Ferry" opening a
 * headline): its capital came from where it stands, so it is no evidence of a speaker.
 */
function sentenceCaseOnly(person: Person, paragraphs: readonly string[]): boolean {
  if (person.tokens.length !== 1 || person.known) return false;
  const word = person.name.split(/\s+/u).pop() ?? '';
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  for (let k = 1; k < paragraphs.length; k++) if (paragraphs[k].includes(word)) return false;
  return true;
}

/** A paragraph ending "quoted her:" or "quoted him as saying:". */
const QUOTED_OBJECT = /\bquoted\s+(him|her)(?:\s+as\s+saying)?\s*:\s*$/iu;

/** Words of a quote for finding it inside another: lower case, letters and figures only. */
function plainWords(s: string): string {
  let plain = plainSeen.get(s);
  if (plain === undefined) {
    plain = ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
    if (plainSeen.size > 5000) plainSeen.clear();
    plainSeen.set(s, plain);
  }
  return plain;
}
/** Plain words by quote text: a rerun after the sub types asks again for nearly every quote. */
const plainSeen = new Map<string, string>();
/** Forget the plain words kept so far (the bench's cold runs). */
export const forgetEchoes = (): void => plainSeen.clear();

/**
 * "‘I stopped apologising for being loud’" as a headline, and the same
 * words inside a quotation the body gives its speaker: a headline or pull
 * quote lifts its words from the story, so whoever says them there said
 * them. Only for a quote with no speaker that reads as speech (three words
 * or more, no title or scare quote), and only when everyone who says those
 * words is one person.
 */
function echoes(quotes: QuotationAttribution[], results: ReadonlyMap<Segment, SegmentAttribution>): void {
  let spoken: QuotationAttribution[] | null = null;
  let texts: string[] = [];
  for (const q of quotes) {
    // "‘…’ says farmer" over a body that quotes Gareth Pryce saying those words, never calling him a farmer: the body names the farmer.
    const described = !!q.person && q.person.headline === true && !q.person.tokens.length && q.quotation.segments[0].paragraph === 0;
    if ((q.person && !described) || q.quotation.segments.length !== 1 || results.get(q.quotation.segments[0])?.notSpeech) continue;
    const words = plainWords(q.quotation.segments[0].text);
    if (wordCount(words) < 3) continue;
    // Only now, and once: most stories have no such quote.
    if (!spoken) {
      spoken = quotes.filter((x) => x.person);
      texts = spoken.map((x) => plainWords(x.quotation.segments.map((s) => s.text).join(' ')));
    }
    let speaker: Person | null = null;
    let one = true;
    for (let k = 0; k < spoken.length && one; k++) {
      if (spoken[k] === q || !texts[k].includes(words)) continue;
      if (speaker && speaker !== spoken[k].person) one = false;
      speaker = spoken[k].person;
    }
    if (speaker && one && (!described || (speaker.tokens.length > 0 && speaker.kind === 'person'))) {
      q.person = speaker;
      q.confidence = CONFIDENCE.previousParagraph;
      q.reason = 'echo';
    }
  }
}

/** The reason a cue gives: by where it stands, and for a cue right after the quote by how it names the speaker. */
function cueReason(mode: string, m: Mention | undefined): AttributionReason {
  if (mode === 'before') return 'cue-before';
  if (mode === 'according') return 'according';
  if (mode === 'participle') return 'participle';
  if (mode === 'colon') return 'colon';
  if (m?.kind === 'pronoun') return 'cue-pronoun';
  return m?.kind === 'name' ? 'cue-name' : 'cue-role';
}

/** The role noun an apposition gives ("The chairman" → chair), as the table keys roles. */
function roleHeadOf(role: string | undefined): string | undefined {
  const head = (role ?? '').toLowerCase().split(/\s+/u).filter((w) => roleNoun(w) || isTitle(w)).pop();
  return head ? roleKey(head) : undefined;
}
