// What a sub decides about a story beside its copy is kept in the article,
// not in the window: a dismissed house-style rule, a rejected quote
// suggestion and a chosen slot are all still there after a reload with the
// window's localStorage cleared, and the article file on disk carries them.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Article } from '../src/shared/article/model';
import { expect, test } from './support/fixtures';

const COPY = [
  'Libraries saved after public outcry',
  '',
  'The Government said no-one would lose a branch.',
  '',
  'Grace Brennan, a librarian at the Leigh branch, welcomed the news. “We are relieved,” Ms Brennan said.',
  '',
  '“Residents described the library as the only warm space left,” the consultation report says.',
  '',
].join('\n');

let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'galley-e2e-choices-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

async function importCopy(page: Page): Promise<void> {
  const file = join(folder, 'libraries.txt');
  writeFileSync(file, COPY);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Libraries saved after public outcry');
}

/** Reloads the window with nothing of Galley's left in its storage: only what the article holds can come back. */
async function reloadWithStorageCleared(page: Page): Promise<void> {
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Libraries saved after public outcry');
}

function articleOnDisk(library: string, page: Page): Article {
  const id = /article=([a-z0-9-]+)/.exec(page.url())![1];
  return JSON.parse(readFileSync(join(library, 'articles', `${id}.json`), 'utf8')) as Article;
}

test('a dismissed house-style rule stays dismissed after a reload with localStorage cleared', async ({ galley }) => {
  test.setTimeout(90_000);
  const page = galley.page;
  await importCopy(page);
  await page.getByRole('tab', { name: /^Checks/u }).click();
  const list = page.getByRole('region', { name: 'Spelling and style' });
  const rule = list.locator('[data-rule="the-government-lower-case"]');
  await expect(rule).toHaveCount(1, { timeout: 15_000 });
  await rule.getByRole('button', { name: 'Dismiss' }).click();
  await expect(rule).toHaveCount(0);

  await reloadWithStorageCleared(page);
  await page.getByRole('tab', { name: /^Checks/u }).click();
  // The other rules still run, so the list is there and not merely empty.
  await expect(list.locator('[data-rule="no-one"]')).toHaveCount(1, { timeout: 15_000 });
  await expect(rule).toHaveCount(0);
  expect(articleOnDisk(galley.library, page).checks?.dismissedRules).toEqual(['the-government-lower-case']);
});

test('a rejected quote suggestion stays rejected after a reload with localStorage cleared', async ({ galley }) => {
  const page = galley.page;
  await importCopy(page);
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('button', { name: 'Detect quotes' }).click();
  const suggested = page.getByRole('region', { name: 'Suggested quotes' });
  const items = suggested.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await items.filter({ hasText: 'only warm space' }).getByRole('button', { name: /^Reject/ }).click();
  await expect(items).toHaveCount(1);

  await reloadWithStorageCleared(page);
  await page.getByRole('tab', { name: /Quotes/ }).click();
  // Detection was run in this story, so its suggestions come back, less the rejected one.
  await expect(items).toHaveCount(1);
  await expect(items).toContainText('We are relieved');
  await expect(suggested).not.toContainText('only warm space');
  expect(articleOnDisk(galley.library, page).quoteSuggestions).toMatchObject({ detected: true, rejected: [expect.stringContaining('warm space')] });
});

test('a chosen layout and slot come back after a reload with localStorage cleared', async ({ galley }) => {
  const page = galley.page;
  await importCopy(page);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const pane = page.getByRole('region', { name: 'Preview' });
  await pane.getByLabel('Layout').selectOption('tabloid');
  await pane.getByLabel('Columns').fill('2');
  await pane.getByLabel('Depth').fill('18');
  const status = pane.getByRole('status', { name: 'Copyfit' });
  await expect(status).toHaveAttribute('title', /^Tabloid.*, 2 col × 18 cm$/);

  await reloadWithStorageCleared(page);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(pane.getByLabel('Layout')).toHaveValue('tabloid');
  await expect(pane.getByLabel('Columns')).toHaveValue('2');
  await expect(status).toHaveAttribute('title', /^Tabloid.*, 2 col × 18 cm$/);
  expect(articleOnDisk(galley.library, page).layout).toEqual({ templateId: 'tabloid', slot: { columns: 2, depthCm: 18 }, pullQuoteId: null });
});
