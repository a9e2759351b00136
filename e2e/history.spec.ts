// A sub's day with one story: imports the copy, works on it over several
// kept versions, compares with the filed copy and sees each change, puts one
// change back and then a whole revision.
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
