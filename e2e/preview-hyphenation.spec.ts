// Hyphenation in the print preview, as a sub sees it: the justified columns
// break long words with soft hyphens (Debian's Chromium has no dictionaries
// for `hyphens: auto`), set at render only: the editor and the saved story
// never hold one. Screenshots at a narrow and a wide window, light and dark.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { importSeed } from './support/seed';

const SOFT = '\u00AD';

/** Sets the slot and waits for copyfit to have measured it. */
async function setSlot(page: Page, columns: number, depthCm: number): Promise<void> {
  const pane = page.getByRole('region', { name: 'Preview' });
  await pane.getByLabel('Columns').fill(String(columns));
  await pane.getByLabel('Depth').fill(String(depthCm));
  const status = pane.getByRole('status', { name: 'Copyfit' });
  await expect(status).toHaveAttribute('title', new RegExp(`${columns} col × ${depthCm} cm$`));
  await expect(status).not.toHaveAttribute('aria-busy', 'true');
}

/** Soft hyphens in the proof's body, and how many of them a line actually broke at (the next letter on a later line or column). */
function softHyphens(page: Page) {
  return page.locator('.gp-body').evaluate((body) => {
    let all = 0;
    let broke = 0;
    const range = document.createRange();
    const box = (node: Text, at: number) => {
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      // The last box: a range just after a break also holds the hyphen drawn at the line's end.
      const rects = range.getClientRects();
      return rects[rects.length - 1];
    };
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = node.data.indexOf('\u00AD'); i >= 0; i = node.data.indexOf('\u00AD', i + 1)) {
        all++;
        const before = i > 0 ? box(node, i - 1) : undefined;
        const after = i + 1 < node.data.length ? box(node, i + 1) : undefined;
        if (before && after && (after.left < before.left || Math.abs(after.top - before.top) > 2)) broke++;
      }
    }
    return { all, broke };
  });
}

test('the preview’s justified column breaks words at soft hyphens; the editor and the saved story hold none', async ({ galley }) => {
  const page = galley.page;
  await importSeed(page);
  await page.getByRole('button', { name: 'Preview' }).click();
  const pane = page.getByRole('region', { name: 'Preview' });
  await pane.getByLabel('Layout').selectOption('broadsheet');
  await setSlot(page, 2, 30);

  const hyphens = await softHyphens(page);
  expect(hyphens.all).toBeGreaterThan(50);
  // Lines do break at them: the justified column uses the break points it is given.
  expect(hyphens.broke).toBeGreaterThan(3);
  // The headline is set whole.
  expect(await pane.locator('.gp-headline').textContent()).not.toContain(SOFT);

  // Block for block, the proof without its soft hyphens reads as the editor does.
  const body = page.getByRole('textbox', { name: 'Body' });
  const editorBlocks = await body.locator(':scope > p').allTextContents();
  const proofBlocks = await pane.locator('.gp-body > [data-block]').allTextContents();
  expect(proofBlocks.map((t) => t.replaceAll(SOFT, ''))).toEqual(editorBlocks);
  expect(editorBlocks.join('')).not.toContain(SOFT);

  // A word typed in is hyphenated in the preview after the pause, and saved without.
  await body.locator('p').nth(3).click();
  await expect(body).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Such internationalisation was unprecedented.');
  await expect(pane.locator('.gp-body > [data-block="3"]')).toContainText(`inter${SOFT}na${SOFT}tion${SOFT}al${SOFT}isa${SOFT}tion`);
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 10_000 });
  const articles = join(galley.library, 'articles');
  const file = (await readdir(articles)).find((n) => n.endsWith('.json'))!;
  const onDisk = await readFile(join(articles, file), 'utf8');
  expect(onDisk).toContain('Such internationalisation was unprecedented.');
  expect(onDisk).not.toContain(SOFT);
  expect(onDisk.toLowerCase()).not.toContain('\\u00ad');

  // A ragged-right layout is set without them.
  await pane.getByLabel('Layout').selectOption('web-first');
  await expect(pane.locator('.gp')).toHaveAttribute('data-layout', 'web-first');
  await expect.poll(async () => (await softHyphens(page)).all).toBe(0);
});

for (const [width, colorScheme] of [
  [900, 'light'],
  [900, 'dark'],
  [1600, 'light'],
  [1600, 'dark'],
] as const) {
  test(`the hyphenated preview at a ${width} px window, ${colorScheme}: the page and its overmatter fit the pane`, async ({ galley }) => {
    const page = galley.page;
    await page.setViewportSize({ width, height: 1000 });
    await page.emulateMedia({ colorScheme });
    await importSeed(page);
    await page.getByRole('button', { name: 'Preview' }).click();
    const pane = page.getByRole('region', { name: 'Preview' });
    await pane.getByLabel('Layout').selectOption('broadsheet');
    await setSlot(page, 2, 20);
    expect((await softHyphens(page)).broke).toBeGreaterThan(0);
    // Zoomed to fit: the overmatter zone's right edge is inside the stage.
    const stage = (await pane.locator('.preview-stage').boundingBox())!;
    const zone = (await pane.locator('.preview-overmatter-zone').boundingBox())!;
    expect(zone.x + zone.width).toBeLessThanOrEqual(stage.x + stage.width + 1);
    // The copy keeps a readable column beside the preview and the side panels: the preview gives way, not the copy.
    expect((await page.getByRole('region', { name: 'Copy' }).boundingBox())!.width).toBeGreaterThanOrEqual(320);
    await page.screenshot({ path: test.info().outputPath(`preview-${width}-${colorScheme}.png`) });
  });
}
