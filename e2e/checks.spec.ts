// Subbing checks in the window: a sub imports copy with planted errors (a
// misspelling, "organize", "10%", "Mr.", a name spelt two ways), sees each
// underlined and listed, fixes each with one click, and the story checks
// clean and saves.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../src/shared/article/model';
import { expect, test } from './support/fixtures';

const COPY = [
  'Harbour fees to rise next year',
  '',
  'Grace Brennan, who chairs the harbour trust, said fees would rise by 10% next year.',
  '',
  'The trust will organize a meeting in the spring, Ms Brennan said.',
  '',
  'Ms Brenan said the trust would recieve the report before the meeting.',
  '',
  'Mr. Khan, a fisherman, said no one had asked him.',
  '',
].join('\n');

let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'galley-e2e-checks-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test('planted errors are underlined and listed, each fixed with one click; the story then checks clean and saves', async ({ galley }) => {
  test.setTimeout(90_000);
  const page = galley.page;
  const file = join(folder, 'harbour.txt');
  writeFileSync(file, COPY);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Harbour fees to rise next year');

  // Each planted error is underlined in the copy, in its own colour.
  const body = page.locator('.ProseMirror');
  const underline = (text: string) => body.locator('.check-mark', { hasText: text });
  await expect(underline('recieve')).toHaveClass(/check-spelling/u, { timeout: 15_000 });
  await expect(underline('organize')).toHaveClass(/check-style-error/u);
  await expect(underline('10%')).toHaveAttribute('data-rule', 'per-cent');
  await expect(underline('Mr.')).toHaveAttribute('data-rule', 'titles-no-stop');
  await expect(underline('Brenan')).toHaveClass(/check-names/u);
  await expect(body.locator('.check-mark')).toHaveCount(5);

  // …and listed in the checks panel, grouped by rule.
  await page.getByRole('tab', { name: /^Checks/u }).click();
  const list = page.getByRole('region', { name: 'Spelling and style' });
  for (const rule of ['spelling', 'ise-spellings', 'per-cent', 'titles-no-stop', 'name-spelling']) await expect(list.locator(`[data-rule="${rule}"]`)).toHaveCount(1);
  // Each group is headed by what a sub reads, the rule's id kept in its tooltip.
  const heading = (rule: string) => list.locator(`[data-rule="${rule}"] .check-group-label`);
  await expect(heading('ise-spellings')).toHaveText('-ise spellings');
  await expect(heading('ise-spellings')).toHaveAttribute('title', 'Rule: ise-spellings');
  await expect(heading('per-cent')).toHaveText('“Per cent”, not %');
  await expect(heading('name-spelling')).toHaveText('A name spelt two ways');
  await expect(list.locator('[data-rule="spelling"] .check-swatch')).toHaveClass(/check-spelling/u);
  // A misspelling's row offers its first suggestion too, asked of the worker while the panel shows it.
  await expect(list.getByRole('button', { name: 'Apply “receive” for “recieve”' })).toBeVisible();
  await page.screenshot({ path: join('test-results', 'checks-underlined.png') });

  // The misspelling from its popover, opened by the keyboard: F8 goes to the next issue.
  await body.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('F8');
  const popover = page.getByRole('dialog', { name: /^Check: /u });
  await expect(popover).toBeVisible();
  await page.screenshot({ path: join('test-results', 'checks-popover.png') });
  await popover.press('Escape');
  await expect(popover).toBeHidden();
  await underline('recieve').click();
  await expect(page.getByRole('dialog', { name: 'Check: recieve' })).toBeVisible();
  // The check itself works out no suggestions: the popover asks the worker for them as it opens.
  const suggestions = page.getByRole('dialog', { name: 'Check: recieve' }).getByRole('group', { name: 'Suggestions' });
  await expect(suggestions.getByRole('button').first()).toHaveText('receive');
  await page.screenshot({ path: join('test-results', 'checks-popover-suggestions.png') });
  await page.getByRole('dialog', { name: 'Check: recieve' }).getByRole('button', { name: 'receive', exact: true }).click();
  await expect(body).toContainText('would receive the report');

  // The rest with Apply in the list, one click each.
  for (const [text, fix] of [
    ['organize', 'organise'],
    ['10%', '10 per cent'],
    ['Mr.', 'Mr'],
    ['Brenan', 'Brennan'],
  ]) {
    await list.getByRole('button', { name: `Apply “${fix}” for “${text}”` }).click();
    await expect(underline(text)).toHaveCount(0);
  }

  await expect(body.locator('.check-mark')).toHaveCount(0);
  await expect(list).toContainText('No spelling or style problems found.');
  await expect(body).toContainText('The trust will organise a meeting');
  await expect(body).toContainText('rise by 10 per cent next year');
  await expect(body).toContainText('Ms Brennan said the trust would receive');
  await expect(body).toContainText('Mr Khan, a fisherman');

  // Saved as fixed.
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/u, { timeout: 10_000 });
  const id = page.url().match(/[0-9a-f-]{36}/u)?.[0];
  const saved = JSON.parse(readFileSync(join(galley.library, 'articles', `${id}.json`), 'utf8')) as Article;
  const text = JSON.stringify(saved.body);
  expect(text).toContain('organise');
  expect(text).toContain('10 per cent');
  expect(text).not.toContain('Brenan');
  expect(text).not.toContain('recieve');
});

test('Apply all fixes every match of a rule in one undoable step; a dismissed rule stays dismissed in the story; a word added to the desk dictionary is not flagged again', async ({ galley }) => {
  test.setTimeout(90_000);
  const page = galley.page;
  const file = join(folder, 'among.txt');
  writeFileSync(file, 'Talks amongst unions\n\nThey met amongst friends and amongst rivals, Qwertyx said.\n\nThe Government said no-one would lose out.\n');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Talks amongst unions');
  await page.getByRole('tab', { name: /^Checks/u }).click();
  const list = page.getByRole('region', { name: 'Spelling and style' });
  const among = list.locator('[data-rule="among"]');
  // Two in the body and one in the headline: one row for the word, with its count (the group still counts three).
  await expect(among.getByRole('listitem')).toHaveCount(1, { timeout: 15_000 });
  await expect(among.locator('.check-where')).toHaveText('“amongst” ×3 → “among”');
  await expect(among.locator('.check-group-head')).toContainText('3');
  await among.getByRole('button', { name: 'Apply all' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Talks among unions');
  const body = page.locator('.ProseMirror');
  await expect(body).toContainText('They met among friends and among rivals');
  // One undo takes back both body fixes at once.
  await body.click();
  await page.keyboard.press('Control+z');
  await expect(body).toContainText('They met amongst friends and amongst rivals');

  await list.locator('[data-rule="the-government-lower-case"]').getByRole('button', { name: 'Dismiss' }).click();
  await expect(list.locator('[data-rule="the-government-lower-case"]')).toHaveCount(0);
  await expect(body.locator('.check-mark[data-rule="the-government-lower-case"]')).toHaveCount(0);

  // A name the dictionary lacks is listed (not underlined); from the list its popover adds it to the desk dictionary.
  const name = list.locator('[data-rule="spelling-name"]');
  await expect(body.locator('.check-mark', { hasText: 'Qwertyx' })).toHaveCount(0);
  // Its group has a swatch of its own, not the misspellings' red.
  await expect(name.locator('.check-swatch')).toHaveClass(/check-unknown-name/u);
  await expect(name.locator('.check-group-label')).toHaveText('Names not in the dictionary');
  await name.getByRole('button', { name: /Qwertyx/u }).click();
  await page.getByRole('dialog', { name: 'Check: Qwertyx' }).getByRole('button', { name: 'Add to desk dictionary' }).click();
  await expect(name).toHaveCount(0);
  await expect.poll(() => readFileSync(join(galley.library, 'desk-dictionary.txt'), 'utf8')).toContain('Qwertyx\n');

  // Opened again, the dismissed rule is still dismissed and the other rules still run.
  await page.reload();
  await page.getByRole('tab', { name: /^Checks/u }).click();
  await expect(list.locator('[data-rule="no-one"]')).toHaveCount(1, { timeout: 15_000 });
  await expect(list.locator('[data-rule="the-government-lower-case"]')).toHaveCount(0);
});
