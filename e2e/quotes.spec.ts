import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, settle, test } from './support/fixtures';

const SEED = resolve('..', 'shared', 'fixtures', 'seed-article.txt');

async function importSeed(page: import('@playwright/test').Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(SEED);
  await expect(page.getByLabel('Headline')).toHaveValue(/^Communist Party of Pakistan warns/);
}

test('detect and accept all: five quotations, six segments, two speakers; a hand-tagged quote; all intact after a restart', async ({ galley }) => {
  let page = galley.page;
  await importSeed(page);
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('button', { name: 'Detect quotes' }).click();
  const suggested = page.getByRole('region', { name: 'Suggested quotes' });
  await expect(suggested.getByRole('listitem')).toHaveCount(5);
  await suggested.getByRole('button', { name: 'Accept all' }).click();

  const tagged = page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem');
  await expect(tagged).toHaveCount(5);
  const speakerOf = (i: number) => tagged.nth(i).locator('.quote-speaker');
  for (const [i, name] of ['Imdad Qazi', 'Imdad Qazi', 'Imdad Qazi', 'Hua Chunying', 'Hua Chunying'].entries()) await expect(speakerOf(i)).toHaveText(name);
  await expect(tagged.nth(1)).toContainText('a serious defence strategy. At the same time');
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('.quote-mark')).toHaveCount(6);
  // Who said it, to screen readers after each segment (his run-on quotation has two) and above it on hover.
  const generated = (pseudo: '::after' | '::before') =>
    body.locator('.quote-mark').evaluateAll((quotes, which) => quotes.map((q) => getComputedStyle(q, which).content), pseudo);
  const labels = await generated('::after');
  expect(labels.filter((c) => c === '" (quote, Imdad Qazi)"')).toHaveLength(4);
  expect(labels.filter((c) => c === '" (quote, Hua Chunying)"')).toHaveLength(2);
  const hers = labels.indexOf('" (quote, Hua Chunying)"');
  await body.locator('.quote-mark').nth(hers).hover();
  await expect.poll(async () => (await generated('::before'))[hers]).toBe('"Hua Chunying" / ""');
  const chips = page.getByRole('region', { name: 'Speakers quoted' });
  await expect(chips).toContainText('Imdad Qazi3');
  await expect(chips).toContainText('Hua Chunying2');

  // Tag a quote by hand, with a new speaker.
  await body.locator('p').last().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.press('ControlOrMeta+End');
  await settle(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('We will rebuild the schools');
  await page.keyboard.press('Shift+Home');
  await settle(page);
  await page.keyboard.press('ControlOrMeta+Shift+Q');
  const picker = page.getByRole('dialog', { name: 'Tag quote' });
  await picker.getByRole('combobox', { name: 'Speaker' }).fill('Ann Lee');
  await picker.getByRole('option', { name: /New speaker “Ann Lee”/ }).click();
  await expect(tagged).toHaveCount(6);
  await expect(speakerOf(5)).toHaveText('Ann Lee');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/);

  page = await galley.restart();
  await page.getByRole('button', { name: /^Open Communist Party/ }).click();
  await page.getByRole('tab', { name: /Quotes/ }).click();
  const again = page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem');
  await expect(again).toHaveCount(6);
  for (const [i, name] of ['Imdad Qazi', 'Imdad Qazi', 'Imdad Qazi', 'Hua Chunying', 'Hua Chunying', 'Ann Lee'].entries()) {
    await expect(again.nth(i).locator('.quote-speaker')).toHaveText(name);
  }
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('.quote-mark')).toHaveCount(7);

  // Across the library: her quotes, and one opens its article at the quote.
  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('button', { name: 'Quotes', exact: true }).click();
  await page.getByLabel('Quoted speaker').selectOption({ label: 'Hua Chunying' });
  const found = page.getByRole('list', { name: 'Quotes found' }).getByRole('listitem');
  await expect(found).toHaveCount(2);
  await page.getByLabel('Words in the quote').fill('destruction');
  await expect(found).toHaveCount(1);
  await found.first().getByRole('button').click();
  await expect(page.getByRole('textbox', { name: 'Body' })).toBeFocused();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toContain('The role of the US lies in destruction');
});

test('a quote changed after it matched its source shows as changed', async ({ galley }) => {
  const page = galley.page;
  await importSeed(page);
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('button', { name: 'Detect quotes' }).click();
  await page.getByRole('button', { name: 'Accept all' }).click();

  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByLabel('Source label').fill('Press conference transcript');
  await page.getByLabel('Source text').fill(
    'Hua Chunying: Joe Biden says that US mission in Afghanistan was never supposed to have been about nation-building, and it’s true. The role of the US lies in destruction, not construction.',
  );
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByRole('tab', { name: /Quotes/ }).click();
  const last = page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem').nth(4);
  await expect(last.locator('.integrity')).toHaveText('Verbatim');
  await expect(page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem').nth(3).locator('.integrity')).toHaveText('Verbatim');

  // The sub rewrites the quote: it no longer matches what was said.
  const body = page.getByRole('textbox', { name: 'Body' });
  await last.getByRole('button').first().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await settle(page);
  await page.keyboard.type('real ');
  await expect(last.locator('.integrity')).toHaveText('Changed since checked');
  await expect(last.getByLabel('Differences from the source')).toContainText('real');
});

test('a tagged quote survives copy, paste and undo', async ({ galley }) => {
  const page = galley.page;
  await importSeed(page);
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('button', { name: 'Detect quotes' }).click();
  await page.getByRole('button', { name: 'Accept all' }).click();
  const tagged = page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem');
  await expect(tagged).toHaveCount(5);
  const body = page.getByRole('textbox', { name: 'Body' });

  await tagged.nth(4).getByRole('button').first().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('ControlOrMeta+C');
  await page.keyboard.press('ControlOrMeta+End');
  await settle(page);
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+V');
  // The pasted copy is a quotation of its own, still hers.
  await expect(tagged).toHaveCount(6);
  await expect(tagged.nth(5).locator('.quote-speaker')).toHaveText('Hua Chunying');
  await expect(tagged.nth(5)).toContainText('The role of the US lies in destruction');

  await page.keyboard.press('ControlOrMeta+Z');
  await expect(tagged).toHaveCount(5);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(tagged).toHaveCount(6);
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/);
});

const LIBRARIES = [
  'Libraries saved after public outcry',
  '',
  'Plans to close three libraries in Southend have been shelved after a consultation drew 6,000 responses.',
  'Councillor Ravi Patel, the cabinet member for culture, said the council had listened. “Nobody wanted fewer libraries,” Patel said.',
  '“This plan should never have been drawn up,” said Jana Novak, the opposition leader.',
  'The council’s chief executive, Mark Ellery, wrote to residents. “The libraries stay open,” Mr Ellery said.',
  'Grace Brennan, a librarian at the Leigh branch, welcomed the news. “We are relieved,” Ms Brenan said.',
  '“Residents described the library as the only warm space left,” the consultation report says.',
  'The Echo, the town’s newspaper, ran a campaign for the branches. “We are proud of our readers,” the newspaper said.',
  '“We will watch the budget in February,” said campaigner Sue Hartley.',
].join('\n\n');

test('suggestions survive leaving the story, rejected ones stay rejected; kinds, colours and the checks panel', async ({ galley }, info) => {
  const page = galley.page;
  const file = join(await mkdtemp(join(tmpdir(), 'galley-e2e-quotes-')), 'libraries.txt');
  await writeFile(file, LIBRARIES);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Libraries saved after public outcry');

  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('button', { name: 'Detect quotes' }).click();
  const suggested = page.getByRole('region', { name: 'Suggested quotes' });
  const items = suggested.getByRole('listitem');
  await expect(items).toHaveCount(7);
  // The misspelt later reference is offered as the speaker first named, not a new one.
  await expect(items.filter({ hasText: 'We are relieved' })).toContainText('Grace Brennan');
  await expect(items.filter({ hasText: 'proud of our readers' })).toContainText('Echo · Publication');
  await items.filter({ hasText: 'only warm space' }).getByRole('button', { name: /^Reject/ }).click();
  await expect(items).toHaveCount(6);

  // Leave the story and come back: the suggestions are there again, the rejected one is not.
  await page.getByRole('button', { name: '← Library' }).click();
  await page.getByRole('button', { name: /^Open Libraries saved/ }).click();
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await expect(items).toHaveCount(6);
  await expect(suggested).not.toContainText('only warm space');

  await suggested.getByRole('button', { name: 'Accept all' }).click();
  const tagged = page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem');
  await expect(tagged).toHaveCount(6);
  await expect(tagged.filter({ hasText: 'proud of our readers' }).locator('.quote-speaker')).toHaveText('Echo · Publication');
  await expect(tagged.filter({ hasText: 'We are relieved' }).locator('.quote-speaker')).toHaveText('Grace Brennan');

  // Six speakers in one story, six looks: no two share an underline colour.
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('.quote-mark')).toHaveCount(6);
  const looks = () => body.locator('.quote-mark').evaluateAll((marks) => marks.map((m) => getComputedStyle(m).borderBottomColor));
  const light = await looks();
  expect(new Set(light).size).toBe(6);
  // And in the dark theme: six other colours, still all different.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => (await looks()).join()).not.toBe(light.join());
  expect(new Set(await looks()).size).toBe(6);
  await page.screenshot({ path: info.outputPath('quotes-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // A quote that differs from the source shows in the checks panel too.
  await page.getByRole('tab', { name: 'Sources' }).click();
  await page.getByLabel('Source label').fill('Interview notes');
  await page.getByLabel('Source text').fill('Sue Hartley: We will be watching the budget in February, believe me.');
  await page.getByRole('button', { name: 'Add source' }).click();
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await expect(tagged.filter({ hasText: 'watch the budget' }).locator('.integrity')).toHaveText('Differs from source');
  await page.screenshot({ path: info.outputPath('quotes-panel.png') });
  await page.getByRole('tab', { name: 'Checks' }).click();
  await expect(page.getByRole('region', { name: 'Checks' })).toContainText('“We will watch the budget in February,” differs from Interview notes');
  await page.screenshot({ path: info.outputPath('checks-panel.png') });
});

const LIFEBOAT = [
  'Lifeboat crew praised after night rescue',
  '',
  'A lifeboat crew has been praised for rescuing four fishermen in a storm off Arbroath.',
  '“We went out because that is the job,” said coxswain Zara Young.',
].join('\n\n');

test('the speaker picker offers the story’s own speakers first and opens on one of them, not a speaker from another story', async ({ galley }, info) => {
  const page = galley.page;
  // Another story's speakers in the directory first: the seed's two.
  await importSeed(page);
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('button', { name: 'Detect quotes' }).click();
  await page.getByRole('region', { name: 'Suggested quotes' }).getByRole('button', { name: 'Accept all' }).click();
  await expect(page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem')).toHaveCount(5);
  await page.getByRole('button', { name: '← Library' }).click();

  const file = join(await mkdtemp(join(tmpdir(), 'galley-e2e-quotes-')), 'lifeboat.txt');
  await writeFile(file, LIFEBOAT);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByLabel('Headline')).toHaveValue('Lifeboat crew praised after night rescue');
  await page.getByRole('tab', { name: /Quotes/ }).click();
  await page.getByRole('button', { name: 'Detect quotes' }).click();
  await page.getByRole('region', { name: 'Suggested quotes' }).getByRole('button', { name: 'Accept all' }).click();
  const tagged = page.getByRole('list', { name: 'Tagged quotes' }).getByRole('listitem');
  await expect(tagged).toHaveCount(1);
  await expect(tagged.first().locator('.quote-speaker')).toHaveText('Zara Young');

  // Tag a new quote by hand: the picker lists Zara Young first and selected, though the directory sorts her last, and the seed's speakers after her.
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.locator('p').last().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('ControlOrMeta+End');
  await settle(page);
  await page.keyboard.press('Enter');
  await page.keyboard.type('The sea was worse than any of us had seen');
  await page.keyboard.press('Shift+Home');
  await settle(page);
  await page.keyboard.press('ControlOrMeta+Shift+Q');
  const picker = page.getByRole('dialog', { name: 'Tag quote' });
  const options = picker.getByRole('option');
  await expect(options.first()).toContainText('Zara Young');
  await expect(options.first()).toContainText('in this story');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(1)).toContainText(/Imdad Qazi|Hua Chunying/);
  await expect(options.nth(1)).not.toContainText('in this story');
  await page.screenshot({ path: info.outputPath('speaker-picker.png') });
  await page.keyboard.press('Enter');
  await expect(tagged).toHaveCount(2);
  await expect(tagged.nth(1).locator('.quote-speaker')).toHaveText('Zara Young');
});
