// Cold start to an open story: browser mode's page loaded straight onto a
// 10,000-word story (`#article=ID`) in a fresh browser context each time (no
// HTTP cache, no code cache), timed from navigation start to the story's last
// paragraph in the editor and to the frame that paints it. Beside it, a bare
// ProseMirror page loaded the same way, reading the same story from the same
// server over HTTP at load and rendering it; and what each page loads before
// its first view. `npm run bench -- cold`.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { percentile, type Row } from './measure';
import { LAST_TEXT, makeTypingStory, writeTypingLibrary } from './typing/document';
import { CHROMIUM, CHROMIUM_ARGS, buildPagesIfStale, servePages, startServer, stopServer } from './typing/index';

/** Loads per page; the pages take turns, so the machine's other work falls on both alike. */
const RUNS = Number(process.env.GALLEY_COLD_RUNS ?? 7);
const TARGET = 1.5;
const PAGES_DIR = resolve('out/bench-pages');
const RENDERER_DIR = resolve('out/renderer');
/** GALLEY_COLD_TRACE=dir: a Chrome trace of each page's last load is written there (galley.json, bare.json), to see where a load's time goes. */
const TRACE_DIR = process.env.GALLEY_COLD_TRACE;

/** In the page, before anything else runs: when the story's last paragraph is in an editable element, and when that frame is painted. */
function watchArrival(lastText: string): void {
  const times: { dom: number; paint: number } = { dom: NaN, paint: NaN };
  (window as unknown as { __coldOpen: typeof times }).__coldOpen = times;
  const arrived = () => {
    for (const editor of document.querySelectorAll('[contenteditable="true"]')) {
      let block = editor.lastElementChild;
      for (let i = 0; block && i < 3; i++, block = block.previousElementSibling) if (block.textContent?.includes(lastText)) return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => {
    if (!arrived()) return;
    observer.disconnect();
    times.dom = performance.now();
    // The frame's style, layout and paint run after its rAF callbacks: a task posted from one runs after them.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (times.paint = performance.now());
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
}

/** The baseline page opens its story at load: its Open button, pressed as soon as its script has bound it. */
function pressOpenAtLoad(): void {
  document.addEventListener('DOMContentLoaded', () => document.getElementById('open')?.click());
}

interface Load {
  dom: number;
  paint: number;
}

/** One load in a fresh context: navigation start (performance's time origin) → the story in the editor, → painted. */
async function coldLoad(browser: Browser, url: string, init: Array<{ script: (arg: string) => void; arg: string }>, trace?: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  try {
    for (const { script, arg } of init) await context.addInitScript(script, arg);
    const page = await context.newPage();
    if (trace) await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'netlog', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.stack', 'disabled-by-default-v8.cpu_profiler'] });
    await page.goto(url);
    await page.waitForFunction(() => Number.isFinite((window as unknown as { __coldOpen?: Load }).__coldOpen?.paint), null, { timeout: 60_000 });
    if (trace) await browser.stopTracing();
    if (process.env.GALLEY_COLD_TIMELINE) {
      const entries = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => `${(e as PerformanceResourceTiming).startTime.toFixed(0).padStart(5)} → ${(e as PerformanceResourceTiming).responseEnd.toFixed(0).padStart(5)}  ${e.name.replace(/^.*\//, '')}`),
      );
      const marks = await page.evaluate(() => JSON.stringify((window as unknown as { __coldOpen: Load }).__coldOpen));
      console.error(`${url.replace(/[?#].*/, '')}\n  ${entries.join('\n  ')}\n  ${marks}`);
    }
    return await page.evaluate(() => (window as unknown as { __coldOpen: Load }).__coldOpen);
  } finally {
    await context.close();
  }
}

/** The token for direct calls: trades the server's open ticket, as a tab does. */
async function tradeTicket(address: string): Promise<string> {
  const url = new URL(address);
  const ticket = new URLSearchParams(url.hash.slice(1)).get('ticket')!;
  const answer = await fetch(`${url.origin}/session`, { method: 'POST', headers: { 'x-galley-ticket': ticket } });
  const envelope = (await answer.json()) as { ok: boolean; value?: { token: string } };
  if (!envelope.ok || !envelope.value) throw new Error('cold-open bench: browser mode refused the ticket');
  return envelope.value.token;
}

/**
 * The baseline's page and, at /story.json, the story as Galley's server answers it: each read is
 * passed to browser mode's own getArticle call, so the baseline reads the same bytes from the same server.
 */
function serveBaseline(galley: string, token: string, id: string): Promise<{ url: string; close(): Promise<void> }> {
  return servePages((response) => {
    const target = new URL('/api/getArticle', galley);
    const body = JSON.stringify({ id });
    const call = httpRequest(target, { method: 'POST', headers: { 'content-type': 'application/json', 'x-galley-token': token, 'content-length': Buffer.byteLength(body) } }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      answer.pipe(response);
    });
    call.on('error', () => {
      response.writeHead(502);
      response.end();
    });
    call.end(body);
  });
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The bytes of script a window opened onto a story runs before its first view: the first script and
 * the body editor's chunk it loads for the story (editor/first-story.ts), with their static imports;
 * and the window's code (app/boot.tsx) it evaluates after that view is painted.
 */
function firstViewScript(): { galley: number; total: number; window: number } {
  const manifest = JSON.parse(readFileSync(join(RENDERER_DIR, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const graph = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key) || !manifest[key]) return seen;
    seen.add(key);
    for (const imported of manifest[key].imports ?? []) graph(imported, seen);
    return seen;
  };
  const firstStory = manifest['index.html'].dynamicImports?.find((key) => manifest[key].file.includes('first-story'));
  if (!firstStory) throw new Error('cold-open bench: the first script does not load the body editor (editor/first-story.ts) on its own');
  const first = graph(firstStory, graph('index.html'));
  const windowCode = [...graph('app/boot.tsx')].filter((key) => !first.has(key));
  const size = (f: string) => statSync(join(RENDERER_DIR, f)).size;
  const bytes = (keys: Iterable<string>) => [...keys].reduce((n, key) => n + size(manifest[key].file), 0);
  const all = readdirSync(join(RENDERER_DIR, 'assets'));
  return { galley: bytes(first), window: bytes(windowCode), total: all.filter((f) => f.endsWith('.js') && !f.includes('.worker')).reduce((n, f) => n + size(`assets/${f}`), 0) };
}

export async function benchColdOpen(): Promise<Row[]> {
  for (const built of ['out/node/serve.js', 'out/renderer/index.html']) {
    if (!existsSync(built)) throw new Error(`cold-open bench: ${built} is missing; run \`npm run build\` first`);
  }
  await buildPagesIfStale();
  const story = makeTypingStory();
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-cold-'));
  let server: ChildProcess | null = null;
  let baseline: { url: string; close(): Promise<void> } | null = null;
  let browser: Browser | null = null;
  try {
    await writeTypingLibrary(root, story, 1);
    const started = await startServer(root);
    server = started.process;
    const origin = new URL(started.url).origin;
    const token = await tradeTicket(await started.next());
    baseline = await serveBaseline(origin, token, story.article.id);
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    console.error(`cold-open bench: ${story.words.toLocaleString()} words; Chromium ${browser.version()}; ${RUNS} loads each; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`);

    const watch = { script: watchArrival, arg: LAST_TEXT };
    const loads = { galley: [] as Load[], bare: [] as Load[] };
    // One load of each first, not counted: the server's and the disk's first reads are no part of either page.
    await coldLoad(browser, `${await started.next()}&article=${story.article.id}`, [watch]);
    await coldLoad(browser, `${baseline.url}/prosemirror.html`, [watch, { script: pressOpenAtLoad, arg: '' }, { script: setDocUrl, arg: `${baseline.url}/story.json` }]);
    for (let i = 0; i < RUNS; i++) {
      const trace = (page: string) => (TRACE_DIR && i === RUNS - 1 ? join(TRACE_DIR, `${page}.json`) : undefined);
      loads.galley.push(await coldLoad(browser, `${await started.next()}&article=${story.article.id}`, [watch], trace('galley')));
      loads.bare.push(await coldLoad(browser, `${baseline.url}/prosemirror.html`, [watch, { script: pressOpenAtLoad, arg: '' }, { script: setDocUrl, arg: `${baseline.url}/story.json` }], trace('bare')));
    }
    return rows(loads, firstViewScript(), statSync(join(PAGES_DIR, 'prosemirror.js')).size);
  } finally {
    await browser?.close();
    await baseline?.close();
    if (server) await stopServer(server);
    await rm(root, { recursive: true, force: true });
  }
}

/** The bare page reads its story from this address when Open is pressed (bench/typing/pages/shared.ts). */
function setDocUrl(url: string): void {
  (window as unknown as { __BENCH_DOC_URL: string }).__BENCH_DOC_URL = url;
}

function rows(loads: { galley: Load[]; bare: Load[] }, script: { galley: number; total: number; window: number }, bareScript: number): Row[] {
  const median = (xs: number[]) => percentile(xs, 50);
  const dom = { galley: median(loads.galley.map((l) => l.dom)), bare: median(loads.bare.map((l) => l.dom)) };
  const paint = { galley: median(loads.galley.map((l) => l.paint)), bare: median(loads.bare.map((l) => l.paint)) };
  const met = (ratio: number) => `target ≤ ${TARGET.toFixed(2)}×: ${ratio <= TARGET ? 'met' : 'MISSED'}`;
  const spread = (xs: Load[], k: 'dom' | 'paint') => `${Math.min(...xs.map((l) => l[k])).toFixed(0)}–${Math.max(...xs.map((l) => l[k])).toFixed(0)} ms`;
  const section = 'cold open 10k story';
  return [
    {
      section,
      metric: `navigation → last paragraph in editor, fresh context (median of ${loads.galley.length})`,
      galley: dom.galley,
      baseline: dom.bare,
      baselineName: 'ProseMirror + read',
      unit: 'ms',
      note: `${met(dom.galley / dom.bare)}; Galley ${spread(loads.galley, 'dom')}, ProseMirror ${spread(loads.bare, 'dom')}`,
    },
    {
      section,
      metric: `navigation → painted, fresh context (median of ${loads.galley.length})`,
      galley: paint.galley,
      baseline: paint.bare,
      baselineName: 'ProseMirror + read',
      unit: 'ms',
      note: `${met(paint.galley / paint.bare)}; Galley ${spread(loads.galley, 'paint')}, ProseMirror ${spread(loads.bare, 'paint')}`,
    },
    {
      section,
      metric: 'script loaded before the first view',
      galley: script.galley / 1024,
      baseline: bareScript / 1024,
      baselineName: 'ProseMirror page',
      unit: 'KiB',
      note: `the first script and the body editor; the window's code after the first view ${(script.window / 1024).toFixed(0)} KiB; all of Galley's chunks (workers aside) ${(script.total / 1024).toFixed(0)} KiB`,
    },
  ];
}
