// Quote detection on a 5,000-word story, as it runs while the sub types,
// beside the least any quote finder must do: one scan for quotation marks.
// Two figures: a rerun after the sub has changed one paragraph (what the
// typing path does: unchanged paragraphs are not read again), and a cold
// run that reads every paragraph (a story just opened).
import { checkQuotes } from '../src/shared/quotes/checks';
import { detectQuotes, forgetParagraphs } from '../src/shared/quotes/detect';
import { sampleStory } from '../src/shared/quotes/bench';
import { percentile, sample, type Row } from './measure';

export async function benchQuotes(words = 5000): Promise<Row[]> {
  // The sample story repeats ten paragraphs; a number at the end of each makes every one distinct text (a
  // lone figure: no name, no cue, no mark), so no paragraph's reading is reused for its repeat and the cold
  // run really reads 5,000 words.
  const paragraphs = sampleStory(words).map((p, i) => `${p} ${i}`);
  detectQuotes(paragraphs); // warm-up: the first call compiles the rules
  const cold = await sample(30, () => {
    forgetParagraphs();
    return detectQuotes(paragraphs);
  });
  detectQuotes(paragraphs);
  // Each run after one edit: a word added to a different paragraph each time.
  const edited = [...paragraphs];
  const rerun = await sample(30, (i) => {
    const at = (i * 7) % edited.length;
    edited[at] = `${edited[at]}word `;
    return detectQuotes(edited);
  });
  const scan = await sample(30, () => paragraphs.reduce((n, p) => n + (p.match(/[“”"]/g)?.length ?? 0), 0));
  const detection = detectQuotes(paragraphs);
  const tagged = detection.quotes.map((q) => ({ quoteId: `q-${q.number}`, speakerId: null, segments: q.segments }));
  const checks = await sample(30, () => checkQuotes({ paragraphs, tagged, speakers: [] }));
  const section = `quotes ${words.toLocaleString()} words`;
  const limit = (ms: number) => (ms <= 20 ? 'within the 20 ms limit' : 'OVER the 20 ms limit');
  return [
    { section, metric: 'detect quotes p50 (after an edit)', galley: percentile(rerun, 50), baseline: percentile(scan, 50), baselineName: 'mark scan', unit: 'ms', note: `${detection.quotes.length} quotes; ${limit(percentile(rerun, 50))}` },
    { section, metric: 'detect quotes p95 (after an edit)', galley: percentile(rerun, 95), baseline: percentile(scan, 95), baselineName: 'mark scan', unit: 'ms' },
    { section, metric: 'detect quotes p50 (cold)', galley: percentile(cold, 50), baseline: percentile(scan, 50), baselineName: 'mark scan', unit: 'ms', note: limit(percentile(cold, 50)) },
    { section, metric: 'detect quotes p95 (cold)', galley: percentile(cold, 95), baseline: percentile(scan, 95), baselineName: 'mark scan', unit: 'ms' },
    { section, metric: 'quote checks p50', galley: percentile(checks, 50), baseline: percentile(scan, 50), baselineName: 'mark scan', unit: 'ms' },
  ];
}
