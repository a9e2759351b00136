// A misspelling written more than once is put right everywhere in one click
// (from its row in the checks panel, or with the suggestion chosen in its
// popover), in one undoable step; a species name is listed under a heading
// of its own, not among the names of people; and a name or word flagged again
// and again is one row with its count, which walks its mentions one by one.
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
  // The word written three times is one row, which offers all three at once; the misspelling written once does not.
  await expect(spelling.locator('.check-where', { hasText: 'recieved' })).toHaveCount(1);
  await expect(spelling.locator('.check-where', { hasText: 'recieved' })).toContainText('“recieved” ×3');
  await expect(spelling.getByRole('button', { name: 'Apply “received” for all 3 “recieved”' })).toHaveCount(1);
  await expect(spelling.getByRole('button', { name: /for “acommodation”$/u })).toHaveCount(1);
  await expect(spelling.getByRole('button', { name: /for all \d+ “acommodation”/u })).toHaveCount(0);

  // The species name is listed apart from people's names, and not underlined.
  const species = list.locator('[data-rule="spelling-species"]');
  await expect(species.locator('.check-group-label')).toHaveText('Species names not in the dictionary');
  await expect(species.getByRole('button', { name: /cholerae/u })).toHaveAttribute('title', /species name/u);
  await expect(list.locator('[data-rule="spelling-name"]')).toHaveCount(0);
  await expect(body.locator('.check-mark', { hasText: 'cholerae' })).toHaveCount(0);
  await page.screenshot({ path: join('test-results', 'checks-everywhere-list.png') });

  await spelling.getByRole('button', { name: 'Apply “received” for all 3 “recieved”' }).click();
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

const REPEATS = [
  'Harbour trust names its chair',
  '',
  'Imdad Qazi said the trust recieved the report. Mr Qazi said it came late.',
  '',
  'The trust recieved a second report, Mr Qazi said, and recieved a third.',
  '',
].join('\n');

test('a name or misspelling flagged again and again is one row with its count, which goes to each mention in turn (mouse and keyboard); F8 still walks every one', async ({ galley }) => {
  test.setTimeout(90_000);
  const page = galley.page;
  const file = join(folder, 'chair.txt');
  writeFileSync(file, REPEATS);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Harbour trust names its chair');
  const body = page.locator('.ProseMirror');
  await expect(body.locator('.check-mark', { hasText: 'recieved' })).toHaveCount(3, { timeout: 15_000 });
  await page.getByRole('tab', { name: /^Checks/u }).click();
  const list = page.getByRole('region', { name: 'Spelling and style' });

  // One row per name, with its count; one per misspelling, with All 3 once.
  const names = list.locator('[data-rule="spelling-name"]');
  await expect(names.locator('.check-where')).toHaveText(['“Imdad”', '“Qazi” ×3']);
  await expect(names.locator('.check-where', { hasText: 'Qazi' })).toHaveAccessibleDescription('3 times: go to the first');
  await expect(names.locator('.check-group-head')).toContainText('4');
  const spelling = list.locator('[data-rule="spelling"]');
  await expect(spelling.locator('.check-where')).toHaveCount(1);
  await expect(spelling.locator('.check-where')).toHaveText('“recieved” ×3 → “received”');
  await expect(spelling.getByRole('button', { name: /^Apply “received” for all 3 “recieved”$/u })).toHaveCount(1);
  await page.screenshot({ path: join('test-results', 'checks-repeats-light.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: join('test-results', 'checks-repeats-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Where the editor's selection starts in the body's text, and what it holds.
  const selection = () =>
    page.evaluate(() => {
      const s = getSelection()!;
      const range = document.createRange();
      range.setStart(document.querySelector('.ProseMirror')!, 0);
      range.setEnd(s.anchorNode!, s.anchorOffset);
      return `${range.toString().length}:${s.toString()}`;
    });
  const text = (await body.textContent())!;
  const at = (word: string, n: number) => {
    let i = -1;
    for (let k = 0; k <= n; k++) i = text.indexOf(word, i + 1);
    return `${i}:${word}`;
  };
  const qazi = names.locator('.check-where', { hasText: 'Qazi' });
  // By mouse: the first mention, then the next.
  await qazi.click();
  await expect.poll(selection).toBe(at('Qazi', 0));
  await expect(qazi).toHaveText('“Qazi” 1/3');
  await qazi.click();
  await expect.poll(selection).toBe(at('Qazi', 1));
  // By keyboard: the row's button, Enter, the next again; after the last, the first.
  await qazi.focus();
  await page.keyboard.press('Enter');
  await expect.poll(selection).toBe(at('Qazi', 2));
  await expect(qazi).toHaveAccessibleName('“Qazi” 3/3');
  await expect(qazi).toHaveAccessibleDescription('3 of 3: go to the next');
  await qazi.focus();
  await page.keyboard.press('Enter');
  await expect.poll(selection).toBe(at('Qazi', 0));

  // The next-issue key still walks every mention of the misspelling, one after another.
  await body.click();
  await page.keyboard.press('Control+Home');
  const popover = page.getByRole('dialog', { name: 'Check: recieved' });
  for (let n = 0; n < 3; n++) {
    await page.keyboard.press('F8');
    await expect(popover).toBeVisible();
    await expect.poll(selection).toBe(at('recieved', n));
    await popover.press('Escape');
    await expect(popover).toBeHidden();
    await expect(body).toBeFocused();
  }

  // Apply on the row puts right the mention last gone to; the row then counts two.
  const row = spelling.locator('.check-match');
  await row.locator('.check-where').click();
  await row.locator('.check-where').click();
  await expect.poll(selection).toBe(at('recieved', 1));
  await row.getByRole('button', { name: 'Apply “received” for “recieved” (2 of 3)' }).click();
  await expect(body).toContainText('The trust received a second report');
  await expect(body).toContainText('Imdad Qazi said the trust recieved the report');
  await expect(spelling.locator('.check-where')).toHaveText(/^“recieved” (?:×2|\d\/2) → “received”$/u, { timeout: 15_000 });
});
