// The command palette and the shortcut sheet, as a sub finds them: by the
// keys VS Code users expect, filtered by typing, run from the keyboard.
import { expect, test } from './support/fixtures';

test('Ctrl+K opens the palette listing every command with its keys; typing filters and Enter runs', async ({ galley }) => {
  const page = galley.page;
  await expect(page.getByRole('table', { name: 'Articles' })).toBeVisible();
  await page.keyboard.press('Control+K');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const filter = palette.getByRole('combobox', { name: 'Type a command' });
  await expect(filter).toBeFocused();
  const options = palette.getByRole('option');
  await expect(options).toHaveCount(11);
  await expect(palette.getByRole('option', { name: /Toggle preview/ })).toContainText('Ctrl+Alt+P');
  await expect(palette.getByRole('option', { name: /Toggle preview/ })).toContainText('Open a story first');
  await expect(palette.getByRole('option', { name: /Command palette/ })).toContainText('Ctrl+KCtrl+Shift+P');
  await page.screenshot({ path: 'e2e/screenshots/command-palette.png' });

  await filter.fill('new art');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await filter.fill('nothing like this');
  await expect(palette.getByRole('status')).toHaveText('No command matches “nothing like this”.');
  await filter.fill('art');
  await page.keyboard.press('ArrowDown');
  await expect(palette.getByRole('option', { name: /New article/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByLabel('Headline')).toBeVisible();
});

test('Ctrl+Shift+P opens the palette in a story and runs Toggle preview; Escape closes it', async ({ galley }) => {
  const page = galley.page;
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await expect(body).toBeFocused();
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(body).toBeFocused();
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('preview');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
});

test('F1 and Ctrl+/ open the shortcut sheet; toolbar tooltips carry the keys', async ({ galley }) => {
  const page = galley.page;
  await expect(page.getByRole('button', { name: 'New article' })).toHaveAttribute('title', 'New article (Ctrl+Alt+N)');
  await page.keyboard.press('F1');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet.getByRole('row', { name: /Export…/ })).toContainText('Ctrl+E');
  await expect(sheet.getByRole('row', { name: /Bold/ })).toContainText('Ctrl+B');
  await page.screenshot({ path: 'e2e/screenshots/shortcut-sheet.png' });
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await expect(body).toBeFocused();
  await expect(page.getByRole('button', { name: 'Bold' })).toHaveAttribute('title', 'Bold (Ctrl+B)');
  await page.keyboard.press('Control+/');
  await expect(sheet).toBeVisible();
});
