// A window loaded straight onto a story (`#article=ID`, as a reload or a
// link does): the story is read as the page loads and shown with its copy,
// and the parts its first view does not show (preview, export dialog) load
// when first used; a part whose code cannot be fetched says so in its place
// and leaves the story and the editor as they were.
import { expect, test } from './support/fixtures';
import { holdBackWindowCode } from './support/hold-back';
import { importSeed } from './support/seed';

/** Loads the page afresh on the story open now, in the same tab (its session kept), as a reload would. */
async function loadAfreshOnStory(page: import('@playwright/test').Page): Promise<void> {
  const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('article');
  expect(id, 'the address names the open story').toBeTruthy();
  const origin = new URL(page.url()).origin;
  await page.goto('about:blank');
  await page.goto(`${origin}/#article=${id}`);
}

test('a window loaded onto a story shows its copy, and the preview and export dialog load on first use @browser-only', async ({ galley }) => {
  const { page } = galley;
  await importSeed(page);
  await loadAfreshOnStory(page);
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p')).toHaveCount(13);
  await expect(page.getByLabel('Headline')).not.toHaveValue('');

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'History' })).toBeEnabled();
});

test('a part whose code cannot be fetched says so in its place, and the story stays open and editable @browser-only', async ({ galley }) => {
  const { page } = galley;
  await importSeed(page);
  // The preview's chunk cannot be fetched from here on (a server gone, a file missing from the install).
  await page.route('**/assets/PreviewPane-*.js', (route) => route.abort());
  await loadAfreshOnStory(page);
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p')).toHaveCount(13);

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The preview could not be loaded' })).toContainText('your text is saved');
  await body.locator('p').first().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Still here.');
  await expect(body.locator('p').first()).toContainText('Still here.');
  await expect(body.locator('p')).toHaveCount(13);
});

test('the History button’s code is fetched while the library is idle, so opening a story never waits on it', async ({ galley }) => {
  const { page } = galley;
  await expect(page.getByRole('button', { name: 'New article' })).toBeVisible();
  // No story has been opened in this window: only the library's idle moments can have asked for the chunk.
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByType('resource').some((entry) => /\/assets\/HistoryControl-[^/]+\.js$/.test(entry.name))))
    .toBe(true);
});

test('a window loaded onto a story shows it, editable, before the window’s code has run, and what is typed then is saved @browser-only', async ({ galley }) => {
  const { page } = galley;
  await importSeed(page);
  // The window's code is held back, as on a slow first load: only the first script and the body editor's code run.
  const release = await holdBackWindowCode(page);
  await loadAfreshOnStory(page);
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p')).toHaveCount(13);
  await expect(page.getByRole('button', { name: '← Library' }), 'the app has not arrived').toHaveCount(0);
  await expect(page.getByLabel('Headline')).not.toHaveValue('');

  await body.locator('p').last().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed before the app.');
  await expect(body.locator('p').last()).toContainText('Typed before the app.');

  release();
  await expect(page.getByRole('button', { name: '← Library' })).toBeVisible();
  // The same editor, adopted: the words are there, the cursor still in the body, and they are saved.
  await expect(body.locator('p').last()).toContainText('Typed before the app.');
  await expect(body).toBeFocused();
  await page.keyboard.type(' And after.');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 10_000 });
  await page.unroute('**/assets/boot-*.js');
  await loadAfreshOnStory(page);
  await expect(body.locator('p').last()).toContainText('Typed before the app. And after.');
});

test('a window loaded onto a story saves what was typed before the app arrived even when nothing is typed after @browser-only', async ({ galley }) => {
  const { page } = galley;
  await importSeed(page);
  const release = await holdBackWindowCode(page);
  await loadAfreshOnStory(page);
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.locator('p').first().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' Only before.');
  release();
  await expect(page.getByRole('button', { name: '← Library' })).toBeVisible();
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 10_000 });
  await page.unroute('**/assets/boot-*.js');
  await loadAfreshOnStory(page);
  await expect(body.locator('p').first()).toContainText('Only before.');
});

test('the copy stays where the first view drew it when the formatting bar arrives @browser-only', async ({ galley }) => {
  const { page } = galley;
  await importSeed(page);
  const release = await holdBackWindowCode(page);
  await loadAfreshOnStory(page);
  const first = page.getByRole('textbox', { name: 'Body' }).locator('p').first();
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(13);
  await expect(page.getByRole('toolbar', { name: 'Formatting' }), 'the app has not arrived').toHaveCount(0);
  const before = await first.boundingBox();
  await page.screenshot({ path: test.info().outputPath('first-view.png') });

  release();
  await expect(page.getByRole('toolbar', { name: 'Formatting' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('furnished.png') });
  // The bar took the place kept for it: the body's first line did not move.
  expect((await first.boundingBox())?.y).toBe(before?.y);
  await expect(page.locator('.format-bar-space')).toHaveCount(0);
});

test('a window loaded onto a story sends the session’s check and the story’s read with the page, before any of its scripts has come @browser-only', async ({ galley }) => {
  const { page } = galley;
  await importSeed(page);
  // Every script file held back: only the page's own inline script can send anything.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await held;
    await route.continue();
  });
  const sent: string[] = [];
  page.on('request', (request) => sent.push(new URL(request.url()).pathname));
  // As loadAfreshOnStory, but not waiting for the load, which waits for the scripts.
  const address = new URL(page.url());
  await page.goto('about:blank');
  await page.goto(`${address.origin}/${address.hash}`, { waitUntil: 'commit' });
  await expect.poll(() => sent.filter((path) => path === '/session' || path === '/api/getArticle')).toEqual(['/session', '/api/getArticle']);
  release();
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p')).toHaveCount(13);
  await expect(page.getByRole('button', { name: '← Library' })).toBeVisible();
  // The first view laid out only the blocks near the screen; once the app has the editor, every block is laid out.
  await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector('.body-copy > :last-child')!).contentVisibility)).toBe('visible');
  // The read the page sent is the one shown: no second read of the story, and the session checked once.
  expect(sent.filter((path) => path === '/api/getArticle')).toHaveLength(1);
  expect(sent.filter((path) => path === '/session')).toHaveLength(1);
  await page.unroute('**/assets/*.js');
});

test('a window loaded onto a story asks for the window’s code only once its story is shown, and makes no collator or formatter before @browser-only', async ({ galley }) => {
  const { page } = galley;
  await importSeed(page);
  // Intl's constructors counted from the page's first script on: a fresh renderer's first one loads ICU's data (tens of ms).
  await page.addInitScript(() => {
    const made: string[] = [];
    (window as unknown as { __intlMade: string[] }).__intlMade = made;
    for (const name of ['Collator', 'DateTimeFormat', 'NumberFormat', 'Segmenter', 'PluralRules', 'ListFormat', 'RelativeTimeFormat'] as const) {
      const real = Intl[name] as unknown as new (...args: unknown[]) => object;
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(real, {
        construct: (target, args, newTarget) => (made.push(name), Reflect.construct(target, args, newTarget)),
      });
    }
  });
  // The window's code held back, and what the page showed when it asked for it.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const shownWhenAsked: number[] = [];
  await page.route('**/assets/boot-*.js', async (route) => {
    shownWhenAsked.push(await page.evaluate(() => document.querySelectorAll('.body-copy p').length));
    await held;
    await route.continue();
  });
  await loadAfreshOnStory(page);
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p')).toHaveCount(13);
  await expect.poll(() => shownWhenAsked.length, 'the window’s code is asked for once the story is shown').toBe(1);
  expect(shownWhenAsked[0], 'the story was shown when the window’s code was asked for').toBe(13);
  expect(await page.evaluate(() => (window as unknown as { __intlMade: string[] }).__intlMade), 'no Intl object made before the first view').toEqual([]);
  release();
  await expect(page.getByRole('button', { name: '← Library' })).toBeVisible();
  await page.unroute('**/assets/boot-*.js');
});
