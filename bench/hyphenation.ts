// Hyphenation's effect on copyfit, and its cost: the seed story and a
// 2,000-word story set in broadsheet slots by headless Chromium, measured as
// the PDF measures them (slot-geometry.ts), with and without the soft hyphens
// the print layout puts in; and the time to hyphenate a body beside the time
// to render its markup, cold and after one paragraph changed.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Article } from '../src/shared/article/model';
import { blockMarkup } from '../src/shared/layout/block-markup';
import { bodyHyphenator } from '../src/shared/layout/hyphenate-blocks';
import { textHyphenator } from '../src/shared/layout/hyphenation';
import { loadHyphenator } from '../src/shared/layout/hyphenation-patterns';
import { printDocument } from '../src/shared/layout/print-document';
import type { Slot } from '../src/shared/layout/template';
import { importFile } from '../src/services/import/import-copy';
import { embeddedFonts, readTemplate } from '../src/services/pdf/proof';
import { findResources } from '../src/services/pdf/resources';
import { copyfitFromGeometry, linesUsedInPage, measureSlotInPage } from '../src/services/pdf/slot-geometry';
import { makeArticle, rng } from './generate';
import { percentile, time, type Row } from './measure';
import { CHROMIUM, CHROMIUM_ARGS } from './typing/index';

const RUNS = 15;

async function seedStory(): Promise<Article> {
  const file = resolve('..', 'shared', 'fixtures', 'seed-article.txt');
  const copy = await importFile('seed-article.txt', new Uint8Array(await readFile(file)));
  return { ...makeArticle(rng(1), 0, 10), headline: copy.headline, body: copy.body };
}

/** In the page: the width of every space the body sets (a space a line ends at has none and is left out). */
function wordSpaces(): number[] {
  const body = document.querySelector('.gp-body')!;
  const range = document.createRange();
  const widths: number[] = [];
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = node.data.indexOf(' '); i >= 0; i = node.data.indexOf(' ', i + 1)) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rects = range.getClientRects();
      if (rects.length === 1 && rects[0].width > 0.5) widths.push(rects[0].width);
    }
  }
  return widths;
}

/** In the page: the median time (ms) to lay the body out again after a word is added to its eighth paragraph. */
function reflowAfterEdit(runs: number): number {
  const body = document.querySelector('.gp-body')!;
  const paragraph = body.children[7];
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    paragraph.append(document.createTextNode(' word'));
    // Reading a box of the last block forces the layout of everything the edit moved.
    body.lastElementChild!.getClientRects();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export async function benchHyphenation(): Promise<Row[]> {
  const dirs = findResources();
  if (!dirs) throw new Error('hyphenation bench: resources/ (fonts and layouts) not found');
  const template = await readTemplate(dirs, 'broadsheet');
  const fontFaceCss = await embeddedFonts(dirs);
  const hyphenator = await loadHyphenator('en-GB');
  const stories: Array<{ name: string; article: Article; slot: Slot }> = [
    { name: 'seed story', article: await seedStory(), slot: { columns: 2, depthCm: 14 } },
    { name: '2,000 words', article: { ...makeArticle(rng(3), 0, 2000), headline: 'Hyphenation bench story' }, slot: { columns: 5, depthCm: 30 } },
  ];
  const rows: Row[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  try {
    const page = await browser.newPage();
    const measure = async (article: Article, slot: Slot, withHyphens: boolean) => {
      await page.setContent(printDocument(article, [], template, slot, { fontFaceCss, hyphenator: withHyphens ? hyphenator : null }), { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      const geometry = await page.evaluate(measureSlotInPage);
      return { used: linesUsedInPage(geometry), fit: copyfitFromGeometry(geometry), spaces: await page.evaluate(wordSpaces) };
    };
    // The reflow a refresh costs the browser, with and without soft hyphens: one paragraph of a 10,000-word story changed.
    const long = { ...makeArticle(rng(5), 0, 10_000), headline: 'Hyphenation bench story' };
    const reflow: Record<'on' | 'off', number> = { on: 0, off: 0 };
    for (const withHyphens of [true, false]) {
      await page.setContent(printDocument(long, [], template, { columns: 6, depthCm: 52 }, { fontFaceCss, hyphenator: withHyphens ? hyphenator : null }), { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      reflow[withHyphens ? 'on' : 'off'] = await page.evaluate(reflowAfterEdit, RUNS);
    }
    rows.push({
      section: 'hyphenation · 10,000 words',
      metric: 'reflow after one paragraph changed p50',
      galley: reflow.on,
      baseline: reflow.off,
      baselineName: 'unhyphenated',
      unit: 'ms',
      note: 'the browser’s layout of the slot, 6 col × 52 cm',
    });
    for (const { name, article, slot } of stories) {
      const on = await measure(article, slot, true);
      const off = await measure(article, slot, false);
      const section = `hyphenation · ${name}`;
      const where = `broadsheet ${slot.columns} col × ${slot.depthCm} cm`;
      const unhyphenated = { baselineName: 'unhyphenated' };
      rows.push(
        { section, metric: `lines used (${where})`, galley: on.used, baseline: off.used, ...unhyphenated, unit: 'lines', note: `hyphenated "${on.fit.message}", unhyphenated "${off.fit.message}"` },
        { section, metric: `overmatter words (${where})`, galley: on.fit.words, baseline: off.fit.words, ...unhyphenated, unit: 'words' },
        // What a sub sees: the gaps justification opens between words (a plain space here is about 3 px).
        { section, metric: 'word space p95', galley: percentile(on.spaces, 95), baseline: percentile(off.spaces, 95), ...unhyphenated, unit: 'px' },
        { section, metric: 'widest word space', galley: Math.max(...on.spaces), baseline: Math.max(...off.spaces), ...unhyphenated, unit: 'px' },
      );
    }
  } finally {
    await browser.close();
  }

  // The cost, on the 2,000-word body: a fresh hyphenator each run (no word cache), and one paragraph changed.
  const { default: patterns } = await import('hyphen/patterns/en-gb.js');
  const body = stories[1].article.body.content;
  const cold: number[] = [];
  const oneBlock: number[] = [];
  const markup: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const fresh = bodyHyphenator('en-GB', textHyphenator(patterns));
    cold.push(await time(() => body.forEach((b) => fresh.block(b))));
    const changed = { ...body[7] };
    oneBlock.push(await time(() => body.map((b, k) => fresh.block(k === 7 ? changed : b))));
    const copies = body.map((b) => ({ ...b }));
    markup.push(await time(() => copies.forEach((b) => blockMarkup(b, [], 'attributes'))));
  }
  const section = 'hyphenation · 2,000 words';
  const render = { baseline: percentile(markup, 50), baselineName: 'render its markup', unit: 'ms' };
  rows.push(
    { section, metric: 'hyphenate the body, cold p50', galley: percentile(cold, 50), ...render, note: 'when the preview opens; never per key' },
    { section, metric: 'hyphenate after one paragraph changed p50', galley: percentile(oneBlock, 50), ...render, note: 'a refresh re-hyphenates only changed blocks' },
  );
  return rows;
}
