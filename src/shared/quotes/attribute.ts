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
import { DOCUMENT_NOUNS } from './lexicon';
import { appositiveAfter, appositiveBefore, isTitle, roleKey, roleNoun, type Mention } from './mentions';
import { People, position, type Person } from './people';
import { isNaming, readParagraph, wordCount, type FoundMention } from './reading';
import type { Quotation, Segment } from './spans';
import { isCapitalised, isPossessive, type Token } from './tokens';

export interface SegmentAttribution {
  person: Person | null;
  cue: string | null;
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

/** "CalMac said in a statement", "In a written statement, Walshe said": the document is theirs, and "the statement" speaks for them. */
function ownDocuments(tokens: readonly Token[], f: Found, people: People): void {
  const sentence = tokens[f.from].sentence;
  for (let k = sentenceStart(tokens, f.from); k < tokens.length && tokens[k].sentence === sentence; k++) {
    const t = tokens[k];
    if (isWord(t) && DOCUMENT_NOUNS.has(t.lower) && OWNING.has(tokens[k - 1]?.lower ?? '')) people.ownDocument(t.lower, f.person!);
  }
}

export function attributeQuotes(
  paragraphs: readonly string[],
  quotations: readonly Quotation[],
  known: readonly Speaker[] = [],
): { quotes: QuotationAttribution[]; people: People } {
  const people = new People(known);
  const bySegmentParagraph: Segment[][] = paragraphs.map(() => []);
  const owner = new Map<Segment, Quotation>();
  for (const q of quotations) for (const s of q.segments) {
    bySegmentParagraph[s.paragraph].push(s);
    owner.set(s, q);
  }
  const results = new Map<Segment, SegmentAttribution>();
  let previousSpeaker: Person | null = null;
  // What the paragraph before said of a quotation opening this one: it introduced a text, or asked a question.
  let textBefore = false;
  let questionBefore = false;
  // The last person (not a body) a cue gave a quote: in a Q&A, whoever answers the questions.
  let lastPersonSpeaker: Person | null = null;
  // Quotes each person has been given so far: an interview's subject is the one the story quotes most.
  const quoted = new Map<Person, number>();
  // The paragraph each person last spoke a quote in.
  const lastSpoke = new Map<Person, number>();
  const mostQuoted = (): Person | null => {
    let best: Person | null = null;
    for (const [p, n] of quoted) if (!best || n > quoted.get(best)!) best = p;
    return best;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p];
    const segments = bySegmentParagraph[p];
    const read = readParagraph(text, segments);
    const { tokens, cues } = read;
    const found: Found[] = read.found.map((f) => ({ ...f, person: null }));

    // 3. Resolve in reading order. The first person a sentence names is its subject.
    const hasDocument = tokens.some((t, k) => isWord(t) && DOCUMENT_NOUNS.has(t.lower) && OWNING.has(tokens[k - 1]?.lower ?? ''));
    const endsInColon = /:\s*$/u.test(text);
    const sentenceHasSubject = new Set<number>();
    const cueQuote = new Map<number, number>();
    for (const [at, cue] of cues) if (cue) cueQuote.set(cue.np.from, at);
    for (const f of found) {
      const sentence = tokens[f.from].sentence;
      // The subject of a reporting verb ("A worker at the shop said she had heard …"), read before any other subject is marked.
      const reporter = f.subject && !f.cue;
      if (!sentenceHasSubject.has(sentence) && !isPossessive(tokens[f.to - 1].text)) f.subject = true;
      const after = f.mention.kind === 'name' ? appositiveAfter(tokens, f.to, text) : null;
      const before = f.mention.kind === 'name' ? appositiveBefore(tokens, f.from, text, sentenceStart(tokens, f.from)) : null;
      // "Her mother, Adaeze, said": the speaker is named as the story names her; a family name is never added.
      const m = f.mention;
      const evidence = m.kind === 'name' && (m.person || m.group || (m.nameTokens?.length ?? 0) >= 2 || !!after || !!before);
      // The subject of a closing "said:" speaks the next paragraph, so a role alone ("Mr Walcott's family") is a speaker there.
      const introduces = f.subject && endsInColon && sentence === tokens[tokens.length - 1].sentence;
      // "Amadi scored twice. ¶ “He is a natural finisher,” he said.": nobody calls himself "he"; the quote is about Amadi, its speaker another man.
      const topic = f.cue ? quotedTopic(m, cueQuote.get(f.from), tokens, people, p, lastSpoke) : undefined;
      if (topic === null) continue;
      // "The electoral commission has …" opening a sentence: a body the table keeps, so a later "they said" has it.
      const body = f.subject && m.kind === 'role' && !!m.group && /^the\s/iu.test(m.text);
      // "The chairman, Martin Ellery, said …" under "'…' says chairman": the name carries its role, so the headline's chairman is him.
      const office = before?.role ?? (after && tokens[f.to]?.text === ',' && tokens[f.to + 1]?.lower === 'the' ? after.role : undefined);
      const head = office && !m.roleHead ? roleHeadOf(office) : undefined;
      const titled = head && people.headlineHolder(head, p) ? head : undefined;
      f.person = people.resolve(titled ? { ...m, roleHead: titled } : m, p, f.subject, f.cue || evidence || introduces || body || (reporter && m.kind === 'role' && !!m.person), topic);
      if (f.person) {
        if (f.person.firstMention.paragraph === p && f.person.firstMention.start === m.start && f.person.kind === 'person') people.firstSentence(f.person, capitalsOf(tokens, sentence));
        if (after) people.describe(f.person, after.role, after.gender, after.person, after.age);
        if (before) people.describe(f.person, before.role, before.gender, before.person);
        if (f.subject) sentenceHasSubject.add(sentence);
        if (hasDocument && f.subject && f.person.kind !== 'document') ownDocuments(tokens, f, people);
      }
    }
    const personAt = (from: number, to: number): Person | null => found.find((f) => f.from === from && f.to === to)?.person ?? null;

    // 4. Attribute each quotation in the paragraph.
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
      let r: SegmentAttribution = { person: null, cue: null, fromCue: false, confidence: CONFIDENCE.unattributed, partial, notSpeech: false };
      const cuePerson = cue ? personAt(cue.np.from, cue.np.to) : null;
      // A cue whose subject the table could not settle ("the 30-year-old" with two of them): nobody, not the last speaker.
      const unsettled = !!cue && !cuePerson && found.some((f) => f.from === cue.np.from && f.to === cue.np.to && !!f.mention.describes);
      if (cue?.speakerless || unsettled) {
        r = { ...r, cue: cue.text, fromCue: true };
      } else if (cue?.mode === 'colon' && colonShowsText(tokens, i)) {
        r = { ...r, notSpeech: true, confidence: CONFIDENCE.notSpeech };
      } else if (cue && cuePerson && cue.mode === 'colon' && p === 0 && sentenceCaseOnly(cuePerson, paragraphs)) {
        // "Lifeboat coxswain who … dies: ‘…’": the headline's first word has its capital from the headline, not from a name.
        r = { ...r, cue: cue.text };
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
        r = { ...r, person: cuePerson, cue: cue.text, fromCue: true, confidence };
      } else if (isNaming(tokens, i) || (!continuation && (isTitleLike(tokens, i) || (partial && wordCount(seg.text) <= 6)))) {
        r = { ...r, notSpeech: true, partial: true, confidence: CONFIDENCE.notSpeech };
      } else if (continuation && results.has(quotation.segments[0])) {
        const first = results.get(quotation.segments[0])!;
        r = { ...r, person: first.person, confidence: first.confidence };
      } else {
        // The latest speaker before the quote in this paragraph: a quote's speaker or a sentence's subject.
        let candidate: { at: number; person: Person; confidence: number } | null = lastHere
          ? { ...lastHere, confidence: CONFIDENCE.sameParagraph }
          : null;
        for (const f of found) {
          if (f.from >= i || !f.subject || !f.person) continue;
          // A cue's speaker is as good as a quote's; any other subject is an action beat ("Okafor shrugs.").
          if (!candidate || f.from > candidate.at) candidate = { at: f.from, person: f.person, confidence: f.cue ? CONFIDENCE.sameParagraph : CONFIDENCE.actionBeat };
        }
        const interviewee = questionBefore ? (mostQuoted() ?? lastPersonSpeaker ?? people.all.find((x) => x.kind === 'person' && x.person && x.tokens.length >= 2) ?? null) : null;
        if (candidate) r = { ...r, person: candidate.person, confidence: candidate.confidence };
        else if (i === 0 && textBefore) r = { ...r, notSpeech: true, confidence: CONFIDENCE.notSpeech };
        else if (i === 0 && interviewee) {
          r = { ...r, person: interviewee, confidence: CONFIDENCE.previousParagraph };
          people.spoke(interviewee, p);
        } else if (i === 0 && previousSpeaker) r = { ...r, person: previousSpeaker, confidence: CONFIDENCE.previousParagraph };
      }
      results.set(seg, r);
      if (r.person) lastSpoke.set(r.person, p);
      if (r.person) lastHere = { at: i, person: r.person };
      if (r.fromCue && r.person && !r.person.group) lastPersonSpeaker = r.person;
      if (r.person && !r.person.group && !continuation) quoted.set(r.person, (quoted.get(r.person) ?? 0) + 1);
    }
    textBefore = introducesText(tokens);
    questionBefore = asksQuestion(tokens);
    // The speaker a quote-only paragraph after this one continues.
    if (lastHere) previousSpeaker = lastHere.person;
    else {
      const subjects = found.filter((f) => f.subject && f.person && !f.person.group);
      // "Mr Walcott's family said:": the colon hands the next paragraph to the clause's subject, a body or a family too.
      const introducer = /:\s*$/u.test(text) ? found.filter((f) => f.subject && f.person && f.from >= sentenceStart(tokens, tokens.length - 1)).pop() : undefined;
      previousSpeaker = introducer ? introducer.person : subjects.length ? subjects[subjects.length - 1].person : previousSpeaker;
    }
    // "The club quoted her:", "the statement quoted him as saying:": the verb's object speaks next, not its subject.
    const object = endsInColon ? QUOTED_OBJECT.exec(text) : null;
    if (object) {
      const who = people.lastOfGender(object[1].toLowerCase() === 'her' ? 'she' : 'he');
      if (who) previousSpeaker = who;
    }
  }

  const quotes: QuotationAttribution[] = quotations.map((quotation) => {
    const rs = quotation.segments.map((s) => results.get(s)!);
    const chosen = rs.find((r) => r.fromCue && r.person) ?? rs[0];
    const person = rs[0].notSpeech && !chosen.fromCue ? null : chosen.person;
    return {
      quotation,
      person,
      cue: chosen.cue,
      confidence: person ? chosen.confidence : rs[0].notSpeech ? CONFIDENCE.notSpeech : CONFIDENCE.unattributed,
      partial: rs[0].partial,
    };
  });
  echoes(quotes, results);
  return { quotes, people };
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
    if (q.person || q.quotation.segments.length !== 1 || results.get(q.quotation.segments[0])?.notSpeech) continue;
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
    if (speaker && one) {
      q.person = speaker;
      q.confidence = CONFIDENCE.previousParagraph;
    }
  }
}

/** The role noun an apposition gives ("The chairman" → chair), as the table keys roles. */
function roleHeadOf(role: string | undefined): string | undefined {
  const head = (role ?? '').toLowerCase().split(/\s+/u).filter((w) => roleNoun(w) || isTitle(w)).pop();
  return head ? roleKey(head) : undefined;
}
