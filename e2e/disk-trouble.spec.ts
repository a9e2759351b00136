// A library folder that suddenly refuses writes (made immutable with chattr,
// which stops even root): the sub is told why, keeps the text, gets it back
// after a reload from the recovery journal, and saving resumes by itself.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

const immutable = (path: string, on: boolean) => execFileSync('chattr', [on ? '+i' : '-i', path]);

test('a failing disk loses no words', async ({ galley }) => {
  let page = galley.page;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Harbour wall');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await expect(body).toBeFocused();
  await page.keyboard.type('Saved before the trouble.');
  const saveState = page.getByRole('status', { name: 'Save state' });
  await expect(saveState).toHaveText(/^Saved/);

  const articles = join(galley.library, 'articles');
  immutable(articles, true);
  try {
    await page.keyboard.type(' Typed while the disk refuses writes.');
    await expect(saveState).toHaveText(/^Not saved: .*(permission denied|read-only)/i);
    await expect(body).toContainText('Typed while the disk refuses writes.');

    // The window goes away and comes back: the journal offers the unsaved words.
    await page.reload();
    page = galley.page;
    await expect(page.getByRole('alert', { name: 'Recovered text' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Body' })).not.toContainText('Typed while the disk refuses writes.');
    await page.getByRole('button', { name: 'Restore it' }).click();
    await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('Saved before the trouble. Typed while the disk refuses writes.');
    await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Not saved/);
  } finally {
    immutable(articles, false);
  }
  // The trouble is over: the retry saves without the sub doing anything.
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 15_000 });
  const file = readdirSync(articles).find((n) => n.endsWith('.json'))!;
  expect(readFileSync(join(articles, file), 'utf8')).toContain('Typed while the disk refuses writes.');
});
