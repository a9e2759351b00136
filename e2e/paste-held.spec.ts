// A window loaded onto a story shows it before the code pasted copy passes
// through (DOMPurify and the article's repair: editor/paste-code.ts) has
// arrived. A paste in that moment is held and applied, made safe, once it
// has; and if that code cannot be fetched at all, the paste still keeps
// every word, as plain paragraphs, and lets nothing else in.
import type { Page, Route } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { importSeed } from './support/seed';

const PASTE_CODE = '**/assets/paste-code-*.js';

/** Loads the page afresh on the story open now, in the same tab (its session kept), as a reload would. */
async function loadAfreshOnStory(page: Page): Promise<void> {
  const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('article');
  expect(id, 'the address names the open story').toBeTruthy();
  const origin = new URL(page.url()).origin;
  await page.goto('about:blank');
  await page.goto(`${origin}/#article=${id}`);
}

/** Pastes as the clipboard would: HTML with a plain-text fallback, into the focused element. */
async function paste(page: Page, html: string, text: string) {
  await page.evaluate(
    ([markup, plain]) => {
      const dt = new DataTransfer();
      dt.setData('text/html', markup);
      dt.setData('text/plain', plain);
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    },
    [html, text],
  );
}

/** Hostile and foreign markup around the words: a handler that must never run, a quote id the model refuses. */
const PASTED =
  '<p>Held <span data-quote-id="Q1" data-speaker-id="nobody-known">pasted words</span> arrived.<img src="x" onerror="window.__pasteRan = true"></p><p>A second pasted paragraph.</p>';

/** Opens the seed story afresh with the paste code's chunk answered by `answer`, and puts the cursor at the end of its last paragraph. */
async function openWithPasteCode(page: Page, answer: (route: Route) => Promise<void>) {
  await importSeed(page);
  await page.route(PASTE_CODE, answer);
  await loadAfreshOnStory(page);
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p')).toHaveCount(13);
  await body.locator('p').last().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('End');
  return body;
}

test('a paste that comes before the paste code is held, then applied made safe and repaired, and saved @browser-only', async ({ galley }) => {
  const { page } = galley;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = false;
  const body = await openWithPasteCode(page, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await paste(page, PASTED, 'Held pasted words arrived. A second pasted paragraph.');
  expect(asked, 'the paste code was asked for, and is held back').toBe(true);
  // Held, not dropped and not let in unrepaired: nothing of it is in the story yet.
  await expect(body).not.toContainText('pasted words');

  release();
  await expect(body).toContainText('Held pasted words arrived.');
  await expect(body).toContainText('A second pasted paragraph.');
  await expect(body.locator('p')).toHaveCount(14);
  expect(await page.evaluate(() => (window as unknown as { __pasteRan?: boolean }).__pasteRan)).toBeUndefined();
  await expect(body.locator('img')).toHaveCount(0);
  // The repair ran on it: the foreign quote id was replaced, the unknown speaker dropped.
  const mark = body.locator('span.quote-mark', { hasText: 'pasted words' });
  await expect(mark).toHaveAttribute('data-quote-id', /^q-[a-z0-9-]+$/);
  await expect(mark).toHaveAttribute('data-unattributed', 'true');

  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 10_000 });
  await page.unroute(PASTE_CODE);
  await loadAfreshOnStory(page);
  await expect(body).toContainText('Held pasted words arrived.');
  await expect(body).toContainText('A second pasted paragraph.');
});

test('a paste whose code cannot be fetched keeps every word as plain paragraphs, and lets nothing else in @browser-only', async ({ galley }) => {
  const { page } = galley;
  const body = await openWithPasteCode(page, (route) => route.abort());
  await paste(page, PASTED, 'Held pasted words arrived. A second pasted paragraph.');
  await expect(body).toContainText('Held pasted words arrived.');
  await expect(body).toContainText('A second pasted paragraph.');
  await expect(body.locator('p')).toHaveCount(14);
  expect(await page.evaluate(() => (window as unknown as { __pasteRan?: boolean }).__pasteRan)).toBeUndefined();
  await expect(body.locator('img')).toHaveCount(0);
  await expect(body.locator('span.quote-mark', { hasText: 'pasted words' })).toHaveCount(0);
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 10_000 });
});

test('a drop that comes before the paste code is held, then applied where it fell, made safe and repaired @browser-only', async ({ galley }) => {
  const { page } = galley;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const body = await openWithPasteCode(page, async (route) => {
    await held;
    await route.continue();
  });
  const last = body.locator('p').last();
  const lastText = (await last.textContent())!;
  const box = (await last.boundingBox())!;
  const transfer = await page.evaluateHandle((markup) => {
    const dt = new DataTransfer();
    dt.setData('text/html', markup);
    dt.setData('text/plain', 'Held pasted words arrived. A second pasted paragraph.');
    return dt;
  }, PASTED);
  // The far end of the paragraph's last line: the end of the story.
  const at = { clientX: box.x + box.width - 2, clientY: box.y + box.height - 6 };
  await last.dispatchEvent('dragover', { dataTransfer: transfer, ...at });
  await last.dispatchEvent('drop', { dataTransfer: transfer, ...at });
  await expect(body).not.toContainText('pasted words');

  release();
  await expect(body).toContainText('Held pasted words arrived.');
  await expect(body).toContainText('A second pasted paragraph.');
  expect(await page.evaluate(() => (window as unknown as { __pasteRan?: boolean }).__pasteRan)).toBeUndefined();
  await expect(body.locator('img')).toHaveCount(0);
  await expect(body.locator('span.quote-mark', { hasText: 'pasted words' })).toHaveAttribute('data-quote-id', /^q-[a-z0-9-]+$/);
  // Dropped at the end of the last paragraph, where it fell: the story's own words stay before it.
  const text = (await body.textContent())!;
  expect(text.indexOf(lastText)).toBeGreaterThan(0);
  expect(text.indexOf('Held pasted words')).toBeGreaterThan(text.indexOf(lastText));
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 10_000 });
});
