// @vitest-environment jsdom
// The autosaver (src/renderer/editor/autosave.ts) over the real article
// store on a temp folder: one save at a time, with what was typed during one
// going in the next; a conflict waits for the sub's word and never retries on
// its own, and Keep mine saves over the other version; a failing disk keeps
// the text in the journal and is tried again until it saves.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GalleyClient } from '../../src/shared/contract/api';
import { docFromParagraphs } from '../../src/shared/article/text';
import { ArticleStore, type ArticleChange } from '../../src/services/store/article-store';
import { Autosaver, RETRY_MS } from '../../src/renderer/editor/autosave';
import { browserJournal } from '../../src/renderer/editor/recovery-journal';
import { faultyFs, type FaultyFs } from '../reliability/fault-fs';

let root: string;
let faulty: FaultyFs;
let store: ArticleStore;
/** The two calls the autosaver makes, answered by the store as the galley handlers answer them. */
let client: GalleyClient;
const journal = browserJournal(localStorage);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-autosaver-'));
  faulty = faultyFs();
  store = await ArticleStore.open({ root, fs: faulty.fs });
  client = {
    getArticle: ({ id }) => store.get(id),
    // As the contract delivers them: parsed, defaults filled.
    updateArticle: ({ id, baseRevision, fields, quotes, sources }) => store.update(id, baseRevision, { fields, quotes, sources } as ArticleChange),
  } as Partial<GalleyClient> as GalleyClient;
  // Only the autosaver's own timers are held back; the files are real.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(async () => {
  vi.useRealTimers();
  localStorage.clear();
  await store.close();
  await rm(root, { recursive: true, force: true });
});

/** Waits on real I/O, without moving the held-back clock (vi.waitFor would move it). */
async function until(done: () => boolean): Promise<void> {
  while (!done()) await new Promise((resolve) => setImmediate(resolve));
}
const typed = (text: string) => ({ fields: { body: docFromParagraphs([text]) } });
const bodyOf = async (id: string) => (await store.get(id)).body.content.map((b) => (b as { content?: { text: string }[] }).content?.[0]?.text).join('\n');

describe('Autosaver', () => {
  it('saves one at a time: what is typed while a save is in flight goes in the next, on top of it', async () => {
    const article = await store.create({ headline: 'Ferry' });
    let text = 'The ferry sails.';
    const saver = new Autosaver(client, article.id, article.revision, () => typed(text), journal);
    saver.touch();
    const first = saver.flush();
    expect(saver.state.kind).toBe('saving');
    text = 'The ferry sails at nine.';
    saver.touch();
    expect(saver.state.kind).toBe('unsaved');
    expect(await saver.flush()).toBe(true);
    // The first flush answers for itself: more was typed while it saved.
    expect(await first).toBe(false);
    expect(saver.state.kind).toBe('saved');
    expect(saver.revision).toBe(3);
    expect(await bodyOf(article.id)).toBe('The ferry sails at nine.');
    expect(journal.read(article.id)).toBeNull();
  });

  it('stops at a conflict, keeps the text in the journal, never retries alone, and Keep mine saves over theirs', async () => {
    const article = await store.create({ headline: 'Ferry' });
    const elsewhere = await ArticleStore.open({ root });
    await elsewhere.update(article.id, 1, { fields: { headline: 'Theirs' } });
    await elsewhere.close();
    const saver = new Autosaver(client, article.id, article.revision, () => typed('Mine.'), journal);
    saver.touch();
    expect(await saver.flush()).toBe(false);
    expect(saver.state).toMatchObject({ kind: 'error', code: 'conflict' });
    expect(journal.read(article.id)?.snapshot).toEqual(typed('Mine.'));
    await vi.advanceTimersByTimeAsync(RETRY_MS * 5);
    expect(saver.state).toMatchObject({ kind: 'error', code: 'conflict' });
    expect((await store.get(article.id)).revision).toBe(2);
    expect(await saver.keepMine()).toBe(true);
    expect(saver.state.kind).toBe('saved');
    const saved = await store.get(article.id);
    expect(saved.revision).toBe(3);
    expect(saved.headline).toBe('Theirs'); // only what this copy changed is written over
    expect(await bodyOf(article.id)).toBe('Mine.');
  });

  it('keeps the text in the journal while the disk fails, and tries again until it saves', async () => {
    const article = await store.create({ headline: 'Ferry' });
    const saver = new Autosaver(client, article.id, article.revision, () => typed('Typed while the disk was full.'), journal);
    faulty.faults.push({ calls: ['writeFile'], code: 'ENOSPC' });
    saver.touch();
    expect(await saver.flush()).toBe(false);
    expect(saver.state).toMatchObject({ kind: 'error', code: 'disk', message: expect.stringContaining('the disk is full') });
    expect(journal.read(article.id)?.snapshot).toEqual(typed('Typed while the disk was full.'));
    // Still failing: the next try fails too, and the one after is scheduled again.
    vi.advanceTimersByTime(RETRY_MS);
    expect(saver.state.kind).toBe('saving');
    await until(() => saver.state.kind !== 'saving');
    expect(saver.state).toMatchObject({ kind: 'error', code: 'disk' });
    expect(faulty.failures.filter((f) => f.call === 'writeFile')).toHaveLength(2);
    faulty.faults.length = 0;
    vi.advanceTimersByTime(RETRY_MS - 1);
    expect(saver.state.kind).toBe('error');
    vi.advanceTimersByTime(1);
    expect(saver.state.kind).toBe('saving');
    await until(() => saver.state.kind !== 'saving');
    expect(saver.state.kind).toBe('saved');
    expect(await bodyOf(article.id)).toBe('Typed while the disk was full.');
    expect(journal.read(article.id)).toBeNull();
  });
});
