// The preview on a 2,000-word article: how long after a keystroke the page
// shows it, and how long the refresh keeps the main thread, beside the pause
// the preview deliberately waits for before refreshing (it never runs per key).
import { chromium } from '@playwright/test';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeArticle, rng } from './generate';
import { percentile, type Row } from './measure';
import { CHROMIUM, CHROMIUM_ARGS, startServer } from './typing/index';

/** The preview's own pause before it refreshes (src/renderer/preview/snapshot.ts). */
const PREVIEW_PAUSE_MS = 300;
const KEYS = 15;

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
    await page.getByRole('button', { name: 'Preview' }).click();
    const intro = page.locator('.gp-intro');
    await intro.waitFor();
    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
    });
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.locator('p').first().click();
    await page.keyboard.press('Home');
    const shown: number[] = [];
    const refreshTasks: number[] = [];
    for (let i = 0; i < KEYS; i++) {
      const marker = `Q${i}x`;
      await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks.length = 0));
      const t0 = await page.evaluate(() => performance.now());
      await page.keyboard.type(marker);
      // Measured in the page: the first frame in which the preview's intro holds the new text.
      const t1 = await page.evaluate(
        (m) =>
          new Promise<number>((resolve) => {
            const check = () => (document.querySelector('.gp-intro')?.textContent?.includes(m) ? resolve(performance.now()) : requestAnimationFrame(check));
            check();
          }),
        marker,
      );
      shown.push(t1 - t0);
      refreshTasks.push(Math.max(0, ...(await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks))));
      await page.waitForTimeout(150);
    }
    const section = `preview ${words.toLocaleString()} words`;
    return [
      { section, metric: 'keystroke → preview shows it p50', galley: percentile(shown, 50), baseline: PREVIEW_PAUSE_MS, baselineName: 'its pause', unit: 'ms' },
      { section, metric: 'keystroke → preview shows it p95', galley: percentile(shown, 95), baseline: PREVIEW_PAUSE_MS, baselineName: 'its pause', unit: 'ms' },
      { section, metric: 'longest task of a refresh p95', galley: percentile(refreshTasks, 95), baseline: null, unit: 'ms', note: 'runs after the pause, never per key; 0 = no task over 50 ms' },
    ];
  } finally {
    await browser.close();
    server.process.kill();
    await rm(root, { recursive: true, force: true });
  }
}
