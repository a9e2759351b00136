// Export from the editor: import the seed, open the export dialog, write
// every format this runtime offers into a temp folder, and find the files on
// disk and the article marked Exported in the library.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXPORT_FORMATS, FILE_EXTENSIONS, FORMAT_LABELS } from '../src/shared/export/formats';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SEED = resolve('..', 'shared', 'fixtures', 'seed-article.txt');
const HEADLINE = 'Communist Party of Pakistan warns Taliban victory may boost jihadist groups across the region';
const CATCHLINE = 'communist-party-pakistan';

let folder: string;
test.beforeEach(() => {
  folder = join(mkdtempSync(join(tmpdir(), 'galley-e2e-export-')), 'wire out');
});
test.afterEach(() => rmSync(resolve(folder, '..'), { recursive: true, force: true }));


/** Imports the seed by the file chooser and opens the Export dialog on it. */
async function exportDialogForSeed(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(SEED);
  await expect(page.getByLabel('Headline')).toHaveValue(HEADLINE);
  await page.getByRole('button', { name: 'Export…' }).click();
  return page.getByRole('dialog', { name: 'Export' });
}

test('exports the imported seed in every format offered, and the library shows it Exported', async ({ galley }) => {
  test.setTimeout(120_000);
  const page = galley.page;
  const dialog = await exportDialogForSeed(page);
  await expect(dialog).toBeVisible();
  // The first control has focus, and the folder is filled in from the defaults.
  await expect(dialog.getByRole('checkbox').first()).toBeFocused();
  await expect(dialog.getByLabel('Folder')).not.toHaveValue('');

  const pdf = dialog.getByRole('checkbox', { name: FORMAT_LABELS.pdf });
  const pdfOffered = await pdf.isEnabled();
  const formats = EXPORT_FORMATS.filter((f) => f !== 'pdf' || pdfOffered);
  for (const format of EXPORT_FORMATS) {
    const box = dialog.getByRole('checkbox', { name: FORMAT_LABELS[format] });
    if (formats.includes(format)) await box.check();
    else await expect(box).not.toBeChecked();
  }
  await dialog.getByLabel('Folder').fill(folder);
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();

  const report = dialog.getByRole('status');
  await expect(report).toContainText(`Exported ${formats.length} files to ${folder}`, { timeout: 60_000 });
  const expected = formats.map((f) => join(folder, `${CATCHLINE}.${FILE_EXTENSIONS[f]}`));
  await expect(dialog.getByRole('list', { name: 'Exported files' }).getByRole('listitem')).toHaveText(expected);
  expect(readdirSync(folder).sort()).toEqual(expected.map((f) => f.slice(folder.length + 1)).sort());
  for (const file of expected) expect(existsSync(file)).toBe(true);
  expect(readFileSync(join(folder, `${CATCHLINE}.nitf.xml`), 'utf8')).toContain('<hl1>');
  if (pdfOffered) expect(readFileSync(join(folder, `${CATCHLINE}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '← Library' }).click();
  const row = page.getByRole('table', { name: 'Articles' }).locator('tbody tr', { hasText: HEADLINE });
  await expect(row.locator('.status')).toHaveText('Exported');
});

test('the dialog keeps focus inside, refuses a relative folder in an alert, and closes on Escape', async ({ galley }) => {
  const page = galley.page;
  const dialog = await exportDialogForSeed(page);
  await expect(dialog.getByRole('checkbox').first()).toBeFocused();
  // Shift+Tab from the first control wraps to the last (Export), Tab from there back to the first.
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('checkbox').first()).toBeFocused();

  // Enter in the folder field exports: a relative folder is refused with the service's sentence.
  await dialog.getByLabel('Folder').fill('exports/today');
  await dialog.getByLabel('Folder').press('Enter');
  await expect(dialog.getByRole('alert')).toContainText('“exports/today” is not a full path');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Focus goes back to where it was before the dialog opened, and nothing was marked.
  await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();
  await expect(page.getByLabel('Status')).toHaveValue('subbing');
});
