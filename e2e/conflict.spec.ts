// Two writers on one story: this window, and another one saving through the
// same services (another window or another Galley on the library). Neither
// side's words are dropped without the sub choosing.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

interface Body {
  type: 'doc';
  content: { type: 'paragraph'; content: { type: 'text'; text: string }[] }[];
}

/** Saves `text` as the whole body from outside this editor, as another window would (in browser mode with this tab's token, in its header). */
async function saveElsewhere(page: Page, id: string, text: string): Promise<void> {
  await page.evaluate(
    async ({ id, text }) => {
      const call = async (name: string, args: unknown) => {
        const bridge = (window as unknown as { galley?: Record<string, (a: unknown) => Promise<{ ok: boolean; value?: unknown }>> }).galley;
        const envelope = bridge
          ? await bridge[name](args)
          : ((await (await fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-galley-token': sessionStorage.getItem('galley.token') ?? '' }, body: JSON.stringify(args) })).json()) as { ok: boolean; value?: unknown });
        if (!envelope.ok) throw new Error(JSON.stringify(envelope));
        return envelope.value as { revision: number };
      };
      const current = await call('getArticle', { id });
      const body: Body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
      await call('updateArticle', { id, baseRevision: current.revision, fields: { body } });
    },
    { id, text },
  );
}

async function savedBody(page: Page, id: string): Promise<string> {
  return page.evaluate(async (id) => {
    const bridge = (window as unknown as { galley?: Record<string, (a: unknown) => Promise<{ value: { body: Body } }>> }).galley;
    const envelope = bridge ? await bridge.getArticle({ id }) : await (await fetch('/api/getArticle', { method: 'POST', headers: { 'content-type': 'application/json', 'x-galley-token': sessionStorage.getItem('galley.token') ?? '' }, body: JSON.stringify({ id }) })).json();
    return (envelope.value.body as Body).content.map((p) => p.content.map((t) => t.text).join('')).join('\n');
  }, id);
}

test('a save from elsewhere is a conflict the sub settles: keep mine, or load theirs and restore mine', async ({ galley }) => {
  const page = galley.page;
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await expect(body).toBeFocused();
  await page.keyboard.type('The ferry resumes on Monday.');
  const saveState = page.getByRole('status', { name: 'Save state' });
  await expect(saveState).toHaveText(/^Saved/, { timeout: 10_000 });
  const id = new URLSearchParams(new URL(page.url()).hash.slice(1)).get('article')!;

  // Another writer saves; this window's next save must not overwrite it unasked.
  await saveElsewhere(page, id, 'The ferry resumes on Tuesday.');
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Tickets are free.');
  const conflict = page.getByRole('alert', { name: 'Save conflict' });
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  expect(await savedBody(page, id)).toBe('The ferry resumes on Tuesday.');
  // Leaving is refused while the words are unsaved.
  await page.getByRole('button', { name: '← Library' }).click();
  await expect(body).toBeVisible();

  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(saveState).toHaveText(/^Saved/, { timeout: 10_000 });
  await expect(conflict).toBeHidden();
  expect(await savedBody(page, id)).toBe('The ferry resumes on Monday. Tickets are free.');

  // Again, and this time the sub takes the other version first.
  await saveElsewhere(page, id, 'The ferry is cancelled.');
  await body.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Bring ID.');
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  await conflict.getByRole('button', { name: 'Load theirs' }).click();
  await expect(body).toHaveText('The ferry is cancelled.');
  const recovered = page.getByRole('alert', { name: 'Recovered text' });
  await expect(recovered).toContainText('saved elsewhere since');
  await recovered.getByRole('button', { name: 'Restore it' }).click();
  await expect(body).toHaveText('The ferry resumes on Monday. Tickets are free. Bring ID.');
  await expect(saveState).toHaveText(/^Saved/, { timeout: 10_000 });
  expect(await savedBody(page, id)).toBe('The ferry resumes on Monday. Tickets are free. Bring ID.');
});
