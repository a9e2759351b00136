// Issue 15, round 9: the candidate speakers of each detected quotation, each with the features a learned
// ranker weighs. The rules run as they are (attributeQuotes); every mention they resolve is recorded
// on its way past (People.resolve is wrapped, so nothing in src/ changes for the experiment), and the
// candidates are the people named around the quote, the rules' answer, the previous quote's speaker, and
// "none". Features say how each candidate stands to the quote: which rule chose it and why, whether a
// cue names it, how far its nearest mention is and on which side, whether it is a subject, and so on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributeQuotes, type AttributionReason } from '../../../src/shared/quotes/attribute';
import { asWritten, fullestForms } from '../../../src/shared/quotes/fullest';
import type { Mention } from '../../../src/shared/quotes/mentions';
import { People, type Person } from '../../../src/shared/quotes/people';
import { isNaming, readParagraph } from '../../../src/shared/quotes/reading';
import { findSpans, type Segment } from '../../../src/shared/quotes/spans';
import { withTurns, type TurnAttribution, type TurnReason } from '../../../src/shared/quotes/turns';
import { fold, sameSpeaker, type Fixture } from '../score';

/** One resolved mention, as the rules resolved it while reading. */
interface Resolved {
  p: number;
  m: Mention;
  subject: boolean;
  person: Person;
}

let recording: Resolved[] | null = null;
let depth = 0;
const plainResolve = People.prototype.resolve;
People.prototype.resolve = function (this: People, m, paragraph, subject, mayCreate, not) {
  depth++;
  try {
    const person = plainResolve.call(this, m, paragraph, subject, mayCreate, not);
    if (recording && depth === 1 && person) recording.push({ p: paragraph, m, subject, person });
    return person;
  } finally {
    depth--;
  }
};

/** The rules' reasons that name a speaker, one feature each. */
export const REASONS: Array<AttributionReason | TurnReason> = ['cue-name', 'cue-pronoun', 'cue-role', 'cue-before', 'according', 'participle', 'colon', 'same-paragraph', 'action-beat', 'interviewee', 'previous-paragraph', 'exchange', 'echo', 'transcript-turn'];
const MODES = ['after', 'before', 'according', 'participle', 'colon'];

/** Feature names, in vector order. Candidate features first; quote features apply to "none" only. */
export const FEATURES: string[] = [
  'rule',
  ...REASONS.map((r) => `rule:${r}`),
  'cue',
  ...MODES.map((m) => `cue:${m}`),
  'cue:pronoun-np',
  'cue:name-np',
  'cue:role-np',
  'cue:pronoun-disagrees',
  'same-sentence',
  'same-sentence-subject',
  'para-before',
  'para-before-subject',
  'para-after',
  'nearest-before-is-me',
  'last-subject-before-is-me',
  'log-dist-before',
  'log-dist-after',
  'prev-para',
  'prev-para-subject',
  'prev-para-last-subject',
  'next-para',
  'log-mentions-so-far',
  'prev-quote-speaker',
  'prev-quote-speaker&quote-opens-para',
  'prev-quote-speaker&same-para',
  'kind:organisation',
  'kind:publication',
  'kind:document',
  'named',
  'only-pronoun-mentions-near',
  'headline-only',
  'prev-quote-speaker&opens-para&no-cue',
  'prev-quote-in-this-or-last-para',
  'cue&organisation',
  'gendered-pronoun-near-agrees',
  // "none" only:
  'none',
  'none&rule-none',
  'none&partial',
  'none&short',
  'none&log-words',
  'none&opens-para',
  'none&closes-para',
  'none&colon-before',
  'none&speakerless-cue',
  'none&headline',
  'none&no-one-in-para',
  'none&rule-low-confidence',
  'none&naming',
  'none&title-case',
  'none&lower-start',
  'none&has-cue-person',
  'none&question',
];
const F = new Map(FEATURES.map((f, k) => [f, k]));

/** One possible speaker of a quote (or nobody) with its features. */
export interface Candidate {
  /** null is "none". */
  person: Person | null;
  name: string | null;
  x: Float64Array;
}

/** One detected quotation: what the rules said, who else might have said it, and who did. */
export interface QuoteCase {
  set: string;
  story: string;
  /** The rules' quotation (its speaker is the rules' answer). */
  rule: TurnAttribution;
  candidates: Candidate[];
  /** Indices of the candidates that are the labelled speaker (empty when none is); undefined when the quote is not labelled. */
  targets: number[] | undefined;
}

/** A story's quotations as cases, with the fixture that labels them (for the customer's scorer). */
export interface StoryCases {
  set: string;
  story: string;
  fixture: Fixture;
  cases: QuoteCase[];
}

const words = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Every quotation of one story with its candidates and features (and its target when a fixture labels it). */
export function storyCases(set: string, story: string, fixture: Fixture): StoryCases {
  const paragraphs = fixture.paragraphs;
  const { quotations } = findSpans(paragraphs);
  recording = [];
  const attributed = attributeQuotes(paragraphs, quotations, []);
  const { people } = attributed;
  // Transcript turns as detectQuotes adds them (turns.ts), so the cases are the detections.
  const quotes = withTurns(paragraphs, attributed.quotes, people);
  const resolved = recording;
  recording = null;

  const bySeg: Segment[][] = paragraphs.map(() => []);
  for (const q of quotations) for (const s of q.segments) bySeg[s.paragraph].push(s);
  const readings = paragraphs.map((text, p) => readParagraph(text, bySeg[p]));
  // The name a person is reported by, as attributeQuotes reports its speakers.
  const fuller = fullestForms(new Set(resolved.map((r) => r.person)), people.all);
  const final = (p: Person): Person => fuller.get(p) ?? p;
  const nameOf = new Map<Person, string>();
  const name = (p: Person): string => {
    let n = nameOf.get(p);
    if (n === undefined) {
      n = p.group ? p.name : asWritten(p, paragraphs);
      nameOf.set(p, n);
    }
    return n;
  };
  for (const q of quotes) if (q.person) nameOf.set(q.person, q.person.name);
  const mentionsIn = paragraphs.map(() => [] as Resolved[]);
  for (const r of resolved) mentionsIn[r.p]?.push({ ...r, person: final(r.person) });

  const labels = fixture.quotes.map((l) => ({ ...l, used: false }));
  const cases: QuoteCase[] = [];
  let prevSpeaker: Person | null = null;
  let prevSpeakerAt = -2;
  for (const q of quotes) {
    const s0 = q.quotation.segments[0];
    const P = s0.paragraph;
    const { tokens, cues } = readings[P];
    const i = tokens.findIndex((t) => t.kind === 'quote' && t.segment === s0);
    const sentence = tokens[i]?.sentence ?? -1;
    const cands = new Map<Person | null, Float64Array>();
    const x = (p: Person | null): Float64Array => {
      let v = cands.get(p);
      if (!v) cands.set(p, (v = new Float64Array(FEATURES.length)));
      return v;
    };
    const set1 = (p: Person | null, f: string, value = 1): void => {
      x(p)[F.get(f)!] = value;
    };
    const none = x(null);
    // Rules' answer.
    const rulePerson = q.person;
    if (rulePerson) {
      set1(rulePerson, 'rule');
      set1(rulePerson, `rule:${q.reason}`);
    }
    // Cues of every segment.
    for (const seg of q.quotation.segments) {
      const r = readings[seg.paragraph];
      const k = r.tokens.findIndex((t) => t.kind === 'quote' && t.segment === seg);
      const cue = k >= 0 ? r.cues.get(k) : null;
      if (!cue) continue;
      if (cue.speakerless) none[F.get('none&speakerless-cue')!] = 1;
      const at = mentionsIn[seg.paragraph].find((m) => m.m.from === cue.np.from && m.m.to === cue.np.to);
      if (!at) continue;
      set1(at.person, 'cue');
      none[F.get('none&has-cue-person')!] = 1;
      if (at.person.group) set1(at.person, 'cue&organisation');
      set1(at.person, `cue:${cue.mode}`);
      set1(at.person, `cue:${at.m.kind}-np`);
      const g = at.m.pronoun;
      if (at.m.kind === 'pronoun' && at.person.gender && g && g !== at.person.gender) set1(at.person, 'cue:pronoun-disagrees');
    }
    // Mentions in this paragraph.
    const here = mentionsIn[P];
    let nearestBefore: Resolved | null = null;
    let lastSubjectBefore: Resolved | null = null;
    for (const m of here) {
      const before = m.m.to <= i;
      const v = x(m.person);
      if (tokens[m.m.from]?.sentence === sentence) {
        v[F.get('same-sentence')!] = 1;
        if (m.subject) v[F.get('same-sentence-subject')!] = 1;
      }
      if (before) {
        v[F.get('para-before')!] += 1;
        if (m.subject) v[F.get('para-before-subject')!] = 1;
        nearestBefore = m;
        if (m.subject) lastSubjectBefore = m;
        const d = Math.log1p(i - m.m.to);
        const f = F.get('log-dist-before')!;
        v[f] = v[f] ? Math.min(v[f], d) : d || 0.01;
      } else {
        v[F.get('para-after')!] += 1;
        const d = Math.log1p(m.m.from - i);
        const f = F.get('log-dist-after')!;
        v[f] = v[f] ? Math.min(v[f], d) : d || 0.01;
      }
      if (m.m.kind === 'name') v[F.get('named')!] = 1;
    }
    if (nearestBefore) set1(nearestBefore.person, 'nearest-before-is-me');
    if (lastSubjectBefore) set1(lastSubjectBefore.person, 'last-subject-before-is-me');
    if (!here.length) none[F.get('none&no-one-in-para')!] = 1;
    // The paragraphs either side.
    if (P > 0) {
      const prev = mentionsIn[P - 1];
      for (const m of prev) {
        const v = x(m.person);
        v[F.get('prev-para')!] += 1;
        if (m.subject) v[F.get('prev-para-subject')!] = 1;
        if (m.m.kind === 'name') v[F.get('named')!] = 1;
      }
      const lastSubject = [...prev].reverse().find((m) => m.subject);
      if (lastSubject) set1(lastSubject.person, 'prev-para-last-subject');
    }
    if (P + 1 < paragraphs.length) for (const m of mentionsIn[P + 1]) x(m.person)[F.get('next-para')!] += 1;
    if (prevSpeaker) {
      set1(prevSpeaker, 'prev-quote-speaker');
      if (i === 0 && !none[F.get('none&has-cue-person')!]) set1(prevSpeaker, 'prev-quote-speaker&opens-para&no-cue');
      if (prevSpeakerAt >= P - 1) set1(prevSpeaker, 'prev-quote-in-this-or-last-para');
      if (i === 0) set1(prevSpeaker, 'prev-quote-speaker&quote-opens-para');
      if (here.some((m) => m.person === prevSpeaker)) set1(prevSpeaker, 'prev-quote-speaker&same-para');
    }
    // Per candidate: how often named so far, kind.
    for (const [p, v] of cands) {
      if (!p) continue;
      const upTo = resolved.filter((r) => r.p <= P && final(r.person) === p);
      v[F.get('log-mentions-so-far')!] = Math.log1p(upTo.length);
      if (p.kind === 'organisation') v[F.get('kind:organisation')!] = 1;
      if (p.kind === 'publication') v[F.get('kind:publication')!] = 1;
      if (p.kind === 'document') v[F.get('kind:document')!] = 1;
      const near = resolved.filter((r) => Math.abs(r.p - P) <= 1 && final(r.person) === p);
      if (near.length && near.every((r) => r.m.kind === 'pronoun')) v[F.get('only-pronoun-mentions-near')!] = 1;
      if (upTo.length && upTo.every((r) => r.p === 0) && P > 0) v[F.get('headline-only')!] = 1;
      // A "he"/"she" near the quote that could mean this candidate.
      if (p.gender === 'he' || p.gender === 'she') if (near.some((r) => r.m.kind === 'pronoun' && r.m.pronoun === p.gender)) v[F.get('gendered-pronoun-near-agrees')!] = 1;
    }
    // "None".
    none[F.get('none')!] = 1;
    if (!rulePerson) none[F.get('none&rule-none')!] = 1;
    if (q.partial) none[F.get('none&partial')!] = 1;
    const w = words(q.quotation.segments.map((s) => s.text).join(' '));
    if (w <= 6) none[F.get('none&short')!] = 1;
    none[F.get('none&log-words')!] = Math.log1p(w);
    if (i === 0) none[F.get('none&opens-para')!] = 1;
    const lastSeg = q.quotation.segments[q.quotation.segments.length - 1];
    const lastTokens = readings[lastSeg.paragraph].tokens;
    const j = lastTokens.findIndex((t) => t.kind === 'quote' && t.segment === lastSeg);
    if (lastTokens.slice(j + 1).every((t) => t.kind === 'punct')) none[F.get('none&closes-para')!] = 1;
    if (tokens[i - 1]?.text === ':' || (i === 0 && P > 0 && /:\s*$/u.test(paragraphs[P - 1]))) none[F.get('none&colon-before')!] = 1;
    if (P === 0) none[F.get('none&headline')!] = 1;
    if (i >= 0 && isNaming(tokens, i)) none[F.get('none&naming')!] = 1;
    const text0 = s0.text.trim();
    const content = text0.split(/\s+/u).filter((x) => !/^(of|the|a|an|and|in|on|to|for|at|by)$/u.test(x));
    if (w <= 6 && content.length && content.every((x) => /^\p{Lu}/u.test(x))) none[F.get('none&title-case')!] = 1;
    if (/^\p{Ll}/u.test(text0)) none[F.get('none&lower-start')!] = 1;
    if (/\?\s*$/u.test(text0)) none[F.get('none&question')!] = 1;
    if (q.confidence < 0.6) none[F.get('none&rule-low-confidence')!] = 1;

    const candidates: Candidate[] = [...cands].map(([p, v]) => ({ person: p, name: p ? name(p) : null, x: v }));
    // The label: the first segment's, as the scorer matches it.
    const norm = (t: string) => fold(t).trim();
    const label = labels.find((l) => !l.used && norm(l.text) === norm(s0.text));
    for (const seg of q.quotation.segments.slice(1)) {
      const l = labels.find((x2) => !x2.used && x2 !== label && norm(x2.text) === norm(seg.text));
      if (l) l.used = true;
    }
    let targets: number[] | undefined;
    if (label) {
      label.used = true;
      targets = candidates.flatMap((c, k) => ((label.speaker === null ? c.person === null : c.name !== null && sameSpeaker(label.speaker, c.name)) ? [k] : []));
    }
    cases.push({ set, story, rule: q, candidates, targets });
    if (q.person) {
      prevSpeaker = q.person;
      prevSpeakerAt = q.quotation.segments[q.quotation.segments.length - 1].paragraph;
    }
  }
  return { set, story, fixture, cases };
}

/** The readable labelled sets a learner may train on, as the brief names them (fixtures-8 without its aside stories). */
export const READABLE: Array<[string, (story: string) => boolean]> = [
  ['fixtures', () => true],
  ['fixtures-8', (s) => !s.startsWith('aside-')],
  ['heldout', () => true],
  ['heldout-2', () => true],
  ['heldout-3', () => true],
  ['heldout-5', () => true],
  ['heldout-6', () => true],
  ['heldout-7', () => true],
  ['session-aside', () => true],
  ['session-aside-2', () => true],
];

/** Every story of a folder beside score.ts that `keep` admits, read into cases. */
export function folderCases(set: string, keep: (story: string) => boolean): StoryCases[] {
  const dir = join(__dirname, '..', set);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => f.replace(/\.json$/u, ''))
    .filter(keep)
    .map((story) => storyCases(set, story, JSON.parse(readFileSync(join(dir, `${story}.json`), 'utf8')) as Fixture));
}
