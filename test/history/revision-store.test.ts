// A story's history on real library folders: the filed copy, checkpoints as a
// sub works, thinning as they age, a damaged history file, and the trash.
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openGalley, type Galley } from '../../src/services/galley';
import { docFromParagraphs } from '../../src/shared/article/text';
import type { Article } from '../../src/shared/article/model';
import { thinRevisions } from '../../src/shared/history/thin';

let root: string;
let galley: Galley | null = null;
let clock: Date;
const MINUTE = 60_000;
const tick = (ms: number) => void (clock = new Date(clock.getTime() + ms));

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-history-'));
  clock = new Date('2026-03-02T09:00:00.000Z');
});
afterEach(async () => {
  await galley?.close();
  galley = null;
  await rm(root, { recursive: true, force: true });
});

async function open(): Promise<Galley> {
  await galley?.close();
  galley = await openGalley({ library: root, now: () => clock });
  return galley;
}

const COPY = 'Ferry service resumes\n\nThe island ferry will run again from Monday, the operator said.\n\nRepairs to the pier took six weeks.';

async function importStory(g: Galley): Promise<Article> {
  return g.handlers.importText({ text: COPY, format: 'txt' });
}

/** One autosave as the editor sends it: every field, the body, the quote records. */
async function save(g: Galley, article: Article, change: Partial<Article>): Promise<Article> {
  const { catchline, headline, standfirst, byline, section, tags, status, targetWords, notes, body } = { ...article, ...change };
  return g.handlers.updateArticle({
    id: article.id,
    baseRevision: article.revision,
    fields: { catchline, headline, standfirst, byline, section, tags, status, targetWords, notes, body },
    quotes: article.quotes,
  });
}

const historyFile = (id: string) => join(root, 'revisions', `${id}.json`);

describe('a story’s revisions', () => {
  it('keeps the filed copy at import, signed with the system user when the library names no sub', async () => {
    const g = await open();
    const article = await importStory(g);
    const { revisions } = await g.handlers.listRevisions({ id: article.id });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ n: 1, kind: 'filed', author: userInfo().username, headline: 'Ferry service resumes', status: 'subbing', at: clock.toISOString() });
    expect(revisions[0].reason).toMatch(/filed copy/);
    const filed = await g.handlers.getRevision({ id: article.id, n: 1 });
    expect(filed.fields.body).toEqual(article.body);
    expect(filed.fields.headline).toBe(article.headline);
  });

  it('signs revisions with the sub’s name from the library settings', async () => {
    const g = await open();
    await g.handlers.updateSettings({ settings: { subName: 'Rosa Lind' } });
    const article = await importStory(g);
    const named = await g.handlers.createRevision({ id: article.id, label: 'subbed' });
    expect(named).toMatchObject({ n: 2, kind: 'named', reason: 'subbed', author: 'Rosa Lind' });
    expect((await g.handlers.listRevisions({ id: article.id })).revisions.map((r) => r.author)).toEqual(['Rosa Lind', 'Rosa Lind']);
  });

  it('leaves the history file alone on autosaves, and keeps a checkpoint after a few minutes of editing and at a status change', async () => {
    const g = await open();
    let article = await importStory(g);
    const path = historyFile(article.id);
    const before = await stat(path);
    const bytes = await readFile(path, 'utf8');
    for (let i = 1; i <= 5; i++) {
      tick(30_000);
      article = await save(g, article, { headline: `Ferry service resumes ${i}` });
    }
    const after = await stat(path);
    expect([after.ino, after.mtimeMs, after.size]).toEqual([before.ino, before.mtimeMs, before.size]);
    expect(await readFile(path, 'utf8')).toBe(bytes);

    tick(3 * MINUTE); // five and a half minutes since the filed copy
    article = await save(g, article, { headline: 'Ferry back on Monday' });
    let { revisions } = await g.handlers.listRevisions({ id: article.id });
    expect(revisions.map((r) => [r.n, r.kind, r.headline])).toEqual([
      [1, 'filed', 'Ferry service resumes'],
      [2, 'checkpoint', 'Ferry back on Monday'],
    ]);

    tick(MINUTE);
    article = await save(g, article, { status: 'ready' });
    ({ revisions } = await g.handlers.listRevisions({ id: article.id }));
    expect(revisions.at(-1)).toMatchObject({ n: 3, kind: 'checkpoint', status: 'ready', reason: 'status changed from subbing to ready' });
  });

  it('remembers across a reopen when the last revision was, so a reopened library does not checkpoint every save', async () => {
    let g = await open();
    let article = await importStory(g);
    g = await open();
    tick(MINUTE);
    article = await save(g, article, { headline: 'One minute in' });
    expect((await g.handlers.listRevisions({ id: article.id })).revisions).toHaveLength(1);
  });

  it('thins old checkpoints to one an hour, keeps every one of the last day, and never drops the filed copy or named revisions', async () => {
    const g = await open();
    let article = await importStory(g);
    await g.handlers.createRevision({ id: article.id, label: 'legalled' });
    // Three days of subbing, a save every twenty minutes: 216 checkpoints if none were thinned.
    for (let i = 0; i < 216; i++) {
      tick(20 * MINUTE);
      article = await save(g, article, { standfirst: `Edit ${i}` });
    }
    const { revisions } = await g.handlers.listRevisions({ id: article.id });
    expect(revisions[0]).toMatchObject({ n: 1, kind: 'filed' });
    expect(revisions[1]).toMatchObject({ n: 2, kind: 'named', reason: 'legalled' });
    const checkpoints = revisions.filter((r) => r.kind === 'checkpoint');
    const dayAgo = clock.getTime() - 24 * 60 * MINUTE;
    const recent = checkpoints.filter((r) => Date.parse(r.at) > dayAgo);
    const older = checkpoints.filter((r) => Date.parse(r.at) <= dayAgo);
    expect(recent).toHaveLength(72); // every one of the last day
    const hours = older.map((r) => Math.floor(Date.parse(r.at) / (60 * MINUTE)));
    expect(new Set(hours).size).toBe(older.length); // one an hour
    expect(older.length).toBeGreaterThanOrEqual(47);
    expect(older.length).toBeLessThanOrEqual(49);
    // Each hour keeps its latest checkpoint, so numbers keep rising and the newest is the last save.
    expect(revisions.at(-1)!.articleRevision).toBe(article.revision);
    const numbers = revisions.map((r) => r.n);
    expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
  });

  it('caps the checkpoints, dropping the oldest first', () => {
    const at = (minutes: number) => new Date(Date.parse('2026-03-02T00:00:00Z') + minutes * MINUTE).toISOString();
    const revisions = [
      { kind: 'filed' as const, at: at(0), n: 1 },
      ...Array.from({ length: 10 }, (_, i) => ({ kind: 'checkpoint' as const, at: at(5 * (i + 1)), n: i + 2 })),
      { kind: 'named' as const, at: at(60), n: 12 },
    ];
    const kept = thinRevisions(revisions, new Date(at(61)), { keepAllMs: 24 * 60 * MINUTE, bucketMs: 60 * MINUTE, maxCheckpoints: 4 });
    expect(kept.map((r) => r.n)).toEqual([1, 8, 9, 10, 11, 12]);
  });
});

describe('a damaged history file', () => {
  it('is set aside in the quarantine and a fresh history begun, the story itself untouched', async () => {
    let g = await open();
    let article = await importStory(g);
    tick(6 * MINUTE);
    article = await save(g, article, { headline: 'Ferry back on Monday' });
    await g.close();
    const articleFile = join(root, 'articles', `${article.id}.json`);
    const storyBytes = await readFile(articleFile, 'utf8');
    await writeFile(historyFile(article.id), '{"version":1,"articleId":"' + article.id + '","next":3,"revisions":[{"n":1,');

    g = await open();
    expect(await g.handlers.getArticle({ id: article.id })).toEqual(article);
    const { revisions } = await g.handlers.listRevisions({ id: article.id });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ n: 1, kind: 'checkpoint', headline: 'Ferry back on Monday' });
    expect(revisions[0].reason).toMatch(/damaged/);
    const damaged = (await g.handlers.listArticles({})).damaged;
    expect(damaged).toHaveLength(1);
    expect(damaged[0].file).toBe(`${article.id}.json`);
    expect(damaged[0].reason).toMatch(/history file is damaged \(not valid JSON/);
    expect(await readFile(damaged[0].quarantinedAs, 'utf8')).toMatch(/^\{"version":1/);
    expect(await readFile(articleFile, 'utf8')).toBe(storyBytes);

    // Saving goes on as before, and the fresh history grows from there.
    tick(6 * MINUTE);
    article = await save(g, article, { headline: 'Ferry back on Tuesday' });
    expect((await g.handlers.listRevisions({ id: article.id })).revisions.map((r) => r.headline)).toEqual(['Ferry back on Monday', 'Ferry back on Tuesday']);
  });

  it('never fails a save: a history file of the wrong shape is set aside when the checkpoint falls due', async () => {
    let g = await open();
    let article = await importStory(g);
    await g.close();
    await writeFile(historyFile(article.id), JSON.stringify({ version: 1, articleId: article.id, next: 'two', revisions: [] }));
    g = await open();
    tick(6 * MINUTE);
    article = await save(g, article, { headline: 'Saved all the same' });
    expect((await g.handlers.getArticle({ id: article.id })).headline).toBe('Saved all the same');
    const { revisions } = await g.handlers.listRevisions({ id: article.id });
    expect(revisions.at(-1)!.headline).toBe('Saved all the same');
    expect((await g.handlers.listArticles({})).damaged[0].reason).toMatch(/wrong shape: next/);
  });
});

describe('trash and restore', () => {
  it('carry the history with the story, and emptying the trash removes it', async () => {
    const g = await open();
    let article = await importStory(g);
    tick(6 * MINUTE);
    article = await save(g, article, { headline: 'Ferry back on Monday' });
    await g.handlers.createRevision({ id: article.id, label: 'subbed' });
    const kept = (await g.handlers.listRevisions({ id: article.id })).revisions;
    expect(kept).toHaveLength(3);

    await g.handlers.deleteArticle({ id: article.id });
    expect(await readdir(join(root, 'revisions'))).not.toContain(`${article.id}.json`);
    expect(await readdir(join(root, 'trash', 'revisions'))).toContain(`${article.id}.json`);

    await g.handlers.restoreArticle({ id: article.id });
    expect((await g.handlers.listRevisions({ id: article.id })).revisions).toEqual(kept);

    await g.handlers.deleteArticle({ id: article.id });
    expect(await g.handlers.emptyTrash({})).toEqual({ removed: 1 });
    expect(await readdir(join(root, 'trash', 'revisions'))).toEqual([]);
    expect(await readdir(join(root, 'revisions'))).not.toContain(`${article.id}.json`);
  });
});

describe('restoring a revision', () => {
  it('puts its fields and body back as the next save and keeps that as a revision restored from it', async () => {
    const g = await open();
    let article = await importStory(g);
    tick(6 * MINUTE);
    article = await save(g, article, { headline: 'Ferry back', body: docFromParagraphs(['Cut to one line.']) });
    const restored = await g.handlers.restoreRevision({ id: article.id, n: 1, baseRevision: article.revision });
    expect(restored.headline).toBe('Ferry service resumes');
    expect(restored.body).toEqual((await g.handlers.getRevision({ id: article.id, n: 1 })).fields.body);
    expect(restored.revision).toBe(article.revision + 1);
    const last = (await g.handlers.listRevisions({ id: article.id })).revisions.at(-1)!;
    expect(last).toMatchObject({ kind: 'restored', headline: 'Ferry service resumes', articleRevision: restored.revision });
    expect(last.reason).toMatch(/^restored from revision 1/);
    await expect(g.handlers.restoreRevision({ id: article.id, n: 1, baseRevision: article.revision })).rejects.toMatchObject({ code: 'conflict' });
    await expect(g.handlers.getRevision({ id: article.id, n: 99 })).rejects.toMatchObject({ code: 'not-found' });
  });
});
