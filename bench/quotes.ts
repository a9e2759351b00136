// Quote detection on a 5,000-word story, as it runs while the sub types,
// beside the least any quote finder must do: one scan for quotation marks.
// Two figures: a rerun after the sub has changed one paragraph (what the
// typing path does: unchanged paragraphs are not read again), and a cold
// run that reads every paragraph (a story just opened).
import { checkQuotes } from '../src/shared/quotes/checks';
import { detectQuotes, forgetParagraphs } from '../src/shared/quotes/detect';
import { sampleStory } from '../src/shared/quotes/bench';
import { percentile, sample, type Row } from './measure';

/** Milliseconds of this process's CPU time per run (user and system), `runs` runs. */
function cpuSample(runs: number, fn: (i: number) => unknown): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn(i);
    const used = process.cpuUsage(before);
    out.push((used.user + used.system) / 1000);
  }
  return out;
}

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
  const scanOnce = () => paragraphs.reduce((n, p) => n + (p.match(/[“”"]/g)?.length ?? 0), 0);
  const scan = await sample(30, scanOnce);
  // The same two runs in CPU time: on a machine other jobs share, wall time mostly measures the wait for a core.
  const cpuEdit = cpuSample(30, (i) => {
    const at = (i * 11 + 3) % edited.length;
    edited[at] = `${edited[at]}word `;
    detectQuotes(edited);
  });
  const cpuCold = cpuSample(30, () => {
    forgetParagraphs();
    detectQuotes(paragraphs);
  });
  const cpuScan = cpuSample(30, scanOnce);
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
    { section, metric: 'detect quotes CPU p50 (after an edit)', galley: percentile(cpuEdit, 50), baseline: percentile(cpuScan, 50), baselineName: 'mark scan CPU', unit: 'ms', note: limit(percentile(cpuEdit, 50)) },
    { section, metric: 'detect quotes CPU p50 (cold)', galley: percentile(cpuCold, 50), baseline: percentile(cpuScan, 50), baselineName: 'mark scan CPU', unit: 'ms', note: limit(percentile(cpuCold, 50)) },
    { section, metric: 'quote checks p50', galley: percentile(checks, 50), baseline: percentile(scan, 50), baselineName: 'mark scan', unit: 'ms' },
  ];
}
