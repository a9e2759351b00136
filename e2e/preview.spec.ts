// The layout preview, as a sub uses it: import the seed, open the preview,
// narrow the slot until the copy overflows, see the overmatter struck in the
// editor and the figure in the header, cut the last paragraph, and see it fit.
import type { Locator, Page } from '@playwright/test';
import { expect, settle, test } from './support/fixtures';
import { importSeed } from './support/seed';


/**
 * The copy struck through as overmatter: the inline marks, then the first block wholly over and every
 * block after it (app.css carries the mark from `.overmatter-from` to the blocks that follow).
 */
function overmatterText(body: Locator): Promise<string> {
  return body.evaluate((editor) => {
    const parts = [...editor.querySelectorAll('.overmatter:not(.overmatter-from)')].map((el) => el.textContent ?? '');
    for (let block = editor.querySelector(':scope > .overmatter-from'); block; block = block.nextElementSibling) parts.push(block.textContent ?? '');
    return parts.join('|');
  });
}

/** Sets the slot and waits for copyfit to have measured it. */
async function setSlot(page: Page, columns: number, depthCm: number): Promise<string> {
  const pane = page.getByRole('region', { name: 'Preview' });
  await pane.getByLabel('Columns').fill(String(columns));
  await pane.getByLabel('Depth').fill(String(depthCm));
  const status = pane.getByRole('status', { name: 'Copyfit' });
  await expect(status).toHaveAttribute('title', new RegExp(`${columns} col × ${depthCm} cm$`));
  return (await status.textContent()) ?? '';
}

test('copyfit: overmatter is marked in the editor, and cutting a paragraph makes the story fit', async ({ galley }) => {
  const page = galley.page;
  await importSeed(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  const pane = page.getByRole('region', { name: 'Preview' });
  await expect(pane.getByRole('tab', { name: 'Print' })).toHaveAttribute('aria-selected', 'true');
  await pane.getByLabel('Layout').selectOption('broadsheet');
  const status = pane.getByRole('status', { name: 'Copyfit' });
  const body = page.getByRole('textbox', { name: 'Body' });

  // A short single column: well over, the overmatter struck through in the editor.
  expect(await setSlot(page, 1, 12)).toMatch(/^over by \d+ lines \(\d+ words\)$/);
  await expect(body.locator('.overmatter').first()).toBeVisible();

  // The shallowest depth the copy fits (half-centimetre steps), then half a centimetre less:
  // over by a line or two, all of it in the last paragraph.
  let low = 12;
  let high = 52;
  while (high - low > 0.5) {
    const depth = Math.round(low + high) / 2;
    if ((await setSlot(page, 1, depth)).startsWith('over')) low = depth;
    else high = depth;
  }
  expect(await setSlot(page, 1, low)).toMatch(/^over by [12] lines? \(\d+ words?\)$/);
  const last = body.locator('p').last();
  const over = await overmatterText(body);
  expect(over.length).toBeGreaterThan(0);
  expect((await last.textContent())!.endsWith(over)).toBe(true);
  await expect(body.locator('.overmatter').first()).toBeVisible();

  // Cut the last paragraph: select it and delete it, then the empty paragraph it leaves.
  await last.click({ clickCount: 3 });
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(body.locator('p')).toHaveCount(12);
  await expect(status).toHaveText(/^(fits|short by \d+ lines?)$/);
  await expect(body.locator('.overmatter')).toHaveCount(0);
});

test('the preview follows the copy and shows it for print, web and mobile', async ({ galley }) => {
  const page = galley.page;
  await importSeed(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  const pane = page.getByRole('region', { name: 'Preview' });
  const proof = pane.locator('.gp');
  await expect(proof.locator('.gp-headline')).toHaveText(/^Communist Party of Pakistan warns Taliban victory/);
  // With the layout's break points (soft hyphens) in its words; the name in capitals is left whole.
  await expect(proof.locator('.gp-intro')).toHaveText(/^COMMUNIST PARTY OF PAKISTAN gen\u00ADeral sec\u00ADret\u00ADary/);

  // Typing in the body reaches the preview after a pause.
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.locator('p').first().click();
  await expect(body).toBeFocused();
  // The caret reaches the start before typing. ProseMirror takes up a caret the browser moved on
  // selectionchange; a background transaction landing first (the preview's copyfit) can put it back.
  await expect(async () => {
    await page.keyboard.press('ControlOrMeta+Home');
    await settle(page);
    expect(await page.evaluate(() => window.getSelection()?.anchorOffset)).toBe(0);
  }).toPass();
  await page.keyboard.type('UPDATED ');
  await expect(proof.locator('.gp-intro')).toHaveText(/^UPDATED COMMUNIST PARTY OF PAKISTAN/);

  // A pull quote from a tagged quote is offered once the sub tags one; with none tagged, only None.
  await expect(pane.getByLabel('Pull quote').locator('option')).toHaveText(['None']);

  await pane.getByRole('tab', { name: 'Web' }).click();
  await expect(pane.getByRole('tab', { name: 'Web' })).toHaveAttribute('aria-selected', 'true');
  await expect(pane.locator('.pw h1')).toHaveText(/^Communist Party of Pakistan/);
  await pane.getByRole('tab', { name: 'Mobile' }).click();
  const screen = pane.locator('.device-screen');
  await expect(screen.locator('.pw h1')).toBeVisible();
  expect((await screen.boundingBox())!.width).toBeCloseTo(375, 0);
  // The Mobile view shows its own measures, not print's copyfit (which goes on marking overmatter in the editor).
  await expect(pane.getByRole('status', { name: 'Mobile measures' })).toHaveText(/^\d+ words · about \d+ min read · headline \d+\/55 characters$/);
  await expect(pane.getByRole('status', { name: 'Copyfit' })).toHaveCount(0);
});

test('after edits in the middle of the copy, copyfit reads as it does from a proof set afresh', async ({ galley }) => {
  const page = galley.page;
  await importSeed(page);
  const toggle = page.getByRole('button', { name: 'Preview', exact: true });
  await toggle.click();
  const pane = page.getByRole('region', { name: 'Preview' });
  await pane.getByLabel('Layout').selectOption('broadsheet');
  expect(await setSlot(page, 2, 14)).toMatch(/^over by/);
  const status = pane.getByRole('status', { name: 'Copyfit' });
  const body = page.getByRole('textbox', { name: 'Body' });

  /** The figure and the copy struck through as overmatter, once copyfit has measured the proof as it stands. */
  const copyfit = async () => {
    await expect(status).not.toHaveAttribute('aria-busy', 'true');
    return {
      figure: await status.textContent(),
      overmatter: await overmatterText(body),
    };
  };
  /** The same from a proof set from nothing: the preview closed and opened again. */
  const afresh = async () => {
    await toggle.click();
    await expect(pane).toHaveCount(0);
    await toggle.click();
    await expect(status).toHaveAttribute('title', /2 col × 14 cm$/);
    return copyfit();
  };

  // Words added to a paragraph in the middle push more of the story out of the slot.
  const before = await copyfit();
  await body.locator('p').nth(5).click();
  await page.keyboard.type(' Officials in Islamabad declined to comment on his remarks when asked about them on Wednesday evening.');
  await expect(pane.locator('.gp-body > [data-block="5"]')).toContainText('declined to comment');
  const edited = await copyfit();
  expect(edited.figure).not.toBe(before.figure);
  expect(edited).toEqual(await afresh());

  // A paragraph split near the top: every block below it moves down one.
  await body.locator('p').nth(2).click();
  await page.keyboard.press('Enter');
  await expect(pane.locator('.gp-body > [data-block]')).toHaveCount(14);
  const split = await copyfit();
  expect(split.figure).not.toBe(edited.figure);
  expect(split).toEqual(await afresh());
});
