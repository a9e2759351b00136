// The counts a sub reads on opening a story: never a count the story does not
// have. Before the first pause settles the document, the panel and the status
// bar said "0 words" for a moment on a story of hundreds.
import { expect, test } from './support/fixtures';
import { importSeed } from './support/seed';

test('a story opened from the library never shows a count it does not have, on the way to its own', async ({ galley }) => {
  const page = galley.page;
  await importSeed(page);
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 10_000 });
  await expect(page.getByTestId('word-count')).toHaveText(/^\d[\d,]*$/);
  const words = await page.getByTestId('word-count').textContent();
  expect(Number(words!.replace(/,/g, ''))).toBeGreaterThan(300);

  // Every text the two counts take from here on, noted as the page changes.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __countsSeen: string[] }).__countsSeen = seen;
    const note = () => {
      const panel = document.querySelector('[data-testid="word-count"]')?.textContent;
      const bar = document.querySelector('.statusbar span')?.textContent;
      for (const text of [panel, bar]) if (text != null && seen[seen.length - 1] !== text) seen.push(text);
    };
    new MutationObserver(note).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /^← Library/ }).click();
  await page.getByRole('button', { name: /^Open / }).first().click();
  await expect(page.getByTestId('word-count')).toHaveText(words!);
  const seen = await page.evaluate(() => (window as unknown as { __countsSeen: string[] }).__countsSeen);
  expect(seen.filter((text) => /^0( words)?$/.test(text))).toEqual([]);
  expect(seen).toContain(`${words} words`);
});
