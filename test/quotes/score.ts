// Scores detection against a hand-labelled fixture: segment precision and
// recall (a detected segment matches a labelled one when their texts are
// equal after folding no-break spaces), and attribution accuracy over the
// matched segments (labelled null must be detected null).
import type { Detection } from '../../src/shared/quotes/detect';

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
