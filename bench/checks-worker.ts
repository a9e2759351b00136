// The bench's checks worker (a worker thread): the same engine and block
// cache the window's worker runs, over en-GB and the default house style,
// with a bare nspell loop over the same words as the baseline.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import nspell from 'nspell';
import { BlockCache } from '../src/shared/checks/block-cache';
import { Checker } from '../src/shared/checks/engine';
import type { CheckBlock } from '../src/shared/checks/model';
import { nodeChecker } from '../src/services/checks/node-checker';
import { readDictionary } from '../src/services/checks/resources';

/** `warm`: keep what the engine has learnt of the story's words from earlier checks; otherwise it forgets first (outside the time), so the story's words are new to it. */
export type BenchRequest = { type: 'load' } | { type: 'full'; blocks: CheckBlock[]; warm?: boolean; suggestAll?: boolean } | { type: 'spelling'; blocks: CheckBlock[] } | { type: 'style'; blocks: CheckBlock[] } | { type: 'recheck'; blocks: CheckBlock[] } | { type: 'bare'; words: string[] };
export type BenchAnswer = { ms: number; heapBytes?: number; matches?: number; checked?: number; misspelt?: number };

const port = parentPort!;
let checker: ReturnType<typeof nodeChecker>['checker'] | null = null;
// The two halves of the full check, timed apart: spelling (and names) with no house style, and house style with no spelling.
let spellingOnly: Checker | null = null;
let styleOnly: Checker | null = null;
let bare: ReturnType<typeof nspell> | null = null;
const cache = new BlockCache();

port.on('message', (request: BenchRequest) => {
  // A cache across checks is fine in the window, but the timed full check reads words the engine has not met.
  if ((request.type === 'full' && !request.warm) || request.type === 'spelling' || request.type === 'style') {
    checker?.forget();
    spellingOnly?.forget();
    styleOnly?.forget();
  }
  const started = performance.now();
  if (request.type === 'load') {
    const before = getHeapStatistics().used_heap_size;
    checker = nodeChecker({ locale: 'en-GB' }).checker;
    const files = readDictionary('en-GB');
    bare = nspell(files.aff, files.dic);
    // Both spellers are loaded; the heap of one is what the window's worker holds.
    (globalThis as { gc?: () => void }).gc?.();
    const ms = performance.now() - started;
    const heapBytes = (getHeapStatistics().used_heap_size - before) / 2;
    spellingOnly = nodeChecker({ locale: 'en-GB', houseStyle: 'rules: []\n' }).checker;
    const { houseStyle } = nodeChecker({ locale: 'en-GB' });
    styleOnly = new Checker({ speller: null, dictionaryName: '', rules: houseStyle.rules, directory: [], leaveQuotesAsSpoken: true, clock: () => performance.now() });
    port.postMessage({ ms, heapBytes } satisfies BenchAnswer);
  } else if (request.type === 'full') {
    const { matches, checked } = new BlockCache().check(checker!, request.blocks);
    // As the check did before suggestions waited for the popover, and as the command line still does after it.
    if (request.suggestAll) checker!.withSuggestions(matches);
    const ms = performance.now() - started;
    // Keep the answer for the re-checks that follow, outside the time.
    cache.check(checker!, request.blocks);
    port.postMessage({ ms, matches: matches.length, checked, misspelt: matches.filter((m) => m.ruleId === 'spelling').length } satisfies BenchAnswer);
  } else if (request.type === 'spelling' || request.type === 'style') {
    const { matches, checked } = new BlockCache().check(request.type === 'spelling' ? spellingOnly! : styleOnly!, request.blocks);
    port.postMessage({ ms: performance.now() - started, matches: matches.length, checked } satisfies BenchAnswer);
  } else if (request.type === 'recheck') {
    const { matches, checked } = cache.check(checker!, request.blocks);
    port.postMessage({ ms: performance.now() - started, matches: matches.length, checked } satisfies BenchAnswer);
  } else {
    let wrong = 0;
    for (const word of request.words) if (!bare!.correct(word)) wrong++;
    port.postMessage({ ms: performance.now() - started, matches: wrong } satisfies BenchAnswer);
  }
});


