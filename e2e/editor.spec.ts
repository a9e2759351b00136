// Opening stories one after another. Each is set in an editor made ahead of
// time, some while the pointer rests on Open (src/renderer/editor/body-editor.ts),
// so these check that the sub only ever sees and saves that story's own copy,
// that undo cannot reach past the open, and that the toolbar, which reads its
// state when the page is idle, still follows the caret.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { makeArticle, rng } from '../bench/generate';
import type { Article } from '../src/shared/article/model';
import { expect, test } from './support/fixtures';

const random = rng(11);
const marked: Article = {
  ...makeArticle(random, 0, 200),
  headline: 'Harbour wall to be rebuilt after storm',
  body: {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'The wall is ' },
          { type: 'text', marks: [{ type: 'bold' }], text: 'beyond repair' },
          { type: 'text', text: ', the engineers said in ' },
          { type: 'text', marks: [{ type: 'italic' }], text: 'their report' },
          { type: 'text', text: '.' },
        ],
      },
      { type: 'paragraph', content: [{ type: 'text', text: 'Work starts in March and will take two years.' }] },
    ],
  },
};
const plain: Article = { ...makeArticle(random, 1, 300), headline: 'Library opening hours cut' };
/** Longer than the pointer must rest on Open for Galley to read the story and set it ahead. */
const REST_MS = 600;
const firstWords = (article: Article) => {
  const block = article.body.content[0] as { content: { text: string }[] };
  return block.content.map((t) => t.text).join('');
};

test.use({ libraryFiles: Object.fromEntries([marked, plain].map((a) => [`articles/${a.id}.json`, JSON.stringify(a)])) });

/** The library open on the two stories, and the steps every test below takes. */
function sub(galley: { page: Page }) {
  const page = galley.page;
  const body = page.getByRole('textbox', { name: 'Body' });
  const paragraphs = body.locator('p');
  const openStory = async (article: Article) => {
    await page.getByRole('button', { name: `Open ${article.headline}`, exact: true }).click();
    await expect(paragraphs.first()).toHaveText(firstWords(article));
  };
  const backToLibrary = async () => {
    await page.getByRole('button', { name: '← Library' }).click();
    await expect(page.getByRole('table', { name: 'Articles' })).toBeVisible();
  };
  /** The pointer rests on a story's Open long enough for Galley to read it and set it ahead. */
  const restOnOpen = async (article: Article) => {
    await page.getByRole('button', { name: `Open ${article.headline}`, exact: true }).hover();
    await page.waitForTimeout(REST_MS);
  };
  // The body's markup without the subbing checks' underlines, which arrive after a pause and are not the copy.
  const copyHtml = () =>
    body.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const mark of copy.querySelectorAll('.check-mark')) mark.replaceWith(...mark.childNodes);
      return copy.innerHTML;
    });
  /** Undo, pressed more times than there could be steps, leaves the story as it opened. */
  const undoChangesNothing = async (article: Article) => {
    const before = await copyHtml();
    await paragraphs.last().click();
    await expect(body).toBeFocused();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ControlOrMeta+z');
    await expect(paragraphs.first()).toHaveText(firstWords(article));
    expect(await copyHtml()).toBe(before);
  };
  return { page, body, paragraphs, openStory, backToLibrary, restOnOpen, undoChangesNothing };
}

test('a story opens with its own copy only, nothing of the specimen the spare editor was set on', async ({ galley }) => {
  const { body, paragraphs, openStory } = sub(galley);
  await openStory(marked);
  await expect(paragraphs).toHaveCount(2);
  await expect(body.locator('h2, h3, ul, ol, blockquote, hr')).toHaveCount(0);
});

test('undo stops at the open', async ({ galley }) => {
  const { openStory, undoChangesNothing } = sub(galley);
  await openStory(marked);
  await undoChangesNothing(marked);
});

test('the toolbar follows the caret', async ({ galley }) => {
  const { page, body, paragraphs, openStory } = sub(galley);
  await openStory(marked);
  const bold = page.getByRole('button', { name: 'Bold' });
  const italic = page.getByRole('button', { name: 'Italic' });
  await body.locator('strong').click();
  await expect(bold).toHaveAttribute('aria-pressed', 'true');
  await expect(italic).toHaveAttribute('aria-pressed', 'false');
  await body.locator('em').click();
  await expect(italic).toHaveAttribute('aria-pressed', 'true');
  await expect(bold).toHaveAttribute('aria-pressed', 'false');
  await paragraphs.last().click();
  await expect(italic).toHaveAttribute('aria-pressed', 'false');
});

test('a story opened after the pointer rested on another’s Open has its own copy only, and nothing to undo', async ({ galley }) => {
  const { body, paragraphs, openStory, restOnOpen, undoChangesNothing } = sub(galley);
  await restOnOpen(marked);
  await openStory(plain);
  await expect(paragraphs).toHaveCount(plain.body.content.length);
  await expect(body).not.toContainText('beyond repair');
  await undoChangesNothing(plain);
});

test('a story opened after the pointer rested on its own Open is the one set ahead, with nothing to undo', async ({ galley }) => {
  const { paragraphs, openStory, restOnOpen, undoChangesNothing } = sub(galley);
  await restOnOpen(plain);
  await openStory(plain);
  await expect(paragraphs).toHaveCount(plain.body.content.length);
  await undoChangesNothing(plain);
});

test('straight back to another story before an editor is made ahead: what is typed is saved with that story alone', async ({ galley }) => {
  const { page, paragraphs, openStory, backToLibrary } = sub(galley);
  await openStory(plain);
  await backToLibrary();
  await openStory(marked);
  await paragraphs.last().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' The council will pay.');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/, { timeout: 10_000 });
  const saved = JSON.parse(await readFile(join(galley.library, 'articles', `${marked.id}.json`), 'utf8')) as Article;
  expect(saved.body).toEqual({
    ...marked.body,
    content: [marked.body.content[0], { type: 'paragraph', content: [{ type: 'text', text: 'Work starts in March and will take two years. The council will pay.' }] }],
  });
  const other = JSON.parse(await readFile(join(galley.library, 'articles', `${plain.id}.json`), 'utf8')) as Article;
  expect(other.revision).toBe(plain.revision);
});
