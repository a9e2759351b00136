// The desk switches its spelling between British and American English while
// a window is open: a story opened after the switch must offer the new
// dictionary's suggestions, not the ones the window kept for the same word.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'galley-e2e-checks-locale-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('after the desk switches to American English, a misspelling’s suggestions come from the American dictionary', async ({ galley }) => {
  test.setTimeout(90_000);
  const page = galley.page;
  const file = join(folder, 'harbour.txt');
  writeFileSync(file, 'Fees to rise\n\nThe harbur trust met on Monday.\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Fees to rise');

  const body = page.locator('.ProseMirror');
  const underline = body.locator('.check-mark', { hasText: 'harbur' });
  await expect(underline).toHaveClass(/check-spelling/u, { timeout: 15_000 });
  await underline.click();
  const suggestions = page.getByRole('dialog', { name: 'Check: harbur' }).getByRole('group', { name: 'Suggestions' });
  await expect(suggestions.getByRole('button').first()).toHaveText('harbour');
  await page.keyboard.press('Escape');

  // The desk's setting changes on disk (another window, or the command line, as a desk would).
  writeFileSync(join(galley.library, 'settings.json'), JSON.stringify({ spellingLocale: 'en-US' }));
  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('table', { name: 'Articles' }).getByText('Fees to rise').dblclick();
  await expect(underline).toHaveClass(/check-spelling/u, { timeout: 15_000 });
  await underline.click();
  await expect(suggestions.getByRole('button').first()).toHaveText('harbor');
  await expect(suggestions.getByRole('button', { name: 'harbour', exact: true })).toHaveCount(0);
});
