// Quote detection on a 5,000-word story, as it runs while the sub types,
// beside the least any quote finder must do: one scan for quotation marks.
import { checkQuotes } from '../src/shared/quotes/checks';
import { detectQuotes } from '../src/shared/quotes/detect';
import { sampleStory } from '../src/shared/quotes/bench';
import { percentile, sample, type Row } from './measure';

export async function benchQuotes(words = 5000): Promise<Row[]> {
  const paragraphs = sampleStory(words);
  detectQuotes(paragraphs); // warm-up: the first call compiles the rules
  const detect = await sample(30, () => detectQuotes(paragraphs));
  const scan = await sample(30, () => paragraphs.reduce((n, p) => n + (p.match(/[“”"]/g)?.length ?? 0), 0));
  const detection = detectQuotes(paragraphs);
  const tagged = detection.quotes.map((q) => ({ quoteId: `q-${q.number}`, speakerId: null, segments: q.segments }));
  const checks = await sample(30, () => checkQuotes({ paragraphs, tagged, speakers: [] }));
  const section = `quotes ${words.toLocaleString()} words`;
  return [
    { section, metric: 'detect quotes p50', galley: percentile(detect, 50), baseline: percentile(scan, 50), baselineName: 'mark scan', unit: 'ms', note: `${detection.quotes.length} quotes` },
    { section, metric: 'detect quotes p95', galley: percentile(detect, 95), baseline: percentile(scan, 95), baselineName: 'mark scan', unit: 'ms' },
    { section, metric: 'quote checks p50', galley: percentile(checks, 50), baseline: percentile(scan, 50), baselineName: 'mark scan', unit: 'ms' },
  ];
}
