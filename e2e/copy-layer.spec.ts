// The copy lies in a layer of plain DOM beside the React app (editor/copy-layer.ts),
// so that React's listeners, on every container it renders into, never run for
// the body's keystrokes. These check that the body is outside every React
// container, and that the sub notices nothing: the copy lies exactly over its
// column as the columns change, and Tab moves through the copy in the order
// the page shows it.
import { makeArticle, rng } from '../bench/generate';
import type { Article } from '../src/shared/article/model';
import { expect, test } from './support/fixtures';

const story: Article = { ...makeArticle(rng(7), 0, 400), headline: 'Ferry timetable cut for winter' };
const long: Article = { ...makeArticle(rng(8), 1, 3000), headline: 'Harbour wall repairs delayed' };

test.use({ libraryFiles: { [`articles/${story.id}.json`]: JSON.stringify(story), [`articles/${long.id}.json`]: JSON.stringify(long) } });

/** The Copy region's box and the box the copy is drawn in (its scroller), rounded to the pixel. */
async function boxes(page: import('@playwright/test').Page) {
  const round = (b: { x: number; y: number; width: number; height: number } | null) => b && { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
  return { column: round(await page.getByRole('region', { name: 'Copy' }).boundingBox()), copy: round(await page.locator('.copy-scroll').boundingBox()) };
}

test('the body sits under no React container, the copy lies over its column as the columns change, and Tab goes through the copy in page order', async ({ galley }) => {
  const page = galley.page;
  await page.getByRole('button', { name: `Open ${story.headline}`, exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bold' })).toBeVisible();

  // React marks each element it renders into (a root or a portal's container) with a __reactContainer$ key.
  const containers = await body.evaluate((el) => {
    const found: string[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      if (Object.keys(node).some((key) => key.startsWith('__reactContainer$'))) found.push(node.id ? `#${node.id}` : `${node.nodeName}.${node.className}`);
    }
    return found;
  });
  expect(containers).toEqual([]);

  // Over its column, and still when the preview takes room beside it.
  let now = await boxes(page);
  expect(now.copy).toEqual(now.column);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  await expect.poll(async () => (await boxes(page)).column!.width).toBeLessThan(now.column!.width);
  now = await boxes(page);
  expect(now.copy).toEqual(now.column);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toHaveCount(0);

  // Tab from the last control before the column goes into the copy, and back out of it the same way.
  const exportButton = page.getByRole('button', { name: 'Export…' });
  await exportButton.focus();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Headline')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(exportButton).toBeFocused();
  // Out of the body's end to the side panels after the column, and Shift+Tab from there back into the body.
  await body.locator('p').first().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('Tab');
  const firstTab = page.getByRole('tab').first();
  await expect(firstTab).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(body).toBeFocused();
  // The caret is where the click left it, and the copy is typed into as before.
  await page.keyboard.type('Ferries');
  await expect(body.locator('p').first()).toContainText('Ferries');
});

test('the next story opens at the top of the copy, not where the last one was scrolled to', async ({ galley }) => {
  const page = galley.page;
  await page.getByRole('button', { name: `Open ${long.headline}`, exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.locator('p').last().scrollIntoViewIfNeeded();
  await expect.poll(() => page.locator('.copy-scroll').evaluate((el) => el.scrollTop)).toBeGreaterThan(1000);
  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('button', { name: `Open ${story.headline}`, exact: true }).click();
  await expect(page.getByLabel('Headline')).toHaveValue(story.headline);
  await expect(body.locator('p').first()).toBeInViewport();
  expect(await page.locator('.copy-scroll').evaluate((el) => el.scrollTop)).toBe(0);
});
