// The article store's save path and the trash, on real files: a save keeps
// what it wrote as the validated copy (the next save or open reads it from
// memory, not from disk again), and emptying the trash takes each article's
// lock as delete and restore do, so it never removes a file another writer
// holds.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../src/shared/article/text';
import { ArticleStore } from '../../src/services/store/article-store';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-seams-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('a save', () => {
  it('keeps the article it wrote as the copy the next read serves, frozen, until the file changes', async () => {
    const store = await ArticleStore.open({ root });
    const created = await store.create({ headline: 'Ferry resumes' });
    expect(await store.get(created.id)).toBe(created);
    const saved = await store.update(created.id, 1, { fields: { body: docFromParagraphs(['The ferry sails at nine.']) } });
    expect(await store.get(created.id)).toBe(saved);
    expect(() => ((saved as { headline: string }).headline = 'Changed in memory')).toThrow(TypeError);
    // The next autosave finds its base in memory too, and another writer's save is still seen.
    const again = await store.update(created.id, 2, { fields: { headline: 'Ferry resumes on Monday' } });
    const other = await ArticleStore.open({ root });
    await other.update(created.id, again.revision, { fields: { headline: 'Ferry cancelled' } });
    expect((await store.get(created.id)).headline).toBe('Ferry cancelled');
    await other.close();
    await store.close();
  });
});

describe('emptyTrash', () => {
  it('leaves an article whose lock another live writer holds, says so, and empties the rest', async () => {
    const store = await ArticleStore.open({ root, lock: { waitMs: 300, staleMs: 5_000 } });
    const held = await store.create({ headline: 'Being restored elsewhere' });
    const free = await store.create({ headline: 'Nobody wants this' });
    await store.delete(held.id);
    await store.delete(free.id);
    // A live process (this one's parent), fresh: another Galley restoring it this moment.
    await writeFile(join(root, 'articles', `${held.id}.lock`), JSON.stringify({ pid: process.ppid, host: hostname(), at: Date.now(), nonce: 'live' }));
    await expect(store.emptyTrash()).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Being restored elsewhere') });
    expect(await readdir(join(root, 'trash'))).toEqual([`${held.id}.json`]);
    expect(store.list().trash.map((a) => a.id)).toEqual([held.id]);
    await store.close();
  });
});
