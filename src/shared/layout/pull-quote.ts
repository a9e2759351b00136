// A pull quote is lifted from a tagged quotation, so it always matches the
// copy and names the person the sub attributed it to.
import type { DocNode } from '../article/model';
import { taggedQuotes } from '../article/quote-marks';
import type { SpeakerName } from './speakers';

export interface PullQuoteChoice {
  quoteId: string;
  /** As set in the pull quote: curly-quoted, trailing comma or colon dropped. */
  text: string;
  speaker: string | null;
}

export function pullQuoteChoices(doc: DocNode, speakers: readonly SpeakerName[]): PullQuoteChoice[] {
  const names = new Map(speakers.map((s) => [s.id, s.name]));
  return taggedQuotes(doc).map((q) => ({
    quoteId: q.quoteId,
    text: pullQuoteText(q.text),
    speaker: q.speakerId ? (names.get(q.speakerId) ?? null) : null,
  }));
}

/** The words as a pull quote sets them: the copy's own marks stripped and curly ones put round. */
export function pullQuoteText(text: string): string {
  const words = text
    .trim()
    .replace(/^[“"‘']+/, '')
    .replace(/[”"’']+$/, '')
    .replace(/[,;:]+$/, '')
    .trim();
  return `“${words}”`;
}
