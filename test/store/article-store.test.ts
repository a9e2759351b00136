import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/shared/article/text';
import { ArticleStore } from '../../src/services/store/article-store';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-store-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const body = (...paragraphs: string[]) => docFromParagraphs(paragraphs);

describe('ArticleStore on real files', () => {
  it('creates, updates and reopens an article exactly as left', async () => {
    const store = await ArticleStore.open({ root });
    const created = await store.create({ headline: 'Council approves budget', catchline: 'council-budget' });
    const updated = await store.update(created.id, created.revision, {
      fields: { standfirst: 'A 4% rise', body: body('The council voted 7–2 on Tuesday.', '“It is fair,” she said.'), tags: ['council'] },
    });
    expect(updated.revision).toBe(2);
    await store.close();

    const onDisk = JSON.parse(await readFile(join(root, 'articles', `${created.id}.json`), 'utf8'));
    expect(onDisk.standfirst).toBe('A 4% rise');
    const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
    expect(index.articles[created.id].words).toBe(11);

    const reopened = await ArticleStore.open({ root });
    const again = await reopened.get(created.id);
    expect(again).toEqual(updated);
    expect(reopened.list().articles.map((a) => a.headline)).toEqual(['Council approves budget']);
  });

  it('refuses a save based on an old revision instead of overwriting the other side', async () => {
    const store = await ArticleStore.open({ root });
    const a = await store.create({ headline: 'One' });
    await store.update(a.id, 1, { fields: { headline: 'Window A' } });
    await expect(store.update(a.id, 1, { fields: { headline: 'Window B' } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await store.get(a.id)).headline).toBe('Window A');
  });

  it('reads a story again as another writer left it, however alike the files, and hands out copies nobody can change', async () => {
    const store = await ArticleStore.open({ root });
    const a = await store.create({ headline: 'Ferry resumes on Monday' });
    const first = await store.get(a.id);
    expect(await store.get(a.id)).toBe(first); // unchanged on disk: the validated copy, not another read
    expect(() => ((first as { headline: string }).headline = 'Changed in memory')).toThrow(TypeError);

    // Another program rewrites the file in place, to the same length: only its times tell.
    const file = join(root, 'articles', `${a.id}.json`);
    await writeFile(file, (await readFile(file, 'utf8')).replace('Monday', 'Sunday'));
    expect((await store.get(a.id)).headline).toBe('Ferry resumes on Sunday');

    const other = await ArticleStore.open({ root });
    await other.update(a.id, a.revision, { fields: { headline: 'Ferry cancelled' } });
    expect((await store.get(a.id)).headline).toBe('Ferry cancelled');
    await other.close();
    await store.close();
  });

  it('writes only the saved article file, never the others', async () => {
    const store = await ArticleStore.open({ root, indexFlushMs: 60_000 });
    const a = await store.create({ headline: 'A' });
    const b = await store.create({ headline: 'B' });
    const before = await readFile(join(root, 'articles', `${b.id}.json`), 'utf8');
    await store.update(a.id, 1, { fields: { headline: 'A2' } });
    expect(await readFile(join(root, 'articles', `${b.id}.json`), 'utf8')).toBe(before);
    await store.close();
  });

  it('moves deleted articles to the trash, restores them and empties the trash', async () => {
    const store = await ArticleStore.open({ root });
    const a = await store.create({ headline: 'Keep me' });
    const b = await store.create({ headline: 'Bin me' });
    await store.delete(b.id);
    expect(store.list().articles.map((x) => x.id)).toEqual([a.id]);
    expect(store.list().trash.map((x) => x.id)).toEqual([b.id]);
    await expect(store.get(b.id)).rejects.toMatchObject({ code: 'not-found' });
    await store.restore(b.id);
    expect((await store.get(b.id)).headline).toBe('Bin me');
    await store.delete(b.id);
    expect(await store.emptyTrash()).toBe(1);
    expect(await readdir(join(root, 'trash'))).toEqual([]);
  });

  it('quarantines damaged files at open, lists them with the reason, and serves the rest', async () => {
    const seeded = await ArticleStore.open({ root });
    const good = await seeded.create({ headline: 'Good copy', body: body('Intact paragraph.') });
    await seeded.close();
    const articles = join(root, 'articles');
    const fakeId = (n: number) => `0000000${n}-0000-4000-8000-000000000000`;
    await writeFile(join(articles, `${fakeId(1)}.json`), '{"id": "trunc');
    await writeFile(join(articles, `${fakeId(2)}.json`), '');
    await writeFile(join(articles, `${fakeId(3)}.json`), 'not json at all');
    await writeFile(join(articles, `${fakeId(4)}.json`), JSON.stringify({ id: fakeId(4), headline: 42 }));
    await mkdir(join(articles, `${fakeId(5)}.json`));

    const store = await ArticleStore.open({ root });
    const { articles: listed, damaged } = store.list();
    expect(listed.map((a) => a.id)).toEqual([good.id]);
    expect((await store.get(good.id)).body).toEqual(body('Intact paragraph.'));
    const reasons = Object.fromEntries(damaged.map((d) => [d.file, d.reason]));
    expect(reasons[`${fakeId(1)}.json`]).toMatch(/not valid JSON/);
    expect(reasons[`${fakeId(2)}.json`]).toMatch(/empty/);
    expect(reasons[`${fakeId(3)}.json`]).toMatch(/not valid JSON/);
    expect(reasons[`${fakeId(4)}.json`]).toMatch(/wrong shape/);
    expect(reasons[`${fakeId(5)}.json`]).toMatch(/folder/);
    const quarantined = await readdir(join(root, 'quarantine'));
    expect(quarantined.filter((n) => n.includes(fakeId(1)))).toHaveLength(1);
    // Opening again finds the same list without re-quarantining anything.
    const third = await ArticleStore.open({ root });
    expect(third.list().damaged).toHaveLength(5);
  });

  it('rebuilds a missing or damaged index.json from the article files', async () => {
    const store = await ArticleStore.open({ root });
    const a = await store.create({ headline: 'Rebuilt from the file', section: 'News' });
    await store.close();
    await writeFile(join(root, 'index.json'), '{ broken');
    const reopened = await ArticleStore.open({ root });
    expect(reopened.list().articles).toMatchObject([{ id: a.id, headline: 'Rebuilt from the file', section: 'News' }]);
    await rm(join(root, 'index.json'));
    const again = await ArticleStore.open({ root });
    expect(again.list().articles.map((x) => x.id)).toEqual([a.id]);
  });

  it('notices an article file changed behind a stale index', async () => {
    const store = await ArticleStore.open({ root });
    const a = await store.create({ headline: 'Old headline' });
    await store.close();
    const path = join(root, 'articles', `${a.id}.json`);
    const onDisk = JSON.parse(await readFile(path, 'utf8'));
    await writeFile(path, JSON.stringify({ ...onDisk, headline: 'Edited by another process', revision: 2 }));
    const reopened = await ArticleStore.open({ root });
    expect(reopened.list().articles[0].headline).toBe('Edited by another process');
  });

  it('searches headline and body, folding case and typography, with filters', async () => {
    const store = await ArticleStore.open({ root });
    const a = await store.create({ headline: 'Taliban victory', status: 'subbing', section: 'World', body: body('Mr Qazi’s warning came today.') });
    await store.create({ headline: 'Local fete', status: 'draft', section: 'News', body: body('Cakes and a tombola.') });
    await store.whenSearchReady();
    expect((await store.search("qazi's warning")).map((h) => h.id)).toEqual([a.id]);
    expect((await store.search('TALIBAN'))[0].snippet).toContain('Taliban');
    expect(await store.search('tombola', { section: 'World' })).toEqual([]);
    expect(await store.search('cakes', { status: 'draft' })).toHaveLength(1);
  });
});
