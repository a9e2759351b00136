// An interview published as a transcript (issue 15: answers in Q&A
// interviews): no quotation marks, each paragraph opened by its speaker's
// label. Detection suggests every turn, the answers as the interviewee's.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SURNAMES } from '../test/quotes/transcript-story';
import { expect, test } from './support/fixtures';

// The headline stands apart from the copy by a blank line more, as a reporter's file has it.
const TRANSCRIPT = [SURNAMES[0], '', ...SURNAMES.slice(1)].join('\n\n');

test('a transcript’s answers are suggested and tagged as the interviewee’s quotes, the questions as the publication’s', async ({ galley }, info) => {
  const page = galley.page;
  const file = join(await mkdtemp(join(tmpdir(), 'galley-e2e-transcript-')), 'footbridge.txt');
  await writeFile(file, TRANSCRIPT);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Six years on, the Danube footbridge opens');

  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('button', { name: 'Detect quotes' }).click();
  const suggested = page.getByRole('region', { name: 'Suggested quotes' });
  const items = suggested.getByRole('listitem');
  await expect(items).toHaveCount(4);
  await expect(items.filter({ hasText: 'we thought it would take three' })).toContainText('Ioana Petrescu');
  await expect(items.filter({ hasText: 'What comes next?' })).toContainText('NewsCommons · Publication');
  await page.screenshot({ path: info.outputPath('transcript-suggested.png') });

  await suggested.getByRole('button', { name: 'Accept all' }).click();
  const tagged = page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem');
  await expect(tagged).toHaveCount(4);
  await expect(tagged.filter({ hasText: 'A rest, I hope' }).locator('.quote-speaker')).toHaveText('Ioana Petrescu');
  await expect(tagged.filter({ hasText: 'The river had other ideas' }).locator('.quote-speaker')).toHaveText('Ioana Petrescu');
  await expect(tagged.filter({ hasText: 'Why did it take so long?' }).locator('.quote-speaker')).toHaveText('NewsCommons · Publication');

  // The marks cover the words after each label, the continuation paragraph too, and never a label or the narrative.
  const body = page.getByRole('textbox', { name: 'Body' });
  const marked = await body.locator('.quote-mark').allTextContents();
  expect(marked).toEqual([
    'Six years is a long time. Why did it take so long?',
    'Honestly, we thought it would take three. The river had other ideas.',
    'The silt moved every winter, and every winter we redrew the piers.',
    'What comes next?',
    'A rest, I hope. Then the rail link.',
  ]);
  await expect(page.getByRole('region', { name: 'Speakers quoted' })).toContainText('Ioana Petrescu2');
  await page.screenshot({ path: info.outputPath('transcript-tagged.png') });

  // A turn has no quotation marks to balance, and its label is not a reference in the wrong form.
  await page.getByRole('tab', { name: 'Checks' }).click();
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks).toBeVisible();
  await expect(checks).not.toContainText('never closes');
  await expect(checks).not.toContainText('never named');
  await expect(checks).not.toContainText('“Petrescu” should be');
});
