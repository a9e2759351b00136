// The shared seed article, imported through the library's file chooser as a sub would.
import { expect, type Page } from '@playwright/test';
import { resolve } from 'node:path';

/** The real article as it reaches a sub (../shared/fixtures). */
export const SEED = resolve('..', 'shared', 'fixtures', 'seed-article.txt');

/** Imports the seed by the Import… button and waits until its thirteen paragraphs are in the editor. */
export async function importSeed(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(SEED);
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(13);
}
