// Typing in a 10,000-word story with sixty tagged quotes, in Debian's Chromium
// driven by Playwright: per-keystroke work and latency, long tasks, the time
// to open the story and the renderer's heap, for Galley (quotes panel, then
// checks panel, and the preview when it can be turned on) beside a bare
// ProseMirror page and a plain contenteditable loading the same document.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { PrintedAddresses } from '../../e2e/support/server-address';
import { percentile, type Row } from '../measure';
import { LAST_TEXT, MIDDLE_TEXT, copyHeadline, makeTypingStory, writeTypingLibrary } from './document';
import { figures, installHarness, type BenchState, type KeyFigures, type KeySample, type OpenSample } from './harness';
import { PROFILE_DIR, TRACE, TypingProfiler, TypingTracer } from './profile';
import { ALLOCATIONS, TypingAllocations } from './allocations';
import { LONG_KEYS, LongKeys } from './long-keys';

export const CHROMIUM = process.env.GALLEY_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const PAGES_DIR = resolve('out/bench-pages');
/** A steady typist: one key every 60 ms (about 200 words a minute, faster than anyone subs). */
const KEY_INTERVAL_MS = Number(process.env.GALLEY_TYPING_INTERVAL_MS ?? 60);
/**
 * Opens of each kind. An open is some 25 ms against the machine's ±20 ms of jitter, so with three each the
 * ratio of medians swung 1.2–1.7× between runs of one build; GALLEY_TYPING_OPENS to change it.
 */
const OPENS = Number(process.env.GALLEY_TYPING_OPENS ?? 9);
/** How long the pointer rests on Open before the press, for the second kind of open. */
export const POINTER_REST_MS = 200;
/** The text goes in this many turns per page, the pages taking turns. */
const ROUNDS = 4;
/**
 * GALLEY_TYPING_REPEAT=n: every page types the text n times over (in n × ROUNDS turns, the pages still
 * taking turns), for a p95 that rests on n × 10 keys rather than 10 when the machine is loaded. Both
 * sides alike; 1 (the default) is the bench as it always ran.
 */
const REPEAT = Math.max(1, Math.floor(Number(process.env.GALLEY_TYPING_REPEAT ?? 1)) || 1);
/**
 * Galley's pages, each set up one way before typing. Every one has the checks' underlines live (the
 * worker runs whatever panel is open); "every panel on" is the customer's target configuration.
 */
const ALL_SETUPS = [
  { label: 'quotes panel', tab: 'Quotes', preview: false, suggest: false },
  { label: 'every panel on (quotes panel, checks underlines, preview)', tab: 'Quotes', preview: true, suggest: false },
  { label: 'checks panel + preview', tab: 'Checks', preview: true, suggest: false },
  { label: 'suggestion mode, every panel on', tab: 'Quotes', preview: true, suggest: true },
] as const;
/**
 * GALLEY_TYPING_SETUPS=1,4 types into only those of ALL_SETUPS (1-based), for a quicker look at one
 * setup while diagnosing; the baselines are typed into as always. Every setup when unset.
 */
interface Setup {
  label: string;
  tab: 'Quotes' | 'Checks';
  preview: boolean;
  suggest: boolean;
  /** Diagnosis only: a stylesheet added to the page, to switch a part of Galley's look off. */
  css?: string;
}
const SETUPS: Setup[] = (process.env.GALLEY_TYPING_SETUPS ?? '')
  .split(',')
  .map(Number)
  .filter((n) => n >= 1 && n <= ALL_SETUPS.length)
  .map((n) => ALL_SETUPS[n - 1]);
if (!SETUPS.length) SETUPS.push(...ALL_SETUPS);
// GALLEY_TYPING_DIAG_CSS='[{"label":"…","css":"…"}]': for diagnosis only, a quotes-panel page more per entry, with that stylesheet added.
for (const { label, css } of JSON.parse(process.env.GALLEY_TYPING_DIAG_CSS ?? '[]') as { label: string; css: string }[])
  SETUPS.push({ label: `quotes panel, diagnosis: ${label}`, tab: 'Quotes', preview: false, suggest: false, css });
const TEXT = (
  ' and the council said it would publish the report on flood defences next week, after residents of the river towns ' +
  'asked why the budget for repairs had been cut twice in three years while the cost of insurance rose'
).slice(0, 200);

interface Pass {
  samples: KeySample[];
  keys: KeyFigures;
  longTasks: { start: number; duration: number }[];
}

/** One page under test, opened and set up; typed into in turns with the others. */
export interface Subject {
  url: string;
  context: BrowserContext;
  page: Page;
  samples: KeySample[];
  longTasks: { start: number; duration: number }[];
  /** Set when GALLEY_TYPING_PROFILE asks for the page's typing to be profiled. */
  profiler?: TypingProfiler;
  /** Set when GALLEY_TYPING_TRACE asks for the page's typing to be traced. */
  tracer?: TypingTracer;
  /** Set when GALLEY_TYPING_ALLOCATIONS asks for the page's allocations to be sampled. */
  allocations?: TypingAllocations;
  /** Set when GALLEY_TYPING_LONG_KEYS asks for each key to be lined up with what ran beside it. */
  longKeys?: LongKeys;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const bench = (page: Page) => page.evaluate(() => (window as unknown as { __typingBench: BenchState }).__typingBench);

export async function benchTyping(): Promise<Row[]> {
  for (const built of ['out/node/serve.js', 'out/renderer/index.html']) {
    if (!existsSync(built)) throw new Error(`typing bench: ${built} is missing; run \`npm run build\` first`);
  }
  await buildPagesIfStale();

  const story = makeTypingStory();
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-typing-'));
  let server: ChildProcess | null = null;
  let pages: { url: string; close(): Promise<void> } | null = null;
  let browser: Browser | null = null;
  const open: Subject[] = [];
  try {
    await writeTypingLibrary(root, story, SETUPS.length);
    const started = await startServer(root);
    server = started.process;
    const { chromium } = await import('@playwright/test');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const docJson = JSON.stringify(story.article.body);
    console.error(
      `typing bench: ${story.words.toLocaleString()} words, ${story.quotes} tagged quotes, ${story.speakers.length} speakers; Chromium ${browser.version()}; ` +
        `a key every ${KEY_INTERVAL_MS} ms; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs`,
    );

    // Every page in its own context (its own renderer), all open at once, so
    // that the machine's other work falls on all of them alike: the pages take
    // turns to open and, a quarter of the text at a time, to be typed into.
    const plain = await subject(browser, pathToFileURL(join(PAGES_DIR, 'contenteditable.html')).href, docJson);
    const bare = await subject(browser, pathToFileURL(join(PAGES_DIR, 'prosemirror.html')).href, docJson);
    // For diagnosis only, never a baseline: bare ProseMirror set in Galley's copy face (GALLEY_TYPING_DIAG=1).
    const bareInGalleyFace = DIAG ? await subject(browser, pathToFileURL(join(PAGES_DIR, 'prosemirror.html')).href, docJson, undefined, galleyFaceCss()) : null;
    // Bare ProseMirror reading the story at Open over loopback HTTP, as Galley's browser mode does.
    pages = await servePages(JSON.stringify({ ok: true, value: story.article }));
    const bareReading = await subject(browser, `${pages.url}/prosemirror.html`, undefined, `${pages.url}/story.json`);
    open.push(bareReading);
    // Each printed address opens Galley once: every page takes the next.
    const galleys: Subject[] = [];
    for (const [i] of SETUPS.entries()) {
      const g = await subject(browser, await started.next(), undefined, undefined, SETUPS[i].css);
      if (PROFILE_DIR) g.profiler = new TypingProfiler(g.page, `galley-${i + 1}`);
      galleys.push(g);
    }
    open.push(plain, bare, ...galleys);
    if (PROFILE_DIR) bare.profiler = new TypingProfiler(bare.page, 'prosemirror');
    if (TRACE) for (const [name, s] of [['contenteditable', plain], ['prosemirror', bare], ...galleys.map((g, i) => [`galley-${i + 1}`, g] as const)] as const) s.tracer = new TypingTracer(s.page, name);
    if (LONG_KEYS) for (const [name, s] of [['prosemirror', bare], ...galleys.map((g, i) => [`galley-${i + 1}`, g] as const)] as const) s.longKeys = new LongKeys(s.page, name);
    if (ALLOCATIONS) for (const [name, s] of [['prosemirror', bare], ...galleys.map((g, i) => [`galley-${i + 1}`, g] as const)] as const) s.allocations = new TypingAllocations(s.page, name);
    const openBaseline = (s: Subject, rest = false) => () => pressOpen(s.page.getByRole('button', { name: 'Open' }), rest);
    const openGalley = (s: Subject, n: number, rest = false) => () => pressOpen(s.page.getByRole('button', { name: `Open ${copyHeadline(n)}`, exact: true }), rest);
    const opens = {
      plain: [] as OpenSample[],
      bare: [] as OpenSample[],
      bareReading: [] as OpenSample[],
      galley: [] as OpenSample[],
      restedBare: [] as OpenSample[],
      restedGalley: [] as OpenSample[],
    };
    if (bareInGalleyFace) await timeOpen(bareInGalleyFace, openBaseline(bareInGalleyFace), false);
    for (let i = 0; i < OPENS; i++) {
      opens.plain.push(await timeOpen(plain, openBaseline(plain), true));
      opens.bare.push(await timeOpen(bare, openBaseline(bare), true));
      opens.bareReading.push(await timeOpen(bareReading, openBaseline(bareReading), true));
      opens.galley.push(await timeOpen(galleys[0], openGalley(galleys[0], 1), true));
      opens.restedBare.push(await timeOpen(bare, openBaseline(bare, true), true));
      opens.restedGalley.push(await timeOpen(galleys[0], openGalley(galleys[0], 1, true), true));
    }
    for (const [i, g] of galleys.entries()) if (i > 0) await timeOpen(g, openGalley(g, i + 1), false);
    await sleep(2000); // counts, the quote model and speaker labels settle
    const heap = { plain: await heapMB(plain), bare: await heapMB(bare), galley: await heapMB(galleys[0]) };

    // Galley each way in SETUPS: the quote model is waited for on every page (its list fills the quotes panel).
    let previewOn = false;
    for (const [i, g] of galleys.entries()) {
      const setup = SETUPS[i];
      await g.page.getByRole('tab', { name: /Quotes/ }).click();
      await g.page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem').nth(story.quotes - 1).waitFor();
      if (setup.preview) {
        const toggle = g.page.getByRole('button', { name: 'Preview', exact: true });
        if (await toggle.count()) {
          await toggle.click();
          await g.page.getByRole('region', { name: 'Preview' }).waitFor({ timeout: 10_000 });
          previewOn = true;
        }
      }
      if (setup.tab === 'Checks') {
        await g.page.getByRole('tab', { name: /Checks/ }).click();
        await g.page.getByRole('region', { name: 'Checks' }).waitFor();
      }
      if (setup.suggest) {
        await g.page.getByRole('button', { name: 'Suggest', exact: true }).click();
        await g.page.locator('button[aria-pressed="true"]', { hasText: 'Suggest' }).waitFor();
      }
    }
    await sleep(2000); // the preview sets the story and copyfits it
    // The underlines each page types beside: none would mean the checks were not live.
    const underlines = await Promise.all(galleys.map((g) => g.page.locator('.body-copy .check-mark').count()));

    const subjects = [plain, bare, ...(bareInGalleyFace ? [bareInGalleyFace] : []), ...galleys];
    if (bareInGalleyFace && TRACE) bareInGalleyFace.tracer = new TypingTracer(bareInGalleyFace.page, 'prosemirror in Galley\'s copy face');
    for (let turn = 0; turn < ROUNDS * REPEAT; turn++) {
      const round = turn % ROUNDS;
      const chunk = TEXT.slice((round * TEXT.length) / ROUNDS, ((round + 1) * TEXT.length) / ROUNDS);
      const order = [...subjects.slice(turn % subjects.length), ...subjects.slice(0, turn % subjects.length)];
      for (const s of order) await typeChunk(s, chunk);
    }
    for (const s of subjects) {
      const typed = await s.page.getByRole('textbox', { name: 'Body' }).locator('p', { hasText: MIDDLE_TEXT }).textContent();
      if (!typed?.includes(TEXT.repeat(REPEAT))) throw new Error(`typing bench: the typed text did not arrive whole (the paragraph reads “${typed?.slice(0, 300)}”)`);
    }
    const pass = (s: Subject): Pass => ({ samples: s.samples, keys: figures(s.samples), longTasks: s.longTasks });
    const result = {
      plain: pass(plain),
      bare: pass(bare),
      galley: galleys.map(pass),
      underlines,
      opens,
      heap,
      previewOn,
      load: loadavg()[0],
    };
    if (bareInGalleyFace) {
      const k = figures(bareInGalleyFace.samples);
      const line = (name: string, f: KeyFigures) => `  ${name}: work p50 ${percentile(f.work, 50).toFixed(2)} ms, p95 ${percentile(f.work, 95).toFixed(2)} ms; latency p50 ${percentile(f.latency, 50).toFixed(1)} ms, p95 ${percentile(f.latency, 95).toFixed(1)} ms`;
      console.error(['diagnosis (not a baseline):', line('ProseMirror', figures(bare.samples)), line("ProseMirror in Galley's copy face", k), ...galleys.map((g, i) => line(`Galley, ${SETUPS[i].label}`, figures(g.samples)))].join('\n'));
    }
    if (PROFILE_DIR) for (const g of [bare, ...galleys]) console.error((await g.profiler!.save(PROFILE_DIR)).join('\n'));
    if (TRACE) for (const s of subjects) console.error(s.tracer!.summary().join('\n'));
    if (ALLOCATIONS) for (const s of subjects) if (s.allocations) console.error(s.allocations.summary().join('\n'));
    if (LONG_KEYS) for (const s of subjects) if (s.longKeys) console.error(s.longKeys.summary().join('\n'));
    // Every sample, for a closer look: GALLEY_TYPING_DUMP=file.json.
    if (process.env.GALLEY_TYPING_DUMP) await writeFile(process.env.GALLEY_TYPING_DUMP, JSON.stringify(result, null, 1));
    return rows(result);
  } catch (error) {
    // What each page showed when it went wrong.
    const shots = await Promise.all(open.map((s, i) => s.page.screenshot({ path: join(tmpdir(), `galley-bench-typing-failure-${i}.png`) }).then(() => `galley-bench-typing-failure-${i}.png`, () => '')));
    console.error(`typing bench failed; screenshots in ${tmpdir()}: ${shots.filter(Boolean).join(', ')}`);
    throw error;
  } finally {
    await browser?.close();
    await pages?.close();
    if (server) await stopServer(server);
    await rm(root, { recursive: true, force: true });
  }
}

// ---- the three pages -------------------------------------------------------

/** GALLEY_TYPING_DIAG=1: also types into bare ProseMirror set in Galley's copy face, to tell the face's cost from the editor's. */
const DIAG = process.env.GALLEY_TYPING_DIAG === '1';

/** Galley's copy face (the shipped Source Serif 4 files, inlined: the baseline page is a file) on the bare page's copy. */
function galleyFaceCss(): string {
  const face = (style: string, weight: number, file: string) =>
    `@font-face { font-family: 'Galley Serif'; font-style: ${style}; font-weight: ${weight}; font-display: block; src: url(data:font/woff2;base64,${readFileSync(resolve('resources/fonts', file)).toString('base64')}) format('woff2'); }`;
  return [
    face('normal', 400, 'source-serif-4-latin-400-normal.woff2'),
    face('italic', 400, 'source-serif-4-latin-400-italic.woff2'),
    face('normal', 700, 'source-serif-4-latin-700-normal.woff2'),
    ".body-copy { font-family: 'Galley Serif', Georgia, serif; }",
    // What TipTap's injected stylesheet gives Galley's copy (ProseMirror's own prosemirror.css says the same).
    '.ProseMirror { position: relative; word-wrap: break-word; white-space: break-spaces; font-variant-ligatures: none; font-feature-settings: "liga" 0; }',
  ].join('\n');
}

export async function subject(browser: Browser, address: string, doc?: string, docUrl?: string, css?: string): Promise<Subject> {
  // Galley's tab loads itself again from its bare address (its session kept in the tab); the baselines from theirs.
  const url = address.includes('#ticket=') ? `${new URL(address).origin}/` : address;
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, deviceScaleFactor: 1 });
  await context.addInitScript(installHarness, TRACE);
  if (doc !== undefined) await context.addInitScript((json) => ((window as unknown as { __BENCH_DOC: string }).__BENCH_DOC = json), doc);
  if (docUrl !== undefined) await context.addInitScript((at) => ((window as unknown as { __BENCH_DOC_URL: string }).__BENCH_DOC_URL = at), docUrl);
  if (css !== undefined)
    await context.addInitScript((text) => addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: text }))), css);
  const page = await context.newPage();
  await page.goto(address);
  return { url, context, page, samples: [], longTasks: [] };
}

/** Clicks Open and waits until the story's last paragraph has been painted; loads the page afresh first for a second open. */
/**
 * Presses an Open button the moment the pointer reaches it (Playwright's click), or after the pointer has
 * rested on it as a hand does (Galley starts reading the story then; the baselines hold it already).
 */
export async function pressOpen(button: Locator, rest: boolean): Promise<void> {
  await button.waitFor();
  if (rest) {
    await button.hover();
    await sleep(POINTER_REST_MS);
  }
  await button.click();
}

export async function timeOpen({ page, url }: Subject, click: () => Promise<void>, again: boolean): Promise<OpenSample> {
  if (again) await page.goto(url); // not reload: Galley would reopen the article it was showing
  await page.evaluate((last) => (window as unknown as { __typingBench: BenchState }).__typingBench.watchOpen(last), LAST_TEXT);
  await click();
  await page.waitForFunction(() => Number.isFinite((window as unknown as { __typingBench: BenchState }).__typingBench.open?.paint), null, { timeout: 60_000 });
  return (await bench(page)).open!;
}

async function heapMB({ context, page }: Subject): Promise<{ js: number; dom: number }> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  // The JavaScript heap, and the embedder's (Blink's: the DOM) where the browser reports it.
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; embedderHeapUsedSize?: number };
  await cdp.detach();
  return { js: usage.usedSize / 2 ** 20, dom: (usage.embedderHeapUsedSize ?? NaN) / 2 ** 20 };
}

/** Puts the caret at the end of the middle paragraph and types `text` at a steady rate, measuring each key. */
async function typeChunk(s: Subject, text: string): Promise<void> {
  const { page } = s;
  await page.bringToFront();
  const middle = page.getByRole('textbox', { name: 'Body' }).locator('p', { hasText: MIDDLE_TEXT });
  await middle.scrollIntoViewIfNeeded();
  // The last line's start, then End: the caret at the end of the paragraph however it wraps.
  const box = (await middle.boundingBox())!;
  await middle.click({ position: { x: 2, y: box.height - 4 } });
  await page.keyboard.press('End');
  await sleep(1000); // let anything the click started settle
  const start = await page.evaluate(() => {
    const state = (window as unknown as { __typingBench: BenchState }).__typingBench;
    state.samples = [];
    state.armed = true;
    return performance.now();
  });
  await s.profiler?.start();
  await s.tracer?.start();
  await s.allocations?.start();
  await s.longKeys?.start();
  const t = Date.now();
  for (let i = 0; i < text.length; i++) {
    const wait = t + i * KEY_INTERVAL_MS - Date.now();
    if (wait > 0) await sleep(wait);
    await page.keyboard.type(text[i]);
  }
  await sleep(500);
  await s.profiler?.stop();
  await s.tracer?.stop();
  await s.allocations?.stop(text.length);
  const { samples, longTasks, end } = await page.evaluate(() => {
    const state = (window as unknown as { __typingBench: BenchState }).__typingBench;
    state.armed = false;
    return { samples: state.samples, longTasks: state.longTasks, end: performance.now() };
  });
  if (s.tracer) s.tracer.tally(await page.evaluate(() => { const b = (window as unknown as { __typingBench: BenchState }).__typingBench; return { mutations: b.mutations, listenerMs: b.listenerMs }; }), text.length);
  await s.longKeys?.stop(samples);
  if (samples.length !== text.length) throw new Error(`typing bench: ${samples.length} keydowns seen for ${text.length} keys`);
  s.samples.push(...samples);
  s.longTasks.push(...longTasks.filter((l) => l.start >= start && l.start <= end));
}

// ---- the table -------------------------------------------------------------

interface Result {
  plain: Pass;
  bare: Pass;
  /** One pass per SETUPS entry, in its order. */
  galley: Pass[];
  /** The checks' underlines in each Galley page's body before typing. */
  underlines: number[];
  opens: { plain: OpenSample[]; bare: OpenSample[]; bareReading: OpenSample[]; galley: OpenSample[]; restedBare: OpenSample[]; restedGalley: OpenSample[] };
  heap: { plain: { js: number; dom: number }; bare: { js: number; dom: number }; galley: { js: number; dom: number } };
  previewOn: boolean;
  load: number;
}

function rows(result: Result): Row[] {
  const out: Row[] = [];
  const pm = result.bare;
  const ce = result.plain;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  SETUPS.forEach((setup, i) => {
    const g = result.galley[i];
    const section = `typing 10k · ${setup.label}${setup.preview && !result.previewOn ? ' (no Preview toggle)' : ''}`;
    const p = (xs: number[], q: number) => percentile(xs, q);
    const workRatio = p(g.keys.work, 95) / p(pm.keys.work, 95);
    // The customer's latency target is against bare ProseMirror; the contenteditable stays in the note.
    const latencyGap = p(g.keys.latency, 95) - p(pm.keys.latency, 95);
    out.push({
      section,
      metric: 'work p50',
      galley: p(g.keys.work, 50),
      baseline: p(pm.keys.work, 50),
      baselineName: 'ProseMirror',
      unit: 'ms',
      note: `contenteditable ${ms(p(ce.keys.work, 50))}; ${result.underlines[i]} checks underlines in the body`,
    });
    out.push({
      section,
      metric: 'work p95',
      galley: p(g.keys.work, 95),
      baseline: p(pm.keys.work, 95),
      baselineName: 'ProseMirror',
      unit: 'ms',
      note: `target ≤ 1.20×: ${workRatio <= 1.2 ? 'met' : 'MISSED'}`,
    });
    out.push({ section, metric: 'work max', galley: Math.max(...g.keys.work), baseline: Math.max(...pm.keys.work), baselineName: 'ProseMirror', unit: 'ms' });
    out.push({ section, metric: 'latency p50', galley: p(g.keys.latency, 50), baseline: p(pm.keys.latency, 50), baselineName: 'ProseMirror', unit: 'ms', note: `contenteditable ${ms(p(ce.keys.latency, 50))}` });
    out.push({
      section,
      metric: 'latency p95',
      galley: p(g.keys.latency, 95),
      baseline: p(pm.keys.latency, 95),
      baselineName: 'ProseMirror',
      unit: 'ms',
      note: `target within 2 ms: ${latencyGap <= 2 ? 'met' : 'MISSED'} (${latencyGap >= 0 ? '+' : ''}${latencyGap.toFixed(1)} ms); contenteditable ${ms(p(ce.keys.latency, 95))}`,
    });
    out.push({ section, metric: 'latency max', galley: Math.max(...g.keys.latency), baseline: Math.max(...pm.keys.latency), baselineName: 'ProseMirror', unit: 'ms', note: `contenteditable ${ms(Math.max(...ce.keys.latency))}` });
    out.push({
      section,
      metric: 'keys painted > 2 frames late',
      galley: g.keys.late,
      baseline: pm.keys.late,
      baselineName: 'ProseMirror',
      unit: 'keys',
      note: `of ${TEXT.length * REPEAT}; contenteditable ${ce.keys.late}`,
    });
    out.push({
      section,
      metric: 'long tasks while typing',
      galley: g.longTasks.length,
      baseline: pm.longTasks.length,
      baselineName: 'ProseMirror',
      unit: 'tasks',
      note: `${ms(sum(g.longTasks.map((l) => l.duration)))} in all (ProseMirror ${ms(sum(pm.longTasks.map((l) => l.duration)))}, contenteditable ${ce.longTasks.length})`,
    });
  });
  const median = (xs: number[]) => percentile(xs, 50);
  const openDom = (o: OpenSample[]) => median(o.map((x) => x.dom - x.click));
  const openPaint = (o: OpenSample[]) => median(o.map((x) => x.paint - x.click));
  const openTarget = (galley: OpenSample[], bare: OpenSample[]) => `target ≤ 1.50×: ${openDom(galley) / openDom(bare) <= 1.5 ? 'met' : 'MISSED'}`;
  const { heap } = result;
  out.push({
    section: 'open 10k story',
    metric: `pressed at once: click → last paragraph in editor (median of ${OPENS})`,
    galley: openDom(result.opens.galley),
    baseline: openDom(result.opens.bare),
    baselineName: 'ProseMirror',
    unit: 'ms',
    note: `${openTarget(result.opens.galley, result.opens.bare)}; contenteditable ${ms(openDom(result.opens.plain))}; Galley reads the story from the server on the press, the baselines hold it`,
  });
  out.push({
    section: 'open 10k story',
    metric: `pressed at once, both reading it then: click → last paragraph in editor (median of ${OPENS})`,
    galley: openDom(result.opens.galley),
    baseline: openDom(result.opens.bareReading),
    baselineName: 'ProseMirror + read',
    unit: 'ms',
    note: `${openTarget(result.opens.galley, result.opens.bareReading)}; the baseline reads the same answer from a loopback server at the click`,
  });
  out.push({
    section: 'open 10k story',
    metric: `pressed at once: click → painted (median of ${OPENS})`,
    galley: openPaint(result.opens.galley),
    baseline: openPaint(result.opens.bare),
    baselineName: 'ProseMirror',
    unit: 'ms',
    note: `contenteditable ${ms(openPaint(result.opens.plain))}`,
  });
  out.push({
    section: 'open 10k story',
    metric: `pointer rests ${POINTER_REST_MS} ms first: click → last paragraph in editor (median of ${OPENS})`,
    galley: openDom(result.opens.restedGalley),
    baseline: openDom(result.opens.restedBare),
    baselineName: 'ProseMirror',
    unit: 'ms',
    note: `${openTarget(result.opens.restedGalley, result.opens.restedBare)}; Galley has read the story ahead`,
  });
  out.push({
    section: 'open 10k story',
    metric: `pointer rests ${POINTER_REST_MS} ms first: click → painted (median of ${OPENS})`,
    galley: openPaint(result.opens.restedGalley),
    baseline: openPaint(result.opens.restedBare),
    baselineName: 'ProseMirror',
    unit: 'ms',
  });
  out.push({
    section: 'open 10k story',
    metric: 'renderer JS heap, story open (after GC)',
    galley: heap.galley.js,
    baseline: heap.bare.js,
    baselineName: 'ProseMirror',
    unit: 'MB',
    note: `contenteditable ${heap.plain.js.toFixed(1)} MB; Galley's includes the app and library list`,
  });
  if (Number.isFinite(heap.galley.dom)) {
    out.push({
      section: 'open 10k story',
      metric: 'renderer DOM (Blink) heap, story open',
      galley: heap.galley.dom,
      baseline: heap.bare.dom,
      baselineName: 'ProseMirror',
      unit: 'MB',
      note: `contenteditable ${heap.plain.dom.toFixed(1)} MB; load average ${result.load.toFixed(1)} at the end`,
    });
  }
  return out;
}

// ---- plumbing --------------------------------------------------------------

/**
 * The baseline pages on a loopback address, with the story at /story.json: a fixed answer (the typing
 * bench), or a handler that answers it (the cold-open bench passes each read on to browser mode).
 */
export function servePages(story: string | ((response: ServerResponse) => void)): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const name = (request.url ?? '/').split('?')[0];
    if (name === '/story.json') {
      if (typeof story === 'function') return story(response);
      response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      return response.end(story);
    }
    const file = join(PAGES_DIR, name.replace(/^\/+/, ''));
    if (!/^\/[\w.-]+\.(html|js)$/.test(name) || !existsSync(file)) {
      response.writeHead(404);
      return response.end();
    }
    response.writeHead(200, { 'content-type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript' });
    response.end(readFileSync(file));
  });
  return new Promise((resolveServer) =>
    server.listen(0, '127.0.0.1', () =>
      resolveServer({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    ),
  );
}

/** Builds the baseline pages when they are missing or older than their sources. */
export async function buildPagesIfStale(): Promise<void> {
  const sources = [resolve('vite.bench.config.ts'), ...readdirSync(resolve('bench/typing/pages')).map((f) => resolve('bench/typing/pages', f))];
  const newest = Math.max(...sources.map((f) => statSync(f).mtimeMs));
  const built = ['prosemirror', 'contenteditable'].map((n) => join(PAGES_DIR, `${n}.js`));
  if (built.every((f) => existsSync(f) && statSync(f).mtimeMs >= newest)) return;
  console.error('typing bench: building the baseline pages (vite.bench.config.ts)');
  const { build } = await import('vite');
  await build({ configFile: resolve('vite.bench.config.ts'), logLevel: 'warn' });
}

/** Browser mode on the library: its first address, and each next one it prints once the last has been used. */
export async function startServer(library: string): Promise<{ process: ChildProcess; url: string; next(): Promise<string> }> {
  const child = spawn(process.execPath, ['out/node/serve.js', '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const addresses = new PrintedAddresses(child.stdout!);
  const url = await new Promise<string>((resolveUrl, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`typing bench: browser mode did not start: ${err}`)), 20_000);
    void addresses.next().then((first) => {
      clearTimeout(timer);
      resolveUrl(first);
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => reject(new Error(`typing bench: browser mode exited with ${code}: ${err}`)));
  });
  let first: string | null = url;
  const next = () => {
    const given = first;
    first = null;
    return given ? Promise.resolve(given) : addresses.next();
  };
  return { process: child, url, next };
}

export function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    // Browser mode closes gracefully on SIGTERM; if it has not gone in five seconds, it is killed.
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
