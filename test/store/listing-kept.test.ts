// The whole listing is made once and handed out again until the library
// changes (browser mode then sends it without serialising it again): every
// change must show in the next listing, and nobody may change the one kept.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleStore } from '../../src/services/store/article-store';
import { jsonOf } from '../../src/services/store/kept-json';

let root: string;
let store: ArticleStore;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-listing-'));
  store = await ArticleStore.open({ root });
});
afterEach(async () => {
  await store.close();
  await rm(root, { recursive: true, force: true });
});

const headlines = (s: ArticleStore) => s.list().articles.map((a) => a.headline);

describe('the whole listing, kept between changes', () => {
  it('is the same frozen listing, and the same bytes, until something changes', async () => {
    await store.create({ headline: 'Council approves budget' });
    const first = store.list();
    expect(store.list()).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.articles) && Object.isFrozen(first.articles[0])).toBe(true);
    expect(() => (first.articles as unknown as unknown[]).push({})).toThrow();
    expect(jsonOf(first)).toBe(JSON.stringify(first));
    expect(jsonOf(first)).toBe(jsonOf(store.list()));
  });

  it('shows every save, delete, restore and emptied trash in the next listing', async () => {
    const a = await store.create({ headline: 'Harbour fire' });
    expect(headlines(store)).toEqual(['Harbour fire']);
    const before = store.list();
    const saved = await store.update(a.id, a.revision, { fields: { headline: 'Harbour fire: crews stay' } });
    expect(store.list()).not.toBe(before);
    expect(headlines(store)).toEqual(['Harbour fire: crews stay']);
    expect(JSON.parse(jsonOf(store.list())).articles[0].revision).toBe(saved.revision);
    const b = await store.create({ headline: 'River wall' });
    expect(headlines(store)).toEqual(['River wall', 'Harbour fire: crews stay']);
    await store.delete(b.id);
    expect(headlines(store)).toEqual(['Harbour fire: crews stay']);
    expect(store.list().trash.map((t) => t.id)).toEqual([b.id]);
    await store.restore(b.id);
    expect(store.list().trash).toEqual([]);
    expect(headlines(store)).toHaveLength(2);
    await store.delete(b.id);
    await store.emptyTrash();
    expect(store.list().trash).toEqual([]);
  });

  it('lists a file found damaged after it was kept', async () => {
    const good = await store.create({ headline: 'Good copy' });
    const bad = await store.create({ headline: 'Soon damaged' });
    const kept = store.list();
    expect(kept.damaged).toEqual([]);
    await writeFile(join(root, 'articles', `${bad.id}.json`), '{"id": "cut sh');
    await expect(store.get(bad.id)).rejects.toMatchObject({ code: 'unreadable-file' });
    const after = store.list();
    expect(after.articles.map((x) => x.id)).toEqual([good.id]);
    expect(after.damaged.map((d) => d.file)).toEqual([`${bad.id}.json`]);
  });

  it('answers the first screen from the same order, with the whole library’s counts', async () => {
    for (const headline of ['One', 'Two', 'Three']) await store.create({ headline });
    const whole = store.list();
    const first = store.list(2);
    expect(first.articles).toEqual(whole.articles.slice(0, 2));
    expect(first.counts).toEqual({ articles: 3, trash: 0 });
  });
});
