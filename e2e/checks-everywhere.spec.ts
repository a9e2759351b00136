// A misspelling written more than once is put right everywhere in one click
// (from its row in the checks panel, or with the suggestion chosen in its
// popover), in one undoable step; and a species name is listed under a
// heading of its own, not among the names of people.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';

const COPY = [
  'Trust to review harbour fees',
  '',
  'The trust recieved the report on Monday and recieved a second one on Friday.',
  '',
  'Tests found V. cholerae in two samples, a fisherman said.',
  '',
  'Officials said they recieved no complaints about the acommodation.',
  '',
].join('\n');

let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'galley-e2e-checks-everywhere-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('a misspelling written three times is put right everywhere in one undoable step, from the list or the popover; a species name has its own heading', async ({ galley }) => {
  test.setTimeout(90_000);
  const page = galley.page;
  const file = join(folder, 'trust.txt');
  writeFileSync(file, COPY);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Trust to review harbour fees');
  const body = page.locator('.ProseMirror');
  const misspelt = body.locator('.check-mark', { hasText: 'recieved' });
  await expect(misspelt).toHaveCount(3, { timeout: 15_000 });

  await page.getByRole('tab', { name: /^Checks/u }).click();
  const list = page.getByRole('region', { name: 'Spelling and style' });
  const spelling = list.locator('[data-rule="spelling"]');
  // Each of the three rows offers all three at once; the misspelling written once does not.
  await expect(spelling.getByRole('button', { name: 'Apply “received” for all 3 “recieved”' })).toHaveCount(3);
  await expect(spelling.getByRole('button', { name: /for “acommodation”$/u })).toHaveCount(1);
  await expect(spelling.getByRole('button', { name: /for all \d+ “acommodation”/u })).toHaveCount(0);

  // The species name is listed apart from people's names, and not underlined.
  const species = list.locator('[data-rule="spelling-species"]');
  await expect(species.locator('.check-group-label')).toHaveText('Species names not in the dictionary');
  await expect(species.getByRole('button', { name: /cholerae/u })).toHaveAttribute('title', /species name/u);
  await expect(list.locator('[data-rule="spelling-name"]')).toHaveCount(0);
  await expect(body.locator('.check-mark', { hasText: 'cholerae' })).toHaveCount(0);
  await page.screenshot({ path: join('test-results', 'checks-everywhere-list.png') });

  await spelling.getByRole('button', { name: 'Apply “received” for all 3 “recieved”' }).first().click();
  await expect(body).toContainText('The trust received the report on Monday and received a second one on Friday.');
  await expect(body).toContainText('Officials said they received no complaints');
  await expect(misspelt).toHaveCount(0);
  // The misspelling written once is still there, still flagged.
  await expect(body.locator('.check-mark', { hasText: 'acommodation' })).toHaveCount(1);

  // One undo takes back all three.
  await body.click();
  await page.keyboard.press('Control+z');
  await expect(body).toContainText('The trust recieved the report on Monday and recieved a second one on Friday.');
  await expect(body).toContainText('Officials said they recieved no complaints');
  await expect(misspelt).toHaveCount(3, { timeout: 15_000 });

  // From the popover: the suggestion the sub chooses, for all three.
  await misspelt.nth(1).click();
  const popover = page.getByRole('dialog', { name: 'Check: recieved' });
  const forAll = popover.getByRole('group', { name: 'Suggestions for all 3' });
  await expect(forAll.getByRole('button').first()).toHaveText('received');
  await page.screenshot({ path: join('test-results', 'checks-everywhere-popover.png') });
  await forAll.getByRole('button', { name: '“received” for all 3 “recieved”' }).click();
  await expect(popover).toBeHidden();
  await expect(misspelt).toHaveCount(0);
  await expect(body).not.toContainText('recieved');
  await expect(body).toContainText('Officials said they received no complaints');
});
