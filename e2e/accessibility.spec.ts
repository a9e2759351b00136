// axe-core on every view and dialog, in the light and the dark theme: the
// library (empty and full), the editor, the preview's three views, the
// export dialog, the tag-quote picker, the palette, the shortcut sheet and
// the speaker directory with its merge confirmation.
import { expectAccessible } from './support/axe';
import { expect, test } from './support/fixtures';
import { importSeed } from './support/seed';


for (const colorScheme of ['light', 'dark'] as const) {
  test(`${colorScheme} theme: the library, the editor, the preview and every dialog have no serious or critical axe finding`, async ({ galley }) => {
    test.setTimeout(240_000); // a dozen axe runs over the whole page
    const page = galley.page;
    await page.emulateMedia({ colorScheme });
    await expect(page.getByRole('table', { name: 'Articles' })).toBeVisible();
    await expectAccessible(page, 'the empty library');
    await page.keyboard.press('Control+K');
    await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
    await expectAccessible(page, 'the command palette');
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectAccessible(page, 'the shortcut sheet');
    await page.keyboard.press('Escape');

    await importSeed(page);
    await expectAccessible(page, 'the editor');
    await page.getByRole('tab', { name: /Quotes/ }).click();
    await page.getByRole('button', { name: 'Detect quotes' }).click();
    const suggested = page.getByRole('region', { name: 'Suggested quotes' });
    await expect(suggested.getByRole('listitem')).toHaveCount(5);
    await expectAccessible(page, 'the quotes panel with suggestions');
    await suggested.getByRole('button', { name: 'Accept all' }).click();
    await expect(page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem')).toHaveCount(5);

    const body = page.getByRole('textbox', { name: 'Body' });
    await body.locator('p').first().click();
    await expect(body).toBeFocused();
    await page.keyboard.press('Shift+End');
    await page.getByRole('button', { name: 'Tag quote' }).click();
    await expect(page.getByRole('dialog', { name: 'Tag quote' })).toBeVisible();
    await expectAccessible(page, 'the tag-quote picker');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Preview' }).click();
    const pane = page.getByRole('region', { name: 'Preview' });
    await expect(pane.getByRole('status', { name: 'Copyfit' })).toBeVisible();
    await pane.getByLabel('Depth').fill('12');
    await expect(pane.getByRole('status', { name: 'Copyfit' })).toHaveText(/^over by/);
    await expectAccessible(page, 'the print preview with overmatter');
    for (const view of ['Web', 'Mobile']) {
      await pane.getByRole('tab', { name: view }).click();
      await expect(pane.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
      await expectAccessible(page, `the ${view} preview`);
    }

    await page.keyboard.press('Control+E');
    await expect(page.getByRole('dialog', { name: /Export/ })).toBeVisible();
    await expectAccessible(page, 'the export dialog');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: '← Library' }).click();
    await expect(page.getByRole('table', { name: 'Articles' })).toContainText('Communist Party');
    await expectAccessible(page, 'the library with a story');
    await page.getByRole('button', { name: 'Quotes', exact: true }).click();
    await expectAccessible(page, 'the library quote search');
    await page.getByRole('button', { name: 'Speakers', exact: true }).click();
    await page.getByRole('option', { name: /Hua Chunying/ }).click();
    await expectAccessible(page, 'the speaker directory');
    await page.getByLabel('Merge into').selectOption({ label: 'Imdad Qazi' });
    await page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(page.getByRole('alertdialog', { name: 'Merge speakers' })).toBeVisible();
    await expectAccessible(page, 'the merge confirmation');
    // Galley's dialog, not the browser's confirm: Cancel is first, Merge does it.
    await expect(page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByText(/^Merged into Imdad Qazi; 1 article retagged\.$/)).toBeVisible();
  });
}
