// Export from the editor: import the seed, open the export dialog, write
// every format this runtime offers into a subfolder of the exports root (set
// in the library's settings.json, as a desk would), and find the files on
// disk and the article marked Exported in the library. Then the bad days: a
// root that cannot be made, a subfolder that climbs out, a story over its
// slot, and a sub who cancels while the PDF prints.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EXPORT_FORMATS, FILE_EXTENSIONS, FORMAT_LABELS } from '../src/shared/export/formats';
import { OVERMATTER_MARK } from '../src/shared/layout/print-document';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SEED = resolve('..', 'shared', 'fixtures', 'seed-article.txt');
const HEADLINE = 'Communist Party of Pakistan warns Taliban victory may boost jihadist groups across the region';
const CATCHLINE = 'communist-party-pakistan';
const MANIFEST = '.galley-exports.json';

// One exports root for this file's run, named in each test library's settings.
const EXPORTS = mkdtempSync(join(tmpdir(), 'galley-e2e-exports-'));
const settingsWithRoot = (exportsRoot: string) => ({ 'settings.json': JSON.stringify({ exportsRoot }) });
// The desktop app does not read its root from the settings (the sub picks folders in the system's dialog):
// there the root comes from GALLEY_EXPORTS, which the app inherits from this process.
process.env.GALLEY_EXPORTS = EXPORTS;
test.afterAll(() => rmSync(EXPORTS, { recursive: true, force: true }));

/** Imports a file by the file chooser and opens the Export dialog on it. */
async function exportDialogFor(page: Page, file = SEED, headline = HEADLINE) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue(headline);
  await page.getByRole('button', { name: 'Export…' }).click();
  return page.getByRole('dialog', { name: 'Export' });
}

/** The seed with its body three times over: far more than the default slot holds. */
function longSeed(): string {
  const lines = readFileSync(SEED, 'utf8').split('\n');
  const end = lines.findIndex((line) => /^We.re a reader-owned/.test(line));
  const body = lines.slice(4, end);
  const file = join(EXPORTS, 'long-story.txt');
  writeFileSync(file, [...lines.slice(0, 4), ...body, ...body, ...body, ...lines.slice(end)].join('\n'));
  return file;
}

test.describe('with the exports root set in the library settings', () => {
  test.use({ libraryFiles: settingsWithRoot(EXPORTS) });

  test('exports the imported seed in every format offered into a subfolder of the root, and the library shows it Exported', async ({ galley }) => {
    test.setTimeout(120_000);
    const page = galley.page;
    const dialog = await exportDialogFor(page);
    await expect(dialog).toBeVisible();
    // The first control has focus, and the dialog says where the files go: the root, never a folder the page names.
    await expect(dialog.getByRole('checkbox').first()).toBeFocused();
    await expect(dialog.getByText(EXPORTS)).toBeVisible();

    const pdf = dialog.getByRole('checkbox', { name: FORMAT_LABELS.pdf });
    const pdfOffered = await pdf.isEnabled();
    const formats = EXPORT_FORMATS.filter((f) => f !== 'pdf' || pdfOffered);
    for (const format of EXPORT_FORMATS) {
      const box = dialog.getByRole('checkbox', { name: FORMAT_LABELS[format] });
      if (formats.includes(format)) await box.check();
      else await expect(box).not.toBeChecked();
    }
    const folder = join(EXPORTS, 'wire out');
    await dialog.getByLabel('Subfolder').fill('wire out');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();

    const report = dialog.getByRole('status');
    await expect(report).toContainText(`Exported ${formats.length} files to ${folder}`, { timeout: 60_000 });
    const expected = formats.map((f) => join(folder, `${CATCHLINE}.${FILE_EXTENSIONS[f]}`));
    await expect(dialog.getByRole('list', { name: 'Exported files' }).getByRole('listitem')).toHaveText(expected);
    expect(readdirSync(folder).sort()).toEqual([MANIFEST, ...expected.map((f) => f.slice(folder.length + 1))].sort());
    expect(readFileSync(join(folder, `${CATCHLINE}.nitf.xml`), 'utf8')).toContain('<hl1>');
    if (pdfOffered) expect(readFileSync(join(folder, `${CATCHLINE}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: '← Library' }).click();
    const row = page.getByRole('table', { name: 'Articles' }).locator('tbody tr', { hasText: HEADLINE });
    await expect(row.locator('.status')).toHaveText('Exported');
  });

  test('a file of the same name Galley did not write is kept: the export takes a numbered name and the dialog says so', async ({ galley }) => {
    const folder = join(EXPORTS, 'taken');
    const dialog = await exportDialogFor(galley.page);
    await dialog.getByRole('checkbox').first().focus();
    for (const format of EXPORT_FORMATS) await dialog.getByRole('checkbox', { name: FORMAT_LABELS[format] }).setChecked(format === 'txt');
    await dialog.getByLabel('Subfolder').fill('taken');
    // The sub's own file, under the name the export wants.
    rmSync(folder, { recursive: true, force: true });
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${CATCHLINE}.txt`), 'the sub’s own notes');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('list', { name: 'Exported files' })).toContainText(
      `${join(folder, `${CATCHLINE}-2.txt`)} — ${CATCHLINE}.txt was already there and is not Galley’s export of this story`,
    );
    expect(readFileSync(join(folder, `${CATCHLINE}.txt`), 'utf8')).toBe('the sub’s own notes');
  });

  test('the dialog keeps focus inside, refuses a subfolder that climbs out in an alert, and closes on Escape', async ({ galley }) => {
    const page = galley.page;
    const dialog = await exportDialogFor(page);
    await expect(dialog.getByRole('checkbox').first()).toBeFocused();
    // Shift+Tab from the first control wraps to the last (Export), Tab from there back to the first.
    await page.keyboard.press('Shift+Tab');
    await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('checkbox').first()).toBeFocused();

    // Enter in the subfolder field exports: a climb out of the root, or a full path, is refused with the reason.
    await dialog.getByLabel('Subfolder').fill('../../etc');
    await dialog.getByLabel('Subfolder').press('Enter');
    await expect(dialog.getByRole('alert')).toContainText('it climbs out of the exports folder with “..”');
    await dialog.getByLabel('Subfolder').fill('/proc/forbidden');
    await dialog.getByLabel('Subfolder').press('Enter');
    await expect(dialog.getByRole('alert')).toContainText('it is a full path');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    // Focus goes back to where it was before the dialog opened, and nothing was marked.
    await expect(page.getByRole('button', { name: 'Export…' })).toBeFocused();
    await expect(page.getByLabel('Status')).toHaveValue('subbing');
  });

  test('a story over its slot: the dialog says by how many lines, and the PDF carries the overmatter', async ({ galley }) => {
    test.setTimeout(120_000);
    const dialog = await exportDialogFor(galley.page, longSeed());
    const pdf = dialog.getByRole('checkbox', { name: FORMAT_LABELS.pdf });
    // The suite runs beside a Chromium (it drives one), so PDF is always offered here.
    await expect(pdf).toBeEnabled();
    for (const format of EXPORT_FORMATS) await dialog.getByRole('checkbox', { name: FORMAT_LABELS[format] }).setChecked(format === 'pdf' || format === 'txt');
    await dialog.getByLabel('Subfolder').fill('over');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const warnings = dialog.getByRole('list', { name: 'Export warnings' });
    await expect(warnings).toContainText(/is over by \d+ lines \(\d+ words\) in its slot: the PDF carries the overmatter on the pages after the slot/, { timeout: 60_000 });
    await galley.page.screenshot({ path: join('test-results', 'export-over-slot.png') });
    // Every letter of the text export is in the PDF, in order (layout sets the drop cap apart and hyphenates).
    const letters = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const pdfText = execFileSync('pdftotext', ['-raw', join(EXPORTS, 'over', `${CATCHLINE}.pdf`), '-'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== OVERMATTER_MARK)
      .join('\n');
    expect(letters(pdfText)).toBe(letters(readFileSync(join(EXPORTS, 'over', `${CATCHLINE}.txt`), 'utf8')));
  });

  test('Escape while the PDF prints stops the wait at once and says what is known to be written, then what was', async ({ galley }) => {
    test.setTimeout(120_000);
    const page = galley.page;
    const dialog = await exportDialogFor(page);
    const pdf = dialog.getByRole('checkbox', { name: FORMAT_LABELS.pdf });
    // The suite runs beside a Chromium (it drives one), so PDF is always offered here.
    await expect(pdf).toBeEnabled();
    for (const format of EXPORT_FORMATS) await dialog.getByRole('checkbox', { name: FORMAT_LABELS[format] }).setChecked(format === 'pdf' || format === 'txt');
    await dialog.getByLabel('Subfolder').fill('cancelled');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('status')).toContainText('Exporting…');
    // Cancel is enabled while it runs; Escape does the same.
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    await page.keyboard.press('Escape');
    const report = dialog.getByRole('status');
    await expect(report).toContainText('Export cancelled: Galley stopped waiting for it.');
    // The export the page stopped waiting for finishes on the server; the note then lists what it wrote.
    await expect(report).toContainText('finished after the cancel: 2 files written', { timeout: 60_000 });
    await expect(dialog.getByRole('list', { name: 'Exported files' })).toContainText(join(EXPORTS, 'cancelled', `${CATCHLINE}.pdf`));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test.describe('with an exports root that cannot be made', () => {
  test.use({ libraryFiles: settingsWithRoot('/proc/forbidden') });

  // @browser-only: the desktop app takes its folder from the system dialog, not from the settings (playwright.config.ts).
  test('the dialog shows the folder and the reason at once, and Cancel and Escape still close it @browser-only', async ({ galley }) => {
    const page = galley.page;
    const dialog = await exportDialogFor(page);
    await expect(dialog.getByText('/proc/forbidden')).toBeVisible();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Cannot export to the folder "/proc/forbidden": it is a system device folder, not a place for files.');
    await page.screenshot({ path: join('test-results', 'export-root-refused.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: 'Export…' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('/proc/forbidden');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Status')).toHaveValue('subbing');
  });
});
