// The copy scrolls in a box of its own (.copy-scroll), positioned in its
// column and fully contained, so that a keystroke's layout starts at that box
// rather than walking up through the editor's flex rows (styles/app.css,
// "typing path"). These check that it is that box, and that the sub notices
// nothing: a long story scrolls in it, the caret is kept in view as the sub
// types at the end, and the format bar stays at the top.
import { makeArticle, rng } from '../bench/generate';
import type { Article } from '../src/shared/article/model';
import { expect, test } from './support/fixtures';

const long: Article = { ...makeArticle(rng(5), 0, 3000), headline: 'Council budget cut in flood towns' };

test.use({ libraryFiles: { [`articles/${long.id}.json`]: JSON.stringify(long) } });

test('a long story scrolls in the contained copy box, which keeps the caret and the format bar in view as the sub types', async ({ galley }) => {
  const page = galley.page;
  await page.getByRole('button', { name: `Open ${long.headline}`, exact: true }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p').first()).toBeVisible();

  const scroller = page.locator('.copy-scroll');
  const box = await scroller.evaluate((el) => {
    const style = getComputedStyle(el);
    return { contain: style.contain, position: style.position, overflowY: style.overflowY, scrolls: el.scrollHeight > el.clientHeight + 100 };
  });
  expect(box).toEqual({ contain: 'strict', position: 'absolute', overflowY: 'auto', scrolls: true });
  // The body's nearest scroller is that box, so it is the one the copy scrolls in.
  expect(await body.evaluate((el) => el.closest('.copy-scroll') !== null)).toBe(true);

  // The end of the story, typed at: ProseMirror brings the caret into view within the box.
  await body.locator('p').last().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Residents will meet on Friday.');
  await expect(body.locator('p').last()).toContainText('Residents will meet on Friday.');
  // The bar sticks at the box's top edge, wholly in view (it stuck 20 px above it, its buttons cut in half).
  const view = await scroller.evaluate((el) => {
    const caret = getSelection()!.getRangeAt(0).getBoundingClientRect();
    const frame = el.getBoundingClientRect();
    const bar = el.querySelector('.format-bar')!.getBoundingClientRect();
    return { scrolled: el.scrollTop > 0, caretInView: caret.top >= frame.top && caret.bottom <= frame.bottom, barAtTop: Math.abs(bar.top - frame.top) < 1 };
  });
  expect(view).toEqual({ scrolled: true, caretInView: true, barAtTop: true });
});
