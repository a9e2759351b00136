// Scores detection against a hand-labelled fixture: segment precision and
// recall (a detected segment matches a labelled one when their texts are
// equal after folding no-break spaces), and attribution accuracy over the
// matched segments (labelled null must be detected null).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectQuotes, type Detection } from '../../src/shared/quotes/detect';

export interface LabelledQuote {
  quote: number;
  text: string;
  speaker: string | null;
  cue?: string | null;
  note?: string;
}
export interface Fixture {
  about: string;
  paragraphs: string[];
  quotes: LabelledQuote[];
  speakers: Array<{ name: string; role: string; laterReferences: string[] }>;
}

export interface Score {
  name: string;
  expected: number;
  detected: number;
  matched: number;
  precision: number;
  recall: number;
  attributed: number;
  attributionAccuracy: number;
  /** Matched segments grouped into the same quotations as labelled. */
  groupingOk: boolean;
  misses: string[];
}

export const fold = (s: string): string => s.replace(/\u00a0/gu, ' ');

/** Speaker names compare case-insensitively without a leading article; a descriptive (lower-case) label may be contained in the detected one or contain it. */
export function sameSpeaker(expected: string | null, detected: string | null): boolean {
  if (expected === null || detected === null) return expected === detected;
  const norm = (s: string) => fold(s).toLowerCase().replace(/^(the|a|an)\s+/u, '').replace(/\s+/gu, ' ').trim();
  const e = norm(expected);
  const d = norm(detected);
  if (e === d) return true;
  const descriptive = /^[\p{Ll}]/u.test(expected.replace(/^(the|a|an)\s+/iu, ''));
  return descriptive && d.length > 3 && (e.includes(d) || d.includes(e));
}

export function score(name: string, fixture: Fixture, detection: Detection): Score {
  const detectedSegs = detection.quotes.flatMap((q) =>
    q.segments.map((s) => ({ text: fold(s.text), speaker: q.speaker?.name ?? null, quote: q.number, used: false })),
  );
  let matched = 0;
  let attributed = 0;
  const misses: string[] = [];
  const pairs: Array<{ expected: number; detected: number }> = [];
  for (const e of fixture.quotes) {
    const d = detectedSegs.find((x) => !x.used && x.text === fold(e.text));
    if (!d) {
      misses.push(`missed segment: ${e.text}`);
      continue;
    }
    d.used = true;
    matched++;
    pairs.push({ expected: e.quote, detected: d.quote });
    if (sameSpeaker(e.speaker, d.speaker)) attributed++;
    else misses.push(`speaker of “${e.text.slice(0, 40)}”: expected ${e.speaker}, got ${d.speaker}`);
  }
  for (const d of detectedSegs) if (!d.used) misses.push(`extra segment: ${d.text}`);
  // Same quotation labelled ⇔ same quotation detected.
  let groupingOk = true;
  for (const a of pairs) for (const b of pairs) if ((a.expected === b.expected) !== (a.detected === b.detected)) groupingOk = false;
  return {
    name,
    expected: fixture.quotes.length,
    detected: detectedSegs.length,
    matched,
    precision: detectedSegs.length ? matched / detectedSegs.length : 1,
    recall: fixture.quotes.length ? matched / fixture.quotes.length : 1,
    attributed,
    attributionAccuracy: matched ? attributed / matched : 1,
    groupingOk,
    misses,
  };
}

/**
 * The customer's measure: of the quotes given a speaker, how many have the
 * labelled one (precision); of the labelled quotes that have a speaker, how
 * many were found with it (recall). A quote found without a speaker costs
 * recall only; a wrong speaker costs both. Texts compare with white space
 * at either end trimmed ("“ the problem…”" is the same quote).
 */
export interface AttributionScore {
  name: string;
  /** Labelled segments with a speaker. */
  labelled: number;
  /** Detected segments given a speaker. */
  attributed: number;
  /** Attributed to the labelled speaker. */
  correct: number;
  precision: number;
  recall: number;
  /** Labelled speakerless (titles, scare quotes, nicknames) that were given a speaker. */
  speakerlessGivenSpeaker: number;
  misses: string[];
}

export function attributionScore(name: string, fixture: Fixture, detection: Detection): AttributionScore {
  const norm = (s: string) => fold(s).trim();
  const labels = fixture.quotes.map((q) => ({ ...q, used: false }));
  let attributed = 0;
  let correct = 0;
  let speakerlessGivenSpeaker = 0;
  const misses: string[] = [];
  for (const q of detection.quotes) {
    for (const s of q.segments) {
      const label = labels.find((l) => !l.used && norm(l.text) === norm(s.text));
      if (label) label.used = true;
      const got = q.speaker?.name ?? null;
      if (got === null) {
        if (label?.speaker) misses.push(`no speaker for “${clipText(s.text)}” (${label.speaker})`);
        continue;
      }
      attributed++;
      if (!label) misses.push(`extra quote given ${got}: “${clipText(s.text)}”`);
      else if (label.speaker === null) {
        speakerlessGivenSpeaker++;
        misses.push(`speakerless “${clipText(s.text)}” given ${got}`);
      } else if (sameSpeaker(label.speaker, got)) correct++;
      else misses.push(`wrong speaker for “${clipText(s.text)}”: ${got}, labelled ${label.speaker}`);
    }
  }
  for (const l of labels) if (!l.used && l.speaker) misses.push(`missed “${clipText(l.text)}” (${l.speaker})`);
  const labelled = fixture.quotes.filter((q) => q.speaker !== null).length;
  return {
    name,
    labelled,
    attributed,
    correct,
    precision: attributed ? correct / attributed : 1,
    recall: labelled ? correct / labelled : 1,
    speakerlessGivenSpeaker,
    misses,
  };
}

const clipText = (s: string): string => (s.length > 50 ? `${s.slice(0, 49)}…` : s);

/** A table of scores, one row a fixture and a total row, for the test log and the report. */
export function attributionTable(title: string, scores: readonly AttributionScore[]): string {
  const t = scores.reduce((a, s) => ({ labelled: a.labelled + s.labelled, attributed: a.attributed + s.attributed, correct: a.correct + s.correct, scare: a.scare + s.speakerlessGivenSpeaker }), { labelled: 0, attributed: 0, correct: 0, scare: 0 });
  const f = (n: number) => n.toFixed(2);
  return [
    `${title.padEnd(34)} label  attr  right  prec   rec  scare`,
    ...scores.map((s) => `${s.name.padEnd(34)} ${String(s.labelled).padStart(5)} ${String(s.attributed).padStart(5)} ${String(s.correct).padStart(6)}  ${f(s.precision)}  ${f(s.recall)}  ${s.speakerlessGivenSpeaker}`),
    `${'TOTAL'.padEnd(34)} ${String(t.labelled).padStart(5)} ${String(t.attributed).padStart(5)} ${String(t.correct).padStart(6)}  ${f(t.attributed ? t.correct / t.attributed : 1)}  ${f(t.labelled ? t.correct / t.labelled : 1)}  ${t.scare}`,
    ...scores.flatMap((s) => s.misses.map((m) => `  ${s.name}: ${m}`)),
  ].join('\n');
}

/** Every story of a folder beside this file (`heldout-5`), detected and scored for attribution, in file-name order. */
export function scoreFolder(folder: string): AttributionScore[] {
  const dir = join(__dirname, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const fixture = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture;
      return attributionScore(f.replace(/\.json$/u, ''), fixture, detectQuotes(fixture.paragraphs));
    });
}

/** A count summed over a set's stories. */
export const sumOf = (set: readonly AttributionScore[], pick: (s: AttributionScore) => number): number => set.reduce((a, s) => a + pick(s), 0);

/** A set's precision and recall with the counts behind them, in one line: the figure a kept-aside set prints instead of its misses. */
export function setFigure(set: readonly AttributionScore[]): string {
  const right = sumOf(set, (s) => s.correct);
  const attributed = sumOf(set, (s) => s.attributed);
  const labelled = sumOf(set, (s) => s.labelled);
  return `precision ${(right / attributed).toFixed(2)}, recall ${(right / labelled).toFixed(2)} (${right} right of ${attributed} attributed, ${labelled} labelled; ${sumOf(set, (s) => s.speakerlessGivenSpeaker)} speakerless given a speaker)`;
}


/** One detected segment beside its label: the rule that gave its speaker and whether that speaker is the labelled one. */
export interface ReasonRow {
  story: string;
  text: string;
  /** The labelled speaker; undefined when the segment is not labelled (an extra). */
  label: string | null | undefined;
  got: string | null;
  reason: string;
  right: boolean;
}

/** Every detected segment of the named stories of a folder, with its reason (for the per-reason precision table). */
export function reasonRows(folder: string, keep: (story: string) => boolean = () => true): ReasonRow[] {
  const dir = join(__dirname, folder);
  const rows: ReasonRow[] = [];
  const norm = (s: string) => fold(s).trim();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
    const story = f.replace(/\.json$/u, '');
    if (!keep(story)) continue;
    const fixture = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Fixture;
    const labels = fixture.quotes.map((q) => ({ ...q, used: false }));
    for (const q of detectQuotes(fixture.paragraphs).quotes) {
      for (const s of q.segments) {
        const label = labels.find((l) => !l.used && norm(l.text) === norm(s.text));
        if (label) label.used = true;
        const got = q.speaker?.name ?? null;
        rows.push({ story, text: s.text, label: label ? label.speaker : undefined, got, reason: q.reason, right: !!label && sameSpeaker(label.speaker, got) });
      }
    }
    for (const l of labels) if (!l.used) rows.push({ story, text: l.text, label: l.speaker, got: null, reason: 'missed', right: false });
  }
  return rows;
}
