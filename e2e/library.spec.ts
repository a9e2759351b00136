import { resolve } from 'node:path';
import { makeArticle, rng } from '../bench/generate';
import { expect, test } from './support/fixtures';
import { holdBackWholeListing, holdBackWindowCode } from './support/hold-back';

const SEED = resolve('..', 'shared', 'fixtures', 'seed-article.txt');

test('a new article keeps every field across a restart', async ({ galley }) => {
  let page = galley.page;
  await page.getByRole('button', { name: 'New article' }).click();
  await page.getByLabel('Headline').fill('Council approves £4m flood defences');
  await page.getByLabel('Standfirst').fill('Work on the river wall starts in spring.');
  await page.getByLabel('Byline').fill('By Jane Smith');
  await page.getByLabel('Catchline').fill('flood-defences');
  await page.getByLabel('Section').fill('News');
  await page.getByLabel('Tags').fill('council, floods');
  await page.getByLabel('Status').selectOption('subbing');
  await page.getByLabel('Target words').fill('350');
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await expect(body).toBeFocused();
  await page.keyboard.type('The council voted 7–2 on Tuesday to fund the wall.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('“It is overdue,” said Cllr Ann Lee.');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 10_000 });
  await expect(page.getByTestId('word-count')).toHaveText('17');

  page = await galley.restart();
  await expect(page.getByRole('table', { name: 'Articles' })).toContainText('Council approves £4m flood defences');
  await page.getByRole('button', { name: 'Open Council approves £4m flood defences' }).click();
  await expect(page.getByLabel('Headline')).toHaveValue('Council approves £4m flood defences');
  await expect(page.getByLabel('Standfirst')).toHaveValue('Work on the river wall starts in spring.');
  await expect(page.getByLabel('Byline')).toHaveValue('By Jane Smith');
  await expect(page.getByLabel('Catchline')).toHaveValue('flood-defences');
  await expect(page.getByLabel('Section')).toHaveValue('News');
  await expect(page.getByLabel('Tags')).toHaveValue('council, floods');
  await expect(page.getByLabel('Status')).toHaveValue('subbing');
  await expect(page.getByLabel('Target words')).toHaveValue('350');
  const paragraphs = page.getByRole('textbox', { name: 'Body' }).locator('p');
  await expect(paragraphs).toHaveText(['The council voted 7–2 on Tuesday to fund the wall.', '“It is overdue,” said Cllr Ann Lee.']);
});

test('imports the seed article by the file chooser', async ({ galley }) => {
  const page = galley.page;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(SEED);
  await expect(page.getByLabel('Headline')).toHaveValue('Communist Party of Pakistan warns Taliban victory may boost jihadist groups across the region');
  const paragraphs = page.getByRole('textbox', { name: 'Body' }).locator('p');
  await expect(paragraphs).toHaveCount(13);
  await expect(paragraphs.first()).toHaveText(/^COMMUNIST PARTY OF PAKISTAN general secretary Imdad Qazi warned today/);
  await expect(paragraphs.last()).toHaveText(/^“\[Joe Biden\] says that US mission/);
  await expect(page.getByRole('textbox', { name: 'Body' })).not.toContainText('Donate today');
});

test('an unreadable file is refused with its name and the reason, and nothing changes', async ({ galley }) => {
  const page = galley.page;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles({ name: 'photo.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]) });
  await expect(page.getByRole('alert')).toContainText('photo.txt');
  await expect(page.getByRole('table', { name: 'Articles' }).locator('tbody tr')).toHaveCount(0);
});

test('search finds words in the body; delete and restore', async ({ galley }) => {
  const page = galley.page;
  for (const [headline, text] of [
    ['Harbour fire', 'Crews fought the blaze at the marina overnight.'],
    ['School results', 'Pupils celebrated record grades.'],
  ]) {
    await page.getByRole('button', { name: 'New article' }).click();
    await page.getByLabel('Headline').fill(headline);
    const body = page.getByRole('textbox', { name: 'Body' });
    await body.click();
    await expect(body).toBeFocused();
    await page.keyboard.type(text);
    await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/);
    await page.getByRole('button', { name: '← Library' }).click();
  }
  const rows = page.getByRole('table', { name: 'Articles' }).locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await page.getByRole('searchbox', { name: 'Search' }).fill('marina');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Harbour fire');
  await expect(rows.first()).toContainText('marina');
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await expect(rows).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete School results' }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: /^Trash/ }).click();
  await page.getByRole('button', { name: 'Restore School results' }).click();
  await page.getByRole('button', { name: /^Articles/ }).click();
  await expect(rows).toHaveCount(2);
});

test.describe('with a damaged file in the library', () => {
  test.use({ libraryFiles: { 'articles/0badf11e-0000-4000-8000-000000000000.json': '{"id": "0badf11e-0000-4000-8000-0000' } });
  test('the library opens and lists it as damaged with the reason', async ({ galley }) => {
    const page = galley.page;
    await page.getByRole('button', { name: /^Damaged/ }).click();
    const damaged = page.getByRole('region', { name: 'Damaged files' });
    await expect(damaged).toContainText('0badf11e-0000-4000-8000-000000000000.json');
    await expect(damaged).toContainText('not valid JSON');
  });
});

test.describe('with a library of 2,000 stories', () => {
  // Laying 2,000 files down and indexing them at start is most of this test's time.
  test.describe.configure({ timeout: 120_000 });
  const random = rng(7);
  const stories = Array.from({ length: 2000 }, (_, i) => makeArticle(random, i, 40));
  test.use({ libraryFiles: Object.fromEntries(stories.map((a) => [`articles/${a.id}.json`, JSON.stringify(a)])) });
  test('the list holds only the rows on screen, and the keyboard reaches every story', async ({ galley }) => {
    const page = galley.page;
    const table = page.getByRole('table', { name: 'Articles' });
    await expect(table).toHaveAttribute('aria-rowcount', '2001');
    const rows = table.locator('tbody tr[data-id]');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeLessThan(100);
    // The list as the library view keeps it: a plain first screen (first-rows.ts) taken over first.
    await page.waitForFunction(() => !performance.getEntriesByName('library:plain-shown').length || performance.getEntriesByName('library:adopted').length > 0);
    // And with the whole listing come (an arrow pressed before it comes: the next test).
    await page.waitForFunction(() => performance.getEntriesByName('library:whole').length > 0);

    // Scrolled far away by the wheel, the focused row stays, and the arrows go on from it.
    const first = rows.first();
    const firstId = await first.getAttribute('data-id');
    await first.focus();
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 30_000);
    await expect(table.locator(`tbody tr[data-id="${firstId}"]`)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(table.locator('tbody tr[data-id]:focus')).toHaveAttribute('aria-rowindex', '3');
    await expect(table.locator('tbody tr[data-id]:focus')).toBeInViewport();

    // A move that goes nowhere leaves nothing behind to take the focus from the search box later.
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.click();
    await page.keyboard.type('zz');
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('zz');
    // Cleared at once: the answer to the search it replaced must not empty the list.
    await search.fill('');
    await expect(rows.first()).toBeVisible();
    await expect(table).toHaveAttribute('aria-rowcount', '2001');

    // Newest first: the oldest story is the last row, two thousand rows down.
    await rows.first().focus();
    await page.keyboard.press('End');
    const focused = table.locator('tbody tr[data-id]:focus');
    await expect(focused).toHaveAttribute('data-id', stories[0].id);
    await expect(focused).toHaveAttribute('aria-rowindex', '2001');
    await expect(focused).toBeInViewport();
    await page.keyboard.press('PageUp');
    await expect(table.locator('tbody tr[data-id]:focus')).not.toHaveAttribute('data-id', stories[0].id);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Catchline')).toHaveValue('story-0');
  });

  test('an arrow pressed while the rest of the library is on its way leaves the focused row on screen', async ({ galley }) => {
    const page = galley.page;
    // The whole listing is held back on its way, and let go as the arrow is pressed.
    const listing = await holdBackWholeListing(page);
    await page.reload();
    const table = page.getByRole('table', { name: 'Articles' });
    const rows = table.locator('tbody tr[data-id]');
    await expect(rows.first()).toHaveAttribute('data-id', stories[1999].id);
    await page.waitForFunction(() => !performance.getEntriesByName('library:plain-shown').length || performance.getEntriesByName('library:adopted').length > 0);
    const first = table.locator(`tbody tr[data-id="${stories[1999].id}"]`);
    await first.focus();
    // Scrolled to the end of the first screen by the wheel: the rest is asked for (and held).
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 30_000);
    // Let go while the list is still scrolling, and the arrow pressed at once.
    listing.release();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => performance.getEntriesByName('library:whole').length > 0);
    await expect(table).toHaveAttribute('aria-rowcount', '2001');
    const focused = table.locator('tbody tr[data-id]:focus');
    await expect(focused).toHaveAttribute('data-id', stories[1998].id);
    await expect(focused).toBeInViewport();
    // And it stays there: nothing scrolls the list on after the rest has come.
    await page.waitForTimeout(500);
    await expect(focused).toBeInViewport();
    await page.keyboard.press('ArrowDown');
    await expect(table.locator('tbody tr[data-id]:focus')).toHaveAttribute('data-id', stories[1997].id);
    await expect(table.locator('tbody tr[data-id]:focus')).toBeInViewport();
  });

  test('scrolled, then an arrow pressed, on the plain first screen: the row moved to is focused and on screen once the library takes over @browser-only', async ({ galley }) => {
    const page = galley.page;
    const release = await holdBackWindowCode(page);
    await page.reload();
    const table = page.getByRole('table', { name: 'Articles' });
    const first = table.locator(`tbody tr[data-id="${stories[1999].id}"]`);
    await expect(first).toBeVisible();
    expect(await page.evaluate(() => performance.getEntriesByName('library:adopted').length), 'the plain first screen').toBe(0);
    await first.click();
    await expect(first).toBeFocused();
    await page.mouse.move(400, 400);
    await page.mouse.wheel(0, 30_000);
    await expect.poll(() => page.evaluate(() => document.querySelector('.grid-wrap')!.scrollTop)).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    release();
    await page.waitForFunction(() => performance.getEntriesByName('library:adopted').length > 0);
    const focused = table.locator('tbody tr[data-id]:focus');
    await expect(focused).toHaveAttribute('data-id', stories[1998].id);
    await expect(focused).toBeInViewport();
    await page.keyboard.press('ArrowDown');
    await expect(table.locator('tbody tr[data-id]:focus')).toHaveAttribute('data-id', stories[1997].id);
    await expect(table.locator('tbody tr[data-id]:focus')).toBeInViewport();
  });

  test('paints the first screen from the newest hundred stories, and the whole library follows', async ({ galley }) => {
    const page = galley.page;
    const table = page.getByRole('table', { name: 'Articles' });
    // The page as the fixture left it has asked for everything (its mark says the whole listing came); from here on, a fresh load's asks.
    await expect(table).toHaveAttribute('aria-rowcount', '2001');
    await page.waitForFunction(() => performance.getEntriesByName('library:whole').length > 0);
    const asked: unknown[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/listArticles')) asked.push(JSON.parse(request.postData() ?? 'null'));
    });
    await page.reload();
    await expect(table.locator('tbody tr[data-id]').first()).toHaveAttribute('data-id', stories[1999].id);
    // The count is the library's from the first answer on, not the first screen's.
    await expect(page.getByRole('button', { name: /^Articles/ })).toContainText('2000');
    await expect(table).toHaveAttribute('aria-rowcount', '2001');
    // First the screen (React's development double mount may ask twice), then the whole library, once, when the window has settled.
    await expect(table.locator('tbody tr[data-id]').first()).toBeVisible();
    await expect.poll(() => asked.filter((body) => JSON.stringify(body) === '{}').length).toBe(1);
    expect(asked[0]).toEqual({ first: 100 });
    expect(asked.at(-1)).toEqual({});
    expect(asked.filter((body) => JSON.stringify(body) === '{}')).toHaveLength(1);
  });

  test('reaches the oldest story by End, and sorts the whole library, before the rest of the listing has come', async ({ galley }) => {
    const page = galley.page;
    // The whole listing is held back on its way (the real server answers it, late), so the list has only its first screen.
    const listing = await holdBackWholeListing(page);
    await page.reload();
    const table = page.getByRole('table', { name: 'Articles' });
    const rows = table.locator('tbody tr[data-id]');
    await expect(rows.first()).toHaveAttribute('data-id', stories[1999].id);
    // The list says how long the library is from the first screen on.
    await expect(table).toHaveAttribute('aria-rowcount', '2001');
    await rows.first().focus();
    await page.keyboard.press('End');
    listing.release();
    const focused = table.locator('tbody tr[data-id]:focus');
    await expect(focused).toHaveAttribute('data-id', stories[0].id);
    await expect(focused).toHaveAttribute('aria-rowindex', '2001');
    await expect(focused).toBeInViewport();

    // Sorted by catchline, the whole library's first comes first, not the first screen's.
    listing.holdAgain();
    await page.reload();
    await expect(rows.first()).toHaveAttribute('data-id', stories[1999].id);
    await table.getByRole('button', { name: 'Catchline' }).click();
    listing.release();
    const byCatchline = [...stories].sort((a, b) => a.catchline.localeCompare(b.catchline, undefined, { numeric: true }));
    await expect(rows.first()).toHaveAttribute('data-id', byCatchline[0].id);
  });
});
