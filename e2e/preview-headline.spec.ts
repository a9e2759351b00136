// A headline deeper than its slot: with the seed's long headline in a
// shallow slot (two broadsheet columns, 4 cm deep) it runs to five lines and
// past the slot's foot. The paper grows to hold it, the band past the foot is
// marked, copyfit says the headline alone overruns the slot, and every word of
// copy is overmatter, struck through in the editor.
import { expect, test } from './support/fixtures';
import { importSeed } from './support/seed';

test('a headline that runs past a shallow slot is held on the paper, marked, and named as the reason', async ({ galley }) => {
  const page = galley.page;
  await page.setViewportSize({ width: 1400, height: 900 });
  await importSeed(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  const pane = page.getByRole('region', { name: 'Preview' });
  await pane.getByLabel('Layout').selectOption('broadsheet');
  const status = pane.getByRole('status', { name: 'Copyfit' });
  await pane.getByLabel('Columns').fill('2');
  await pane.getByLabel('Depth').fill('4');
  await expect(status).toHaveAttribute('title', /2 col × 4 cm$/);
  await expect(status).not.toHaveAttribute('aria-busy', 'true');

  await expect(status).toHaveText(/^the headline alone runs \d+ lines? past the slot \(\d+ words over\)$/);
  await expect(pane.getByRole('alert')).toContainText('The headline runs to 5 lines');
  const band = pane.locator('.preview-head-overrun');
  await expect(band).toBeVisible();
  await expect(band).toHaveText('Headline past the slot');

  // The paper holds the whole headline; the band starts at the slot's foot and reaches the head's end.
  const paper = (await pane.locator('.preview-paper').boundingBox())!;
  const headline = (await pane.locator('.gp-headline').boundingBox())!;
  const slot = (await pane.locator('.gp').boundingBox())!;
  const bandBox = (await band.boundingBox())!;
  expect(headline.y + headline.height).toBeLessThanOrEqual(paper.y + paper.height);
  expect(Math.abs(bandBox.y - (slot.y + slot.height))).toBeLessThan(2);
  expect(bandBox.y + bandBox.height).toBeGreaterThanOrEqual(headline.y + headline.height - 2);
  expect(bandBox.y + bandBox.height).toBeLessThanOrEqual(paper.y + paper.height);

  // All the copy is over: the editor strikes it from the intro's first word.
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('.overmatter-from, .overmatter').first()).toBeVisible();
  const words = Number(/\((\d+) words over\)/.exec((await status.textContent())!)![1]);
  expect(words).toBeGreaterThan(350);
  await pane.screenshot({ path: test.info().outputPath('headline-past-slot.png') });

  // Deep enough, and the headline is inside the slot again: no band, an ordinary figure.
  await pane.getByLabel('Depth').fill('40');
  await expect(status).toHaveAttribute('title', /2 col × 40 cm$/);
  await expect(status).toHaveText(/^(fits|short by \d+ lines?|over by \d+ lines? \(\d+ words?\))$/);
  await expect(band).toHaveCount(0);
});
