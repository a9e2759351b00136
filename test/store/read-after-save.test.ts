// A read of an article that arrives while a save of it is being written answers the saved story, not the
// file as it stood before: a window reloaded as its last save went out (pagehide) read the old revision,
// opened a copy the disk had already moved past, and offered back as "recovered" a change that was saved.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ArticleStore } from '../../src/services/store/article-store';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-read-after-save-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

it('answers a read sent after a save, while the save is still being written, with the saved revision', async () => {
  const store = await ArticleStore.open({ root });
  const created = await store.create({ headline: 'Talks amongst unions' });
  const saving = store.update(created.id, created.revision, { fields: { headline: 'Talks among unions' } });
  const read = await store.get(created.id);
  expect(read.revision).toBe(created.revision + 1);
  expect(read.headline).toBe('Talks among unions');
  await saving;
  // A read with nothing queued is not held up, and a save that fails does not hold reads back for good.
  await expect(store.update(created.id, 1, { fields: { headline: 'stale' } })).rejects.toThrow(/saved elsewhere/u);
  expect((await store.get(created.id)).headline).toBe('Talks among unions');
  await store.close();
});
