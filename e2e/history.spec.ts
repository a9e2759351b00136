// A sub's day with one story: imports the copy, works on it over several
// kept versions, compares with the filed copy and sees each change, puts one
// change back and then a whole revision; then suggests changes, takes some
// and leaves two for the reporter, in the DOCX as Word tracked changes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeletedTextRun, Document, HeadingLevel, InsertedTextRun, Packer, Paragraph, TextRun } from 'docx';
import { FORMAT_LABELS } from '../src/shared/export/formats';
import { expect, test } from './support/fixtures';

const COPY = [
  'Ferry service resumes after pier repairs',
  '',
  'The island ferry will run again from Monday, the operator said on Friday.',
  '',
  '“The pier is safe again and the timetable is back to normal,” said harbour master Ann Qazi.',
  '',
  'Repairs to the pier took six weeks and cost £2m.',
  '',
  'Passengers were carried by a chartered boat in the meantime.',
].join('\n');

test('a sub compares the story with its filed copy, puts back one change and then a whole revision', async ({ galley }) => {
  const page = galley.page;
  await page.getByLabel('Import file').setInputFiles({ name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(COPY) });
  const body = page.getByRole('textbox', { name: 'Body' });
  const paragraphs = body.locator('p');
  await expect(paragraphs.first()).toHaveText(/The island ferry will run again from Monday/);
  const headline = page.locator('.headline-input');
  const saved = page.getByRole('status', { name: 'Save state' });

  // First pass: a sharper headline, a word cut from the intro, kept as a named version.
  await headline.fill('Island ferry back on Monday');
  await paragraphs.first().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('End');
  for (let i = 0; i < ' on Friday.'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saved).toHaveText(/Saved/);

  await page.getByRole('button', { name: 'History' }).click();
  const panel = page.getByRole('dialog', { name: 'History' });
  await panel.getByLabel('Name for this version').fill('first pass');
  await panel.getByRole('button', { name: 'Keep this version' }).click();
  await expect(panel.getByRole('list', { name: 'Revisions' }).locator('li')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Close history' }).click();

  // Second pass: the last paragraph cut, the cost changed.
  await paragraphs.last().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(paragraphs).toHaveCount(3);
  await paragraphs.nth(2).click();
  await page.keyboard.press('End');
  await page.keyboard.press('ControlOrMeta+Shift+ArrowLeft');
  await page.keyboard.press('ControlOrMeta+Shift+ArrowLeft');
  await page.keyboard.type('2.4m.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(saved).toHaveText(/Saved/);

  await page.getByRole('button', { name: 'History' }).click();
  await panel.getByRole('button', { name: 'Compare with filed copy' }).click();
  // The headline, word by word: what the filed copy said struck through, the sub's words marked in.
  const headlineChange = panel.getByRole('definition').first();
  await expect(headlineChange.locator('del')).toHaveText(['Ferry', 'service resumes after pier repairs']);
  await expect(headlineChange.locator('ins')).toHaveText(['Island ferry', 'back on Monday']);
  const changes = panel.getByRole('list', { name: 'Changes in the body' }).locator('li');
  await expect(changes).toHaveCount(3);
  await expect(changes.nth(0).locator('del')).toHaveText(/on Friday/);
  await expect(changes.nth(1).locator('ins')).toHaveText('.4');
  await expect(changes.nth(1).locator('del')).toHaveCount(0);
  await expect(changes.nth(2).locator('del')).toHaveText('Passengers were carried by a chartered boat in the meantime.');
  // Inline, in the copy: the words taken out struck through where they stood, the new ones marked.
  const inline = panel.getByRole('document');
  await expect(inline.locator('del.history-del')).toHaveCount(2);
  await expect(inline.locator('.history-ins')).toHaveText(['.4']);
  await page.screenshot({ path: 'test-results/history-inline.png' });
  await panel.getByRole('button', { name: 'Side by side' }).click();
  await expect(panel.getByRole('document')).toHaveCount(2);
  await page.screenshot({ path: 'test-results/history-side-by-side.png' });

  // One change put back: the intro ends "on Friday." again, the rest stays as subbed.
  await panel.getByRole('button', { name: 'Put back change 1' }).click();
  await expect(paragraphs.first()).toHaveText('The island ferry will run again from Monday, the operator said on Friday.');
  await expect(paragraphs).toHaveCount(3);
  await expect(changes).toHaveCount(2);

  // The whole filed copy back: headline and body as filed, kept as a revision restored from it.
  await panel.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(headline).toHaveValue('Ferry service resumes after pier repairs');
  await expect(paragraphs).toHaveCount(4);
  await expect(paragraphs.last()).toHaveText('Passengers were carried by a chartered boat in the meantime.');
  const rows = panel.getByRole('list', { name: 'Revisions' }).locator('li');
  await expect(rows.first()).toContainText('restored from revision 1');
  await expect(changes).toHaveCount(0);
  await expect(panel.getByText('No changes.')).toBeVisible();

  // One undo takes the whole restore out again.
  await panel.getByRole('button', { name: 'Undo restore' }).click();
  await expect(headline).toHaveValue('Island ferry back on Monday');
  await expect(paragraphs).toHaveCount(3);
});

// Exports go under the library's exports root; the page names only a subfolder of it.
const EXPORTS = mkdtempSync(join(tmpdir(), 'galley-e2e-suggestions-'));
test.use({ libraryFiles: { 'settings.json': JSON.stringify({ exportsRoot: EXPORTS }) } });

test('a sub suggests changes, rejects one and accepts the rest, and exports DOCX whose tracked changes pandoc reads back', async ({ galley }) => {
  test.setTimeout(120_000);
  const page = galley.page;
  await page.getByLabel('Import file').setInputFiles({ name: 'ferry.txt', mimeType: 'text/plain', buffer: Buffer.from(COPY) });
  const body = page.getByRole('textbox', { name: 'Body' });
  const paragraphs = body.locator('p');
  await expect(paragraphs.first()).toHaveText(/The island ferry will run again from Monday/);

  // The quote tagged to its speaker first, as a sub would.
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('button', { name: 'Detect quotes' }).click();
  const detected = page.getByRole('region', { name: 'Suggested quotes' });
  await expect(detected.getByRole('listitem')).toHaveCount(1);
  await detected.getByRole('button', { name: 'Accept all' }).click();
  const quote = body.locator('.quote-mark');
  await expect(quote).toHaveCount(1);
  await quote.click();
  await expect(body).toBeFocused();
  await page.getByRole('button', { name: '“Q” Tag quote', exact: true }).click();
  const picker = page.getByRole('dialog', { name: 'Retag quote' });
  await expect(picker.getByRole('combobox', { name: 'Speaker' })).toBeFocused();
  await page.keyboard.type('Ann Qazi');
  await picker.getByRole('option', { name: /New speaker “Ann Qazi”/ }).click();
  await expect(quote).toHaveAttribute('data-speaker-id', /.+/);
  const speakerId = await quote.getAttribute('data-speaker-id');

  // Suggestion mode by its shortcut; three edits: a word put in, a word taken out, a word put in inside the quote.
  // Clicked on each paragraph's first line, so Home goes to its start however the column wraps it.
  await paragraphs.first().click({ position: { x: 2, y: 4 } });
  await expect(body).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Shift+E');
  await expect(page.getByRole('button', { name: 'Suggest' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Home');
  for (let i = 0; i < 'The island'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type(' passenger');
  await paragraphs.nth(2).click();
  await page.keyboard.press('End');
  for (let i = 0; i < ' and cost £2m.'.length; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < ' six weeks'.length; i++) await page.keyboard.press('Backspace');
  await paragraphs.nth(1).click({ position: { x: 2, y: 4 } });
  await page.keyboard.press('Home');
  for (let i = 0; i < '“The pier is'.length; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.type(' now');

  // Nothing is taken out yet: the words suggested out stay in the copy, struck through.
  await expect(paragraphs.first()).toHaveText('The island passenger ferry will run again from Monday, the operator said on Friday.');
  await expect(paragraphs.nth(2)).toHaveText('Repairs to the pier took six weeks and cost £2m.');
  await expect(body.locator('del.suggestion-deletion')).toHaveText(' six weeks');
  // The word put in inside the quote is still part of the quote, with its speaker.
  await expect(body.locator(`.quote-mark[data-speaker-id="${speakerId}"] ins.suggestion-insertion`)).toHaveText(' now');

  await page.getByRole('button', { name: /^Changes/ }).click();
  const changes = page.getByRole('region', { name: 'Changes' });
  const items = changes.getByRole('list', { name: 'Suggestions' }).locator('li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(1)).toContainText('(in a quote)');
  await page.screenshot({ path: 'test-results/suggestions.png' });

  // Reject the cut: the words stay; accept the rest: one step each.
  await changes.getByRole('button', { name: 'Reject deleted “ six weeks”' }).click();
  await expect(items).toHaveCount(2);
  await expect(body.locator('del.suggestion-deletion')).toHaveCount(0);
  await expect(paragraphs.nth(2)).toHaveText('Repairs to the pier took six weeks and cost £2m.');
  await changes.getByRole('button', { name: 'Accept all' }).click();
  await expect(items).toHaveCount(0);
  await expect(body.locator('ins.suggestion-insertion')).toHaveCount(0);
  await expect(paragraphs.first()).toHaveText('The island passenger ferry will run again from Monday, the operator said on Friday.');
  await expect(paragraphs.nth(1)).toHaveText(/^“The pier is now safe again/);

  // Two more suggestions, left for the reporter: they go to DOCX as Word tracked changes.
  await paragraphs.last().click();
  await page.keyboard.press('End');
  for (let i = 0; i < ' boat in the meantime.'.length; i++) await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 'chartered'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('hired');
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/Saved/);

  const folder = join(EXPORTS, 'suggestions');
  try {
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await expect(dialog.getByRole('note', { name: 'Unresolved suggestions' })).toContainText('2 suggestions are not yet accepted or rejected');
    for (const box of await dialog.getByRole('checkbox').all()) if (await box.isChecked()) await box.uncheck();
    await dialog.getByRole('checkbox', { name: FORMAT_LABELS.docx }).check();
    await dialog.getByRole('checkbox', { name: FORMAT_LABELS.txt }).check();
    await dialog.getByLabel('Subfolder').fill('suggestions');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText('Exported 2 files', { timeout: 60_000 });
    const docx = join(folder, readdirSync(folder).find((f) => f.endsWith('.docx'))!);
    const tracked = execFileSync('pandoc', ['-f', 'docx', '--track-changes=all', '-t', 'native', docx], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(tracked).toMatch(/Span \( "" , \[ "deletion" \] , \[ \( "author" , "[^"]+" \) , \( "date" , "\d{4}-[^"]+" \) \] \) \[ Str "chartered" \]/);
    expect(tracked).toMatch(/Span \( "" , \[ "insertion" \] , \[ \( "author" , "[^"]+" \) , \( "date" , "\d{4}-[^"]+" \) \] \) \[ Str "hired" \]/);
    const rejected = execFileSync('pandoc', ['-f', 'docx', '--track-changes=reject', '-t', 'plain', '--wrap=none', docx], { encoding: 'utf8' });
    expect(rejected).toContain('Passengers were carried by a chartered boat in the meantime.');
    // Every other format carries the copy as it stands before the suggestions are taken.
    const text = readFileSync(join(folder, readdirSync(folder).find((f) => f.endsWith('.txt'))!), 'utf8');
    expect(text).toContain('Passengers were carried by a chartered boat in the meantime.');
    expect(text).toContain('The island passenger ferry');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a reporter’s Word file with tracked changes arrives with them as suggestions, and the sub accepts one and rejects another', async ({ galley }) => {
  const page = galley.page;
  const ROSA = { author: 'Rosa Lind', date: '2026-03-02T09:15:00Z' };
  const TOM = { author: 'Tom Ashe', date: '2026-03-02T10:40:00Z' };
  const word = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Ferry service resumes after pier repairs', heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new TextRun('The island ferry will run again from '),
              new DeletedTextRun({ text: 'Tuesday', id: 1, ...ROSA }),
              new InsertedTextRun({ text: 'Monday', id: 2, ...ROSA }),
              new TextRun(', the operator said.'),
            ],
          }),
          new Paragraph({ children: [new TextRun('Repairs to the pier took six weeks'), new InsertedTextRun({ text: ' and cost £2m', id: 3, ...TOM }), new TextRun('.')] }),
        ],
      },
    ],
  });
  await page.getByLabel('Import file').setInputFiles({
    name: 'ferry.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await Packer.toBuffer(word),
  });
  const body = page.getByRole('textbox', { name: 'Body' });
  const paragraphs = body.locator('p');
  await expect(page.getByRole('region', { name: 'Import report' })).toContainText('This Word file had 3 tracked changes; they are kept as suggestions.');
  // Nothing accepted or dropped on the way in: the deleted word is there, struck through.
  await expect(paragraphs.first()).toHaveText('The island ferry will run again from TuesdayMonday, the operator said.');
  await expect(body.locator('del.suggestion-deletion')).toHaveText('Tuesday');
  await expect(body.locator('ins.suggestion-insertion')).toHaveText(['Monday', ' and cost £2m']);

  await page.getByRole('button', { name: /^Changes/ }).click();
  const changes = page.getByRole('region', { name: 'Changes' });
  const items = changes.getByRole('list', { name: 'Suggestions' }).locator('li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Rosa Lind');
  await expect(items.nth(2)).toContainText('Tom Ashe');
  await page.screenshot({ path: 'test-results/tracked-import.png' });

  await changes.getByRole('button', { name: 'Accept deleted “Tuesday”' }).click();
  await expect(items).toHaveCount(2);
  await changes.getByRole('button', { name: 'Reject inserted “ and cost £2m”' }).click();
  await expect(items).toHaveCount(1);
  await expect(paragraphs.first()).toHaveText('The island ferry will run again from Monday, the operator said.');
  await expect(paragraphs.nth(1)).toHaveText('Repairs to the pier took six weeks.');
  await expect(body.locator('ins.suggestion-insertion')).toHaveText('Monday');
});
