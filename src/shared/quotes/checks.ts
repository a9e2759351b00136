// The quote checks a sub runs before a story goes: marks that do not
// balance, tagged quotes with no speaker, a speaker whose first reference
// lacks full name and role, later references in the wrong form, and quoted
// speakers the story never names. Each finding is a sentence for the sub and
// a place in the text. Names are looked for only outside quotation marks: a
// speaker's own words do not introduce them.
import { fold, foldKeepingCase } from '../article/fold';
import type { QuoteRecord } from '../article/model';
import type { Speaker } from '../speakers/model';
import { compareWithSources, quoteStatus, type SourceText } from './compare';
import { ROLE_NOUNS } from './lexicon';
import { findSpans, type MarkProblem } from './spans';

export type QuoteCheckKind =
  | 'unbalanced-marks'
  | 'no-speaker'
  | 'first-reference-incomplete'
  | 'later-reference-form'
  | 'speaker-not-named'
  /** The words differ from the source material (the quotes panel's "Differs from source"). */
  | 'differs-from-source'
  /** Edited since the sub checked or verified it. */
  | 'changed-since-check';

export interface QuoteCheck {
  kind: QuoteCheckKind;
  /** A sentence for the sub. */
  message: string;
  paragraph: number;
  start: number;
  end: number;
  quoteId?: string;
  speakerId?: string;
}

export interface TaggedQuote {
  quoteId: string;
  speakerId: string | null;
  segments: Array<{ paragraph: number; start: number; end: number; text: string }>;
}

export interface CheckInput {
  paragraphs: string[];
  tagged: TaggedQuote[];
  speakers: Speaker[];
  /** The story's source material: a tagged quote whose words differ from it is listed. */
  sources?: SourceText[];
  /** The sub's judgements: a quote checked by hand is not listed again until its words change. */
  records?: Array<Pick<QuoteRecord, 'id' | 'verifiedText' | 'checkedByHand'>>;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev)\.?$/u;
const STOP = new Set(['the', 'of', 'for', 'and', 'at', 'in', 'on', 'a', 'an', 'to', 'with']);

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const clip = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function markMessage(problem: MarkProblem): string {
  return problem.kind === 'unclosed'
    ? `A quotation opens in paragraph ${problem.paragraph + 1} and never closes; if it runs on, the next paragraph should open with a quotation mark.`
    : `A closing quotation mark in paragraph ${problem.paragraph + 1} has no opening mark before it.`;
}

/** Character ranges inside quotation marks, per paragraph, and the tagged quotes' own (a transcript turn has no marks: its label and words). */
function quotedRanges(paragraphs: readonly string[], tagged: readonly TaggedQuote[] = []): Array<Array<[number, number]>> {
  const ranges: Array<Array<[number, number]>> = paragraphs.map(() => []);
  const { quotations } = findSpans(paragraphs);
  for (const q of quotations) for (const s of q.segments) ranges[s.paragraph].push([s.openMark, s.end + 1]);
  for (const q of tagged) for (const s of q.segments) if (ranges[s.paragraph]) ranges[s.paragraph].push([TURN_LABEL.test(paragraphs[s.paragraph].slice(0, s.start)) ? 0 : s.start, s.end]);
  return ranges;
}
/** A speaker label before a turn's words ("Petrescu: "): transcript furniture, not a reference to check. */
const TURN_LABEL = /^\s*[\p{Lu}][^:]{0,50}:\s*$/u;

interface Occurrence {
  paragraph: number;
  start: number;
  end: number;
  /** As written, with an honorific if one stands before it: "Mr Qazi", "Qazi", "Imdad Qazi". */
  text: string;
  form: 'full' | 'later' | 'other';
}

/**
 * A directory name as a pattern over copy folded by foldKeepingCase, so
 * "Sinead O'Brien" finds "Sinéad O’Brien" but "Said" never finds "said": any
 * run of white space between words, and after a letter any accents typed as
 * their own characters (e + ◌́), which that fold keeps to keep offsets.
 */
function namePattern(name: string): string {
  return foldKeepingCase(name.normalize('NFC'))
    .trim()
    .split(/\s+/u)
    .map((word) => [...word].map((ch) => (/\p{L}/u.test(ch) ? `${escape(ch)}\\p{M}*` : escape(ch))).join(''))
    .join('\\s+');
}

/**
 * Every place the story names a speaker, outside quotations: the full name,
 * the directory's later reference, and any other use of one of the name's
 * words ("Qazi", "Imdad", "Mrs Qazi"). Overlaps go to the longest form.
 * Apostrophe and dash styles and accents may differ from the directory's
 * spelling; capitals may not. Places and text are the copy's own.
 */
function occurrences(paragraphs: readonly string[], quoted: Array<Array<[number, number]>>, speaker: Speaker): Occurrence[] {
  const names = speaker.name.split(/\s+/u).filter((w) => w.length > 1 && !HONORIFIC.test(w));
  const forms: Array<{ pattern: string; form: Occurrence['form'] }> = [{ pattern: namePattern(speaker.name), form: 'full' }];
  if (speaker.laterReference.trim()) forms.push({ pattern: namePattern(speaker.laterReference), form: 'later' });
  for (const w of names) forms.push({ pattern: `(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lord|Lady)\\.?\\s+)?${namePattern(w)}`, form: 'other' });
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((f, i) => `(?<f${i}>${f.pattern})`).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: Occurrence[] = [];
  paragraphs.forEach((text, paragraph) => {
    // Same length as the text: a match's offsets are the copy's offsets.
    for (const m of foldKeepingCase(text).matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (quoted[paragraph].some(([a, b]) => start >= a && end <= b)) continue;
      const i = forms.findIndex((_, k) => m.groups?.[`f${k}`] !== undefined);
      out.push({ paragraph, start, end, text: text.slice(start, end), form: forms[i].form });
    }
  });
  return out;
}

/** The sentence around an offset, for looking for a role next to a first mention. */
function sentenceAround(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !/[.?!]\s/u.test(text.slice(a - 2, a))) a--;
  let b = end;
  while (b < text.length && !/[.?!](?:\s|$)/u.test(text.slice(b, b + 2))) b++;
  return text.slice(a, b + 1);
}

function mentionsRole(sentence: string, speaker: Speaker): boolean {
  const words = fold(`${speaker.role} ${speaker.organisation}`)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2 && !STOP.has(w));
  const lower = fold(sentence);
  if (words.length) return words.some((w) => new RegExp(`(?<![\\p{L}])${escape(w)}`, 'u').test(lower));
  // No role in the directory: any role word beside the name will do ("spokeswoman", "minister").
  return lower.split(/[^\p{L}]+/u).some((w) => ROLE_NOUNS.has(w));
}

/**
 * Tagged quotes whose words the sub should look at again: changed since
 * they were checked, or different from the source material. The same
 * judgement as the quotes panel's, so the two never disagree: a quote the
 * sub checked by hand, or verified as it reads now, is not listed.
 */
function sourceChecks(input: CheckInput): QuoteCheck[] {
  const sources = input.sources ?? [];
  const records = new Map((input.records ?? []).map((r) => [r.id, r]));
  const out: QuoteCheck[] = [];
  for (const q of input.tagged) {
    const first = q.segments[0];
    if (!first) continue;
    const text = q.segments.map((s) => s.text).join(' ');
    const place = { paragraph: first.paragraph, start: first.start, end: first.end, quoteId: q.quoteId };
    const status = quoteStatus(records.get(q.quoteId) ?? { verifiedText: null, checkedByHand: null }, text);
    if (status === 'changed-since-check') {
      out.push({ kind: 'changed-since-check', message: `“${clip(text)}” has been changed since it was checked; check it against the source again.`, ...place });
      continue;
    }
    if (status !== 'unchecked' || !sources.length) continue;
    const comparison = compareWithSources(text, sources);
    if (comparison.verdict !== 'differs') continue;
    const label = sources.find((s) => s.id === comparison.sourceId)?.label ?? 'the source';
    out.push({ kind: 'differs-from-source', message: `“${clip(text)}” differs from ${label}: “${clip(comparison.passage ?? '', 80)}”.`, ...place });
  }
  return out;
}

export function checkQuotes(input: CheckInput): QuoteCheck[] {
  const { paragraphs, tagged, speakers } = input;
  const checks: QuoteCheck[] = [];

  const { problems } = findSpans(paragraphs);
  for (const p of problems) {
    checks.push({ kind: 'unbalanced-marks', message: markMessage(p), paragraph: p.paragraph, start: p.index, end: p.index + 1 });
  }

  checks.push(...sourceChecks(input));

  const directory = new Map(speakers.map((s) => [s.id, s]));
  const quoted = quotedRanges(paragraphs, tagged);
  const checked = new Set<string>();
  for (const q of tagged) {
    const first = q.segments[0];
    const place = first ? { paragraph: first.paragraph, start: first.start, end: first.end } : { paragraph: 0, start: 0, end: 0 };
    const speaker = q.speakerId ? directory.get(q.speakerId) : undefined;
    if (!speaker) {
      const what = first ? `“${clip(first.text)}”` : 'A tagged quote';
      const message = q.speakerId
        ? `${what} is tagged to a speaker who is not in the directory; choose the speaker again.`
        : `${what} is tagged as a quote but has no speaker.`;
      checks.push({ kind: 'no-speaker', message, ...place, quoteId: q.quoteId, ...(q.speakerId ? { speakerId: q.speakerId } : {}) });
      continue;
    }
    if (checked.has(speaker.id)) continue;
    checked.add(speaker.id);

    const found = occurrences(paragraphs, quoted, speaker);
    if (!found.length) {
      checks.push({
        kind: 'speaker-not-named',
        message: `${speaker.name} is quoted but never named in the story.`,
        ...place,
        quoteId: q.quoteId,
        speakerId: speaker.id,
      });
      continue;
    }
    const firstRef = found[0];
    if (firstRef.form !== 'full') {
      checks.push({
        kind: 'first-reference-incomplete',
        message: `${speaker.name} is first named as “${firstRef.text}”; the first reference should give the full name and role.`,
        paragraph: firstRef.paragraph,
        start: firstRef.start,
        end: firstRef.end,
        speakerId: speaker.id,
      });
    } else if (!mentionsRole(sentenceAround(paragraphs[firstRef.paragraph], firstRef.start, firstRef.end), speaker)) {
      checks.push({
        kind: 'first-reference-incomplete',
        message: `The first reference to ${speaker.name} does not say who they are${speaker.role ? ` (${speaker.role})` : ''}.`,
        paragraph: firstRef.paragraph,
        start: firstRef.start,
        end: firstRef.end,
        speakerId: speaker.id,
      });
    }
    const later = speaker.laterReference.trim();
    if (!later) continue;
    for (const o of found.slice(1)) {
      if (o.form !== 'other') continue;
      checks.push({
        kind: 'later-reference-form',
        message: `“${o.text}” should be “${later}” after the first reference to ${speaker.name}.`,
        paragraph: o.paragraph,
        start: o.start,
        end: o.end,
        speakerId: speaker.id,
      });
    }
  }
  return checks;
}
