// A window loaded on the library shows its newest stories before the
// window's code has run (library/first-rows.ts), and the library view takes
// them over without a jump, keeping what the sub did meanwhile: the row
// focused and the keys pressed on it, the search typed, a story opened.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { holdBackWindowCode } from './support/hold-back';

const HEADLINES = ['Council approves flood wall', 'Hospital budget cut by £2m', 'River Ouse bridge to close', 'Police appeal after bus crash'];

/** Adds stories through the server's own calls, on this tab's session, newest last. */
async function addStories(page: Page, headlines: string[]): Promise<void> {
  await page.waitForFunction(() => !!sessionStorage.getItem('galley.token'));
  await page.evaluate(async (list) => {
    const token = sessionStorage.getItem('galley.token') ?? '';
    for (const headline of list) {
      const response = await fetch('/api/createArticle', { method: 'POST', headers: { 'content-type': 'application/json', 'x-galley-token': token }, body: JSON.stringify({ fields: { headline } }) });
      const answer = await response.json();
      if (!answer.ok) throw new Error(`could not add ${headline}: ${JSON.stringify(answer)}`);
    }
  }, headlines);
}

/** Loads the page afresh on the library, in the same tab (its session kept), as a reload would. */
async function reloadOnLibrary(page: Page): Promise<void> {
  const origin = new URL(page.url()).origin;
  await page.goto('about:blank');
  await page.goto(`${origin}/`);
}

const row = (page: Page, headline: string) => page.locator('tbody tr[data-id]').filter({ hasText: headline });
/** Resolves once the library view has taken the first screen over (it marks the moment). */
const adopted = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('library:adopted').length > 0);

test.beforeEach(async ({ galley }) => {
  await addStories(galley.page, HEADLINES);
});

test('the newest stories show before the window’s code, and keys pressed on a row are answered once it comes @browser-only', async ({ galley }) => {
  const { page } = galley;
  const release = await holdBackWindowCode(page);
  await reloadOnLibrary(page);
  // The window's code is held back, so these rows are the plain first screen.
  const rows = page.locator('tbody tr[data-id]');
  await expect(rows).toHaveCount(HEADLINES.length);
  await expect(rows.first()).toContainText(HEADLINES.at(-1)!);
  await expect(page.getByRole('button', { name: /^Articles/ })).toContainText(String(HEADLINES.length));
  expect(await page.evaluate(() => performance.getEntriesByName('library:adopted').length)).toBe(0);
  const before = await rows.nth(1).boundingBox();
  await page.screenshot({ path: test.info().outputPath('first-screen.png') });

  await rows.first().click();
  await expect(rows.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  release();
  await adopted(page);
  // The key was answered by the library: the second row is focused and selected, where it was drawn.
  const second = row(page, HEADLINES.at(-2)!);
  await expect(second).toBeFocused();
  await expect(second).toHaveAttribute('aria-selected', 'true');
  expect(await second.boundingBox()).toEqual(before);
  await page.screenshot({ path: test.info().outputPath('adopted.png') });
  await page.keyboard.press('ArrowDown');
  await expect(row(page, HEADLINES.at(-3)!)).toBeFocused();
});

test('a search typed before the window’s code is kept, with the focus in the box @browser-only', async ({ galley }) => {
  const { page } = galley;
  const release = await holdBackWindowCode(page);
  await reloadOnLibrary(page);
  await expect(page.locator('tbody tr[data-id]')).toHaveCount(HEADLINES.length);
  const search = page.getByRole('searchbox', { name: 'Search' });
  await search.click();
  await page.keyboard.type('bridg');
  release();
  await adopted(page);
  await expect(search).toBeFocused();
  await page.keyboard.type('e');
  await expect(search).toHaveValue('bridge');
  await expect(page.locator('tbody tr[data-id]')).toHaveCount(1);
  await expect(page.locator('tbody tr[data-id]')).toContainText('River Ouse bridge to close');
});

test('a story opened from the first screen opens once the window’s code comes @browser-only', async ({ galley }) => {
  const { page } = galley;
  const release = await holdBackWindowCode(page);
  await reloadOnLibrary(page);
  await page.getByRole('button', { name: 'Open Hospital budget cut by £2m' }).click();
  release();
  await expect(page.getByLabel('Headline')).toHaveValue('Hospital budget cut by £2m');
  await expect(page.getByRole('textbox', { name: 'Body' })).toBeVisible();
});

test('a shortcut pressed on the first screen runs once, when the window’s code comes @browser-only', async ({ galley }) => {
  const { page } = galley;
  const release = await holdBackWindowCode(page);
  await reloadOnLibrary(page);
  await expect(page.locator('tbody tr[data-id]')).toHaveCount(HEADLINES.length);
  await page.keyboard.press('Control+K');
  release();
  await adopted(page);
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  // Opened once: a second run of the same key would have closed it again.
  await expect(palette.getByRole('combobox', { name: 'Type a command' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('a file dropped on the plain first screen is imported once the window’s code comes @browser-only', async ({ galley }) => {
  const { page } = galley;
  const release = await holdBackWindowCode(page);
  await reloadOnLibrary(page);
  await expect(page.locator('tbody tr[data-id]')).toHaveCount(HEADLINES.length);
  expect(await page.evaluate(() => performance.getEntriesByName('library:adopted').length), 'the plain first screen').toBe(0);
  const transfer = await page.evaluateHandle(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['# Village fete raises £2,000\n\nThe fete on Saturday raised **£2,000** for the church roof.\n'], 'fete.md', { type: 'text/markdown' }));
    return dt;
  });
  await page.dispatchEvent('tbody', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('tbody', 'drop', { dataTransfer: transfer });
  release();
  await expect(page.getByLabel('Headline')).toHaveValue('Village fete raises £2,000');
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('raised £2,000 for the church roof');
});

test('copy pasted on the plain first screen becomes an article once the window’s code comes @browser-only', async ({ galley }) => {
  const { page } = galley;
  const release = await holdBackWindowCode(page);
  await reloadOnLibrary(page);
  await expect(page.locator('tbody tr[data-id]')).toHaveCount(HEADLINES.length);
  expect(await page.evaluate(() => performance.getEntriesByName('library:adopted').length), 'the plain first screen').toBe(0);
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Bus fares to rise\n\nFares will rise by 5p from April, the council said.\n\n“It is unavoidable,” said Cllr Ann Lee.');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  release();
  await expect(page.getByLabel('Headline')).toHaveValue('Bus fares to rise');
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(2);
  // Back in the library, the story is there once, and the rest as they were.
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(row(page, 'Bus fares to rise')).toHaveCount(1);
  await expect(page.locator('tbody tr[data-id]')).toHaveCount(HEADLINES.length + 1);
});
