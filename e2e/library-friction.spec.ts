// The library's small frictions: a filter with no matches, an empty library's
// Export…, a long headline beside "← Library", and merging speakers.
import { expect, test } from './support/fixtures';

test('an empty library offers no Export…; a filter with no matches says so and clears', async ({ galley }) => {
  const page = galley.page;
  await expect(page.getByRole('table', { name: 'Articles' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeDisabled();
  await page.keyboard.press('Control+E');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Council approves flood defences');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 10_000 });
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeEnabled();

  await page.getByLabel('Status').selectOption('ready');
  const empty = page.getByText('No article matches the filter (status Ready).');
  await expect(empty).toBeVisible();
  await expect(page.getByText(/No articles yet/)).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/library-no-match.png' });
  await page.getByRole('button', { name: 'Clear the filter' }).click();
  await expect(page.getByLabel('Status')).toHaveValue('');
  await expect(page.getByRole('table', { name: 'Articles' })).toContainText('Council approves flood defences');
});

test('"← Library" stays on one line beside a long headline', async ({ galley }) => {
  const page = galley.page;
  await page.setViewportSize({ width: 640, height: 600 });
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Council approves £4m flood defences after a decade of argument over the river wall, the weir and who pays for the lot');
  const back = page.getByRole('button', { name: '← Library' });
  await expect(page.locator('.doc-title')).toContainText('Council approves');
  const box = await back.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth, height: el.getBoundingClientRect().height }));
  const single = await page.getByRole('button', { name: 'Save', exact: true }).evaluate((el) => el.getBoundingClientRect().height);
  expect(box.height, '“← Library” as high as a one-line button').toBe(single);
  expect(box.scroll).toBeLessThanOrEqual(box.client);
  await page.screenshot({ path: 'e2e/screenshots/long-headline.png' });
});
