// The preview on a 2,000- and a 10,000-word article: how long after a
// keystroke the page shows it and copyfit has measured it, and the longest
// task the refresh keeps the main thread, beside the pause the preview
// deliberately waits for before refreshing (it never runs per key).
import { chromium, type Page } from '@playwright/test';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeArticle, rng } from './generate';
import { percentile, type Row } from './measure';
import { CHROMIUM, CHROMIUM_ARGS, startServer } from './typing/index';

/** The preview's own pause before it refreshes (src/renderer/preview/snapshot.ts). */
const PREVIEW_PAUSE_MS = 300;
const KEYS = 15;
/** Autosave writes a second after the last key (src/renderer/editor/autosave.ts): the next key waits it out. */
const SETTLE_MS = 1200;
/** The main thread's tasks and the marks that bound a refresh; a trace sees tasks of any length, where long-task entries start at 50 ms. */
const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** In the page: resolves when the preview's intro holds `marker` and copyfit is no longer measuring; both times. */
const refreshed = (page: Page, marker: string) =>
  page.evaluate(
    (m) =>
      new Promise<{ shown: number; measured: number }>((resolve) => {
        let shown: number | null = null;
        const check = () => {
          if (shown === null && document.querySelector('.gp-intro')?.textContent?.includes(m)) shown = performance.now();
          if (shown !== null && !document.querySelector('[aria-label="Copyfit"][aria-busy="true"]')) resolve({ shown, measured: performance.now() });
          else requestAnimationFrame(check);
        };
        check();
      }),
    marker,
  );

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** The longest task (ms) on the thread that made the marks, between the `from` and `to` marks. */
function longestTask(trace: Buffer, from: string, to: string): number {
  const parsed = JSON.parse(trace.toString()) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const start = events.find((e) => e.name === from);
  const end = events.find((e) => e.name === to);
  if (!start || !end) throw new Error(`preview bench: the marks ${from} and ${to} are not in the trace`);
  let longest = 0;
  for (const e of events) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || e.pid !== start.pid || e.tid !== start.tid) continue;
    if (e.ts + (e.dur ?? 0) > start.ts && e.ts < end.ts) longest = Math.max(longest, (e.dur ?? 0) / 1000);
  }
  return longest;
}

export async function benchPreview(words = 2000): Promise<Row[]> {
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-preview-'));
  const article = { ...makeArticle(rng(3), 0, words), headline: 'Preview bench story' };
  await mkdir(join(root, 'articles'), { recursive: true });
  await writeFile(join(root, 'articles', `${article.id}.json`), JSON.stringify(article));
  const server = await startServer(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open Preview bench story' }).click();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await refreshed(page, '');
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.locator('p').first().click();
    await page.keyboard.press('Home');
    await page.waitForTimeout(SETTLE_MS);
    const shown: number[] = [];
    const measured: number[] = [];
    const refreshTasks: number[] = [];
    for (let i = 0; i < KEYS; i++) {
      const marker = `Q${i}x`;
      await browser.startTracing(page, { categories: TRACE_CATEGORIES });
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.type(marker);
      // The keys' own tasks are the typing bench's; the refresh's come after the last key.
      await page.evaluate(() => performance.mark('galley-bench-typed'));
      const times = await refreshed(page, marker);
      await page.evaluate(() => performance.mark('galley-bench-measured'));
      const trace = await browser.stopTracing();
      // GALLEY_PREVIEW_TRACE=prefix: the last refresh's trace, for a closer look.
      if (process.env.GALLEY_PREVIEW_TRACE && i === KEYS - 1) await writeFile(`${process.env.GALLEY_PREVIEW_TRACE}-${words}.json`, trace);
      shown.push(times.shown - t0);
      measured.push(times.measured - t0);
      refreshTasks.push(longestTask(trace, 'galley-bench-typed', 'galley-bench-measured'));
      await page.waitForTimeout(SETTLE_MS);
    }
    const section = `preview ${words.toLocaleString()} words`;
    const pause = { baseline: PREVIEW_PAUSE_MS, baselineName: 'its pause', unit: 'ms' };
    const note = 'runs after the pause, never per key';
    return [
      { section, metric: 'keystroke → preview shows it p50', galley: percentile(shown, 50), ...pause },
      { section, metric: 'keystroke → preview shows it p95', galley: percentile(shown, 95), ...pause },
      { section, metric: 'keystroke → copyfit measured p50', galley: percentile(measured, 50), ...pause },
      { section, metric: 'longest task of a refresh p50', galley: percentile(refreshTasks, 50), baseline: null, unit: 'ms', note },
      { section, metric: 'longest task of a refresh p95', galley: percentile(refreshTasks, 95), baseline: null, unit: 'ms', note },
    ];
  } finally {
    await browser.close();
    // Gone before its library is removed: it may be finishing a save.
    if (server.process.exitCode === null) await new Promise((done) => server.process.once('exit', done).kill());
    await rm(root, { recursive: true, force: true });
  }
}
