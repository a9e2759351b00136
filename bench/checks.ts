// Subbing checks on a 10,000-word story, in a worker thread running the same
// engine and block cache as the window's worker: the full check with the
// default house style beside a bare nspell loop over the same words (target
// ≤ 2× and under 150 ms) and its two halves timed apart (spelling, house
// style) beside the same baseline, one paragraph checked again after an edit (target
// ≤ 20 ms p95, timed from the post to the answer), and the worker's heap
// with en-GB loaded. The timed full check forgets what the engine learnt of
// the story's words in earlier checks (its speller's answers, its names), so
// each word is new to it; a row beside it times the same check warm.
import { Worker } from 'node:worker_threads';
import type { CheckBlock } from '../src/shared/checks/model';
import { wordTokens } from '../src/shared/checks/tokens';
import type { BenchAnswer, BenchRequest } from './checks-worker';
import { vocabularyStory } from './checks-vocabulary';
import { paragraphs, rng } from './generate';
import { percentile, type Row } from './measure';

export async function benchChecks(words = 10_000): Promise<Row[]> {
  const worker = new Worker(new URL('./checks-worker.js', import.meta.url));
  const ask = (request: BenchRequest) =>
    new Promise<BenchAnswer & { roundTrip: number }>((resolve, reject) => {
      const posted = performance.now();
      worker.once('message', (answer: BenchAnswer) => {
        worker.off('error', reject);
        resolve({ ...answer, roundTrip: performance.now() - posted });
      });
      worker.once('error', reject);
      worker.postMessage(request);
    });
  try {
    const story = paragraphs(rng(13), words);
    const blocks: CheckBlock[] = [{ field: 'headline', text: 'Council to review harbour fees after protest' }, ...story.map((text) => ({ field: 'body' as const, text }))];
    const tokens = blocks.flatMap((b) => wordTokens(b.text).map((t) => t.text));
    const load = await ask({ type: 'load' });
    // Warm both paths once: the first call compiles the rules and fills nspell's own caches.
    await ask({ type: 'full', blocks });
    await ask({ type: 'bare', words: tokens });
    await ask({ type: 'spelling', blocks });
    await ask({ type: 'style', blocks });
    const full: number[] = [];
    const warm: number[] = [];
    const bare: number[] = [];
    const spelling: number[] = [];
    const style: number[] = [];
    let matches = 0;
    for (let i = 0; i < 25; i++) {
      const answer = await ask({ type: 'full', blocks });
      full.push(answer.ms);
      matches = answer.matches ?? 0;
      bare.push((await ask({ type: 'bare', words: tokens })).ms);
      warm.push((await ask({ type: 'full', blocks, warm: true })).ms);
      spelling.push((await ask({ type: 'spelling', blocks })).ms);
      style.push((await ask({ type: 'style', blocks })).ms);
    }
    const recheck: number[] = [];
    const recheckBare: number[] = [];
    let edited = blocks;
    for (let i = 0; i < 40; i++) {
      const at = 1 + ((i * 37) % story.length);
      edited = edited.map((b, j) => (j === at ? { ...b, text: `${b.text} The harbour master agreed ${i}.` } : b));
      recheck.push((await ask({ type: 'recheck', blocks: edited })).roundTrip);
      recheckBare.push((await ask({ type: 'bare', words: wordTokens(edited[at].text).map((t) => t.text) })).roundTrip);
    }
    // A story with a working vocabulary and about 1% misspelt, cold: misspellings cost nspell.suggest only when asked.
    const realistic = vocabularyStory(words);
    const realBlocks: CheckBlock[] = realistic.paragraphs.map((text) => ({ field: 'body' as const, text }));
    const realTokens = realBlocks.flatMap((b) => wordTokens(b.text).map((t) => t.text));
    await ask({ type: 'full', blocks: realBlocks });
    await ask({ type: 'bare', words: realTokens });
    const real: number[] = [];
    const realAll: number[] = [];
    const realBare: number[] = [];
    let realFlagged = 0;
    for (let i = 0; i < 9; i++) {
      const answer = await ask({ type: 'full', blocks: realBlocks });
      real.push(answer.ms);
      realFlagged = answer.misspelt ?? 0;
      realBare.push((await ask({ type: 'bare', words: realTokens })).ms);
      realAll.push((await ask({ type: 'full', blocks: realBlocks, suggestAll: true })).ms);
    }
    const realNote = `${realTokens.length} words (${new Set(realTokens).size} different), ${realistic.misspelt} letter swaps planted, ${realFlagged} flagged as misspelt`;
    const section = `checks ${words.toLocaleString()} words`;
    return [
      { section, metric: 'full check in worker p50', galley: percentile(full, 50), baseline: percentile(bare, 50), baselineName: 'bare nspell loop', unit: 'ms', note: `${tokens.length} words (${new Set(tokens).size} different), ${matches} matches, each word new to the engine; target ≤ 2× and < 150 ms` },
      { section, metric: 'full check in worker p95', galley: percentile(full, 95), baseline: percentile(bare, 95), baselineName: 'bare nspell loop', unit: 'ms' },
      { section, metric: 'full check, words met before p50', galley: percentile(warm, 50), baseline: percentile(bare, 50), baselineName: 'bare nspell loop', unit: 'ms', note: 'the same story again: the speller’s answers and names kept from the last check (the rows above forget them first)' },
      { section, metric: 'spelling and names only p50', galley: percentile(spelling, 50), baseline: percentile(bare, 50), baselineName: 'bare nspell loop', unit: 'ms', note: 'the full check without house style: the part the bare loop does' },
      { section, metric: 'house style only p50', galley: percentile(style, 50), baseline: percentile(bare, 50), baselineName: 'bare nspell loop', unit: 'ms', note: `every default rule over the story, no spelling` },
      { section, metric: 'one paragraph re-check p50', galley: percentile(recheck, 50), baseline: percentile(recheckBare, 50), baselineName: 'bare nspell, that paragraph', unit: 'ms', note: 'post to answer, whole story sent' },
      { section, metric: 'one paragraph re-check p95', galley: percentile(recheck, 95), baseline: percentile(recheckBare, 95), baselineName: 'bare nspell, that paragraph', unit: 'ms', note: 'target ≤ 20 ms' },
      { section, metric: 'working vocabulary, 1% misspelt: full check p50', galley: percentile(real, 50), baseline: percentile(realBare, 50), baselineName: 'bare nspell loop', unit: 'ms', note: `${realNote}; each word new to the engine, suggestions left for the popover; target ≤ 2× and < 150 ms` },
      { section, metric: 'working vocabulary, 1% misspelt: full check p95', galley: percentile(real, 95), baseline: percentile(realBare, 95), baselineName: 'bare nspell loop', unit: 'ms' },
      { section, metric: 'working vocabulary: with every suggestion p50', galley: percentile(realAll, 50), baseline: percentile(realBare, 50), baselineName: 'bare nspell loop', unit: 'ms', note: 'the same check and each misspelling’s suggestions, as the check did before and as `galley check --json` does' },
      { section, metric: 'en-GB load in worker', galley: load.ms, baseline: null, unit: 'ms', note: 'dictionary parse, newsroom words, house style' },
      { section, metric: 'worker heap, en-GB loaded', galley: (load.heapBytes ?? 0) / 2 ** 20, baseline: null, unit: 'MiB' },
    ];
  } finally {
    await worker.terminate();
  }
}
