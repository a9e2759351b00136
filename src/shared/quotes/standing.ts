// How each tagged quote stands: against the source material (word for word,
// differing, not found) and with the sub (verified as it now reads, checked by
// hand, changed since checked). Pure, over the quote's words, its record and
// the story's sources, so the quotes panel, auto-verify and the command line
// read the same answer.
import type { QuoteRecord, SourceMaterial } from '../article/model';
import type { TaggedQuote } from '../article/quote-marks';
import { compareWithSources, quoteStatus, type Comparison, type QuoteStatus } from './compare';

/** A quote's comparison with the sources (null when the story has none) and its status with the sub. */
export interface QuoteStanding {
  comparison: Comparison | null;
  status: QuoteStatus;
}

/** Where one tagged quote stands, given the story's quote records and sources. */
export function standingOf(quote: Pick<TaggedQuote, 'quoteId' | 'text'>, records: readonly QuoteRecord[], sources: readonly SourceMaterial[]): QuoteStanding {
  const record = records.find((r) => r.id === quote.quoteId) ?? { verifiedText: null, checkedByHand: null };
  const comparison = sources.length ? compareWithSources(quote.text, sources) : null;
  return { comparison, status: quoteStatus(record, quote.text) };
}

/**
 * The records with every quote that matches its source word for word marked verified as it now
 * reads; null when nothing changes. A record a sub checked by hand keeps its note.
 */
export function verifyVerbatim(tagged: readonly Pick<TaggedQuote, 'quoteId' | 'text'>[], records: readonly QuoteRecord[], sources: readonly SourceMaterial[]): QuoteRecord[] | null {
  if (!sources.length) return null;
  let changed = false;
  const next = [...records];
  for (const quote of tagged) {
    const standing = standingOf(quote, next, sources);
    if (standing.comparison?.verdict !== 'verbatim') continue;
    const index = next.findIndex((r) => r.id === quote.quoteId);
    const record = index >= 0 ? next[index] : { id: quote.quoteId, verifiedText: null, checkedByHand: null };
    if (record.verifiedText === quote.text) continue;
    const updated = { ...record, verifiedText: quote.text };
    if (index >= 0) next[index] = updated;
    else next.push(updated);
    changed = true;
  }
  return changed ? next : null;
}
