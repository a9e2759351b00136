// Opening the 10,000-word story from the library alone, without the typing
// passes: `npm run bench -- open`. The same pages and the same timing as the
// typing section's open rows (timeOpen), with more opens, so a change to the
// click → last-paragraph path can be measured and bisected in a minute.
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from '@playwright/test';
import { percentile, type Row } from '../measure';
import { copyHeadline, makeTypingStory, writeTypingLibrary } from './document';
import type { OpenSample } from './harness';
import { TypingProfiler } from './profile';
import { CHROMIUM, CHROMIUM_ARGS, buildPagesIfStale, POINTER_REST_MS, pressOpen, servePages, startServer, stopServer, subject, timeOpen, type Subject } from './index';

const OPENS = Number(process.env.GALLEY_OPEN_RUNS ?? 7);
const TARGET = 1.5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** GALLEY_OPEN_PROFILE=folder: a CPU profile of each rested Galley open (hover, rest and click), written there. */
const PROFILE = process.env.GALLEY_OPEN_PROFILE ?? '';

/** Each kind of open, Galley and its baseline taking turns so the machine's other work falls on both. */
export async function benchOpen(): Promise<Row[]> {
  await buildPagesIfStale();
  const story = makeTypingStory();
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-open-'));
  let server: ChildProcess | null = null;
  let pages: { url: string; close(): Promise<void> } | null = null;
  let browser: Browser | null = null;
  try {
    await writeTypingLibrary(root, story, 1);
    const started = await startServer(root);
    server = started.process;
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    console.error(`open bench: ${story.words.toLocaleString()} words; ${OPENS} opens each; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`);
    const bare = await subject(browser, pathToFileURL(join(resolve('out/bench-pages'), 'prosemirror.html')).href, JSON.stringify(story.article.body));
    pages = await servePages(JSON.stringify({ ok: true, value: story.article }));
    const bareReading = await subject(browser, `${pages.url}/prosemirror.html`, undefined, `${pages.url}/story.json`);
    const galley = await subject(browser, await started.next());
    const openBaseline = (s: Subject, rest = false) => () => pressOpen(s.page.getByRole('button', { name: 'Open' }), rest);
    const profiler = PROFILE ? new TypingProfiler(galley.page, 'galley-open') : null;
    const openGalley = (rest = false) => async () => {
      if (rest) await profiler?.start();
      await pressOpen(galley.page.getByRole('button', { name: `Open ${copyHeadline(1)}`, exact: true }), rest);
      if (rest && profiler) await sleep(300).then(() => profiler.stop());
    };
    const opens = { bare: [] as OpenSample[], bareReading: [] as OpenSample[], galley: [] as OpenSample[], restedBare: [] as OpenSample[], restedGalley: [] as OpenSample[] };
    // One of each first, not counted: the server's and the disk's first reads are no part of either page.
    await timeOpen(galley, openGalley(), true);
    await timeOpen(bareReading, openBaseline(bareReading), true);
    for (let i = 0; i < OPENS; i++) {
      opens.bare.push(await timeOpen(bare, openBaseline(bare), true));
      opens.bareReading.push(await timeOpen(bareReading, openBaseline(bareReading), true));
      opens.galley.push(await timeOpen(galley, openGalley(), true));
      opens.restedBare.push(await timeOpen(bare, openBaseline(bare, true), true));
      opens.restedGalley.push(await timeOpen(galley, openGalley(true), true));
    }
    if (profiler) console.error((await profiler.save(PROFILE)).join('\n'));
    return rows(opens);
  } finally {
    await browser?.close();
    await pages?.close();
    if (server) await stopServer(server);
    await rm(root, { recursive: true, force: true });
  }
}

function rows(opens: Record<'bare' | 'bareReading' | 'galley' | 'restedBare' | 'restedGalley', OpenSample[]>): Row[] {
  const median = (xs: number[]) => percentile(xs, 50);
  const dom = (o: OpenSample[]) => median(o.map((x) => x.dom - x.click));
  const paint = (o: OpenSample[]) => median(o.map((x) => x.paint - x.click));
  const spread = (o: OpenSample[]) => `${Math.min(...o.map((x) => x.dom - x.click)).toFixed(1)}–${Math.max(...o.map((x) => x.dom - x.click)).toFixed(1)} ms`;
  const met = (g: OpenSample[], b: OpenSample[]) => `target ≤ ${TARGET.toFixed(2)}×: ${dom(g) / dom(b) <= TARGET ? 'met' : 'MISSED'}; Galley ${spread(g)}, baseline ${spread(b)}`;
  const section = 'open 10k story (alone)';
  const n = opens.galley.length;
  return [
    { section, metric: `pressed at once, both reading it then: click → last paragraph (median of ${n})`, galley: dom(opens.galley), baseline: dom(opens.bareReading), baselineName: 'ProseMirror + read', unit: 'ms', note: met(opens.galley, opens.bareReading) },
    { section, metric: `pressed at once: click → last paragraph (median of ${n})`, galley: dom(opens.galley), baseline: dom(opens.bare), baselineName: 'ProseMirror', unit: 'ms', note: met(opens.galley, opens.bare) },
    { section, metric: `pressed at once: click → painted (median of ${n})`, galley: paint(opens.galley), baseline: paint(opens.bareReading), baselineName: 'ProseMirror + read', unit: 'ms' },
    { section, metric: `pointer rests ${POINTER_REST_MS} ms first: click → last paragraph (median of ${n})`, galley: dom(opens.restedGalley), baseline: dom(opens.restedBare), baselineName: 'ProseMirror', unit: 'ms', note: met(opens.restedGalley, opens.restedBare) },
    { section, metric: `pointer rests ${POINTER_REST_MS} ms first: click → painted (median of ${n})`, galley: paint(opens.restedGalley), baseline: paint(opens.restedBare), baselineName: 'ProseMirror', unit: 'ms' },
  ];
}
