// The library as the sub sees it, in Chromium: how long the list takes to
// show, to answer a search and to reach the last story by keyboard, with
// 10,000 stories beside the same with 10 (the baseline, same run). The
// store's own figures are in library.ts; these add the window on top. Each
// load is a reload of a settled window onto a library opened before (its
// index files written).
import type { Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleStore } from '../src/services/store/article-store';
import { writeLibrary } from './generate';
import { percentile, type Row } from './measure';
import { CHROMIUM, CHROMIUM_ARGS, startServer } from './typing/index';

const LOADS = 7;
const SEARCHES = ['council', 'hospital budget', 'police', 'election', 'river'];

interface WindowFigures {
  /** Page load to the first row painted, index present (median). */
  shown: number;
  /** A search typed to the list showing its hits (median). */
  search: number;
  /** End pressed on the first row to the last row focused and painted. */
  end: number;
  rendered: number;
  /** Page load to the whole listing in the window (median). */
  whole: number;
  /** The server's own time answering the first screen's call (Server-Timing, median). */
  call: number;
}

export async function benchLibraryWindow(sizes: number[] = [10, 10_000]): Promise<Row[]> {
  const figures = new Map<number, WindowFigures>();
  for (const size of sizes) figures.set(size, await measure(size));
  const [small, ...large] = sizes;
  const base = figures.get(small)!;
  const rows: Row[] = [];
  for (const size of large) {
    const f = figures.get(size)!;
    const section = `library window ${size.toLocaleString()}`;
    const against = `${small} stories`;
    rows.push({ section, metric: `load → first row painted (median of ${LOADS})`, galley: f.shown, baseline: base.shown, baselineName: against, unit: 'ms', note: `target < 150 ms: ${f.shown < 150 ? 'met' : 'MISSED'}` });
    rows.push({ section, metric: `load → whole listing in the window (median of ${LOADS})`, galley: f.whole, baseline: base.whole, baselineName: against, unit: 'ms', note: 'asked for once the window settles, or at once when the sub needs it' });
    rows.push({ section, metric: 'server time for the first screen (median)', galley: f.call, baseline: base.call, baselineName: against, unit: 'ms', note: 'Server-Timing of listArticles {first: 100}' });
    rows.push({ section, metric: 'search typed → hits shown (median)', galley: f.search, baseline: base.search, baselineName: against, unit: 'ms', note: 'includes the 120 ms pause search waits for' });
    rows.push({ section, metric: 'End → last story focused', galley: f.end, baseline: base.end, baselineName: against, unit: 'ms' });
    rows.push({ section, metric: 'rows in the page', galley: f.rendered, baseline: base.rendered, baselineName: against, unit: 'rows', note: `of ${size.toLocaleString()}: only those on screen exist` });
  }
  return rows;
}

async function measure(size: number): Promise<WindowFigures> {
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-window-'));
  await writeLibrary(root, size, 11);
  // A library opened before: index.json and search-index.bin written, as the sub's library has them. Opened
  // by the first page load instead, the server went on building the search index from every story while the
  // loads were timed, and the figures were of that.
  try {
    const store = await ArticleStore.open({ root });
    await store.whenSearchReady();
    await store.close();
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  // A server that does not start leaves no library of 10,000 files behind in the temp folder.
  const server = await startServer(root).catch(async (error: unknown) => {
    await rm(root, { recursive: true, force: true });
    throw error;
  });
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.addInitScript(watchFirstRow);
    // The first load warms the browser's cache and has the server load its search index (a search asks for it).
    await page.goto(server.url);
    await page.locator('tbody tr[data-id]').first().waitFor({ timeout: 120_000 });
    await page.evaluate(searchShown, 'council');
    await page.evaluate(searchShown, '');
    const shown: number[] = [];
    const whole: number[] = [];
    const call: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      // Reloaded once the window before has settled (its whole listing in): reloading the moment the first row
      // showed timed the last load's listing still arriving, on the server and in the page, not this load.
      await settled(page);
      // GALLEY_WINDOW_TRACE=dir: a Chrome trace of the last load of each size (window-SIZE.json), to see where its time goes.
      const trace = process.env.GALLEY_WINDOW_TRACE && i === LOADS - 1 ? join(process.env.GALLEY_WINDOW_TRACE, `window-${size}.json`) : undefined;
      if (trace) await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'] });
      await page.reload();
      await page.waitForFunction(() => (window as unknown as FirstRow).__firstRow !== undefined, null, { timeout: 120_000 });
      if (trace) await browser.stopTracing();
      shown.push(await page.evaluate(() => (window as unknown as FirstRow).__firstRow!));
      // GALLEY_WINDOW_TIMELINE=1: what the last load of each size fetched and when, to see where its time goes.
      if (process.env.GALLEY_WINDOW_TIMELINE && i === LOADS - 1) console.error(`${size} stories, first row at ${shown[i].toFixed(0)} ms\n${await page.evaluate(timeline)}`);
      const timings = await settled(page);
      whole.push(timings.whole);
      call.push(timings.call);
    }
    const search: number[] = [];
    for (const query of SEARCHES) {
      search.push(await page.evaluate(searchShown, query));
      await page.evaluate(searchShown, '');
    }
    const rendered = await page.locator('tbody tr[data-id]').count();
    return { shown: percentile(shown, 50), whole: percentile(whole, 50), call: percentile(call, 50), search: percentile(search, 50), end: await endPressed(page), rendered };
  } finally {
    await browser.close();
    // The server writes its index as it closes: let it finish before the folder goes.
    await new Promise((exited) => {
      if (server.process.exitCode !== null) return exited(null);
      server.process.once('exit', exited);
      server.process.kill('SIGTERM');
    });
    await rm(root, { recursive: true, force: true });
  }
}

/**
 * Waits for the window to hold the whole listing (a small library's first answer is the whole, so marked); answers when it
 * came (from navigation start) and the server's own time for the first screen's call (its Server-Timing).
 */
async function settled(page: Page): Promise<{ whole: number; call: number }> {
  return page.evaluate(
    () =>
      new Promise<{ whole: number; call: number }>((resolve) => {
        const check = () => {
          const lists = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/api/listArticles')) as PerformanceResourceTiming[];
          const mark = performance.getEntriesByName('library:whole')[0];
          if (!mark) return void setTimeout(check, 50);
          const call = lists[0]?.serverTiming.find((t) => t.name === 'call')?.duration ?? NaN;
          resolve({ whole: mark.startTime, call });
        };
        check();
      }),
  );
}

/** In the page: each resource fetched (start → end, from navigation start) and the user-timing marks, one a line. */
function timeline(): string {
  const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map(
    (e) => `  ${e.startTime.toFixed(0).padStart(5)} → ${e.responseEnd.toFixed(0).padStart(5)}  ${e.name.replace(/^.*\//, '')} ${e.transferSize ? '' : '(cache)'}`,
  );
  const marks = performance.getEntriesByType('mark').map((e) => `  ${e.startTime.toFixed(0).padStart(5)}  mark ${e.name}`);
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return [...resources, ...marks, `  domContentLoaded ${nav.domContentLoadedEventEnd.toFixed(0)}`].join('\n');
}

interface FirstRow {
  __firstRow?: number;
}

/** In the page, before it loads: notes the time (from navigation start) of the frame after the first row appears. */
function watchFirstRow(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('tbody tr[data-id]')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => ((window as unknown as { __firstRow?: number }).__firstRow = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** In the page: types the query into the search box and waits for its hits (or the whole list again) to paint. Start from an empty box. */
function searchShown(query: string): Promise<number> {
  const input = document.querySelector<HTMLInputElement>('input[type=search]')!;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  const start = performance.now();
  setValue.call(input, query);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((resolve) => {
    const check = () => {
      // Hits carry snippets (or there are none to show); the whole list carries none.
      const shown = query ? !!document.querySelector('tbody .snippet, .empty') : !document.querySelector('tbody .snippet');
      if (shown) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
      else if (performance.now() - start > 30_000) resolve(NaN);
      else requestAnimationFrame(check);
    };
    check();
  });
}

async function endPressed(page: Page): Promise<number> {
  await page.locator('tbody tr[data-id]').first().focus();
  const start = await page.evaluate(() => performance.now());
  await page.keyboard.press('End');
  return page.evaluate(
    (t0) =>
      new Promise<number>((resolve) => {
        const check = () => {
          const focused = document.activeElement as HTMLElement | null;
          const table = focused?.closest('table');
          if (focused?.getAttribute('aria-rowindex') === table?.getAttribute('aria-rowcount')) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
          else requestAnimationFrame(check);
        };
        check();
      }),
    start,
  );
}
