// The story's choices (layout, checks set aside, quote suggestions) kept in
// the article file: through the contract and the real store on a temp
// folder, read back after the library is closed and opened again; a file
// written before they existed still reads; bad values are refused by name.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleChoices } from '../../src/shared/article/article-choices';
import { dispatch } from '../../src/shared/contract/dispatch';
import { openGalley, type Galley } from '../../src/services/galley';

let root: string;
let galley: Galley;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-choices-'));
  galley = await openGalley({ library: root });
});
afterEach(async () => {
  await galley.close();
  await rm(root, { recursive: true, force: true });
});

const choices: Required<ArticleChoices> = {
  layout: { templateId: 'tabloid', slot: { columns: 2, depthCm: 15.5 }, pullQuoteId: 'q-abc' },
  checks: { ignoredWords: ['Qazi'], dismissedRules: ['per-cent', 'mr-no-stop'] },
  quoteSuggestions: { detected: true, rejected: ['the bypass is a disgrace'], speakers: { 'we will fight it': { name: 'Grace Brennan', key: 'grace-brennan' }, 'no comment': null } },
};

async function articleFile(id: string): Promise<Record<string, unknown>> {
  const files = await readdir(join(root, 'articles'));
  const name = files.find((f) => f.startsWith(id))!;
  return JSON.parse(await readFile(join(root, 'articles', name), 'utf8')) as Record<string, unknown>;
}

describe('the story’s choices in the article file', () => {
  it('are saved through updateArticle like any field, written to the file, and read back after the library is opened again', async () => {
    const created = await galley.handlers.createArticle({ fields: { headline: 'Bypass' } });
    const saved = await dispatch(galley.handlers, 'updateArticle', { id: created.id, baseRevision: created.revision, fields: choices });
    expect(saved).toMatchObject({ ok: true, value: { revision: created.revision + 1, ...choices } });
    const onDisk = await articleFile(created.id);
    expect({ layout: onDisk.layout, checks: onDisk.checks, quoteSuggestions: onDisk.quoteSuggestions }).toEqual(choices);

    await galley.close();
    galley = await openGalley({ library: root });
    const reopened = await dispatch(galley.handlers, 'getArticle', { id: created.id });
    expect(reopened).toMatchObject({ ok: true, value: choices });
    // A save of another field leaves them as they were.
    const next = await galley.handlers.updateArticle({ id: created.id, baseRevision: created.revision + 1, fields: { headline: 'Bypass vote' } });
    expect(next).toMatchObject({ headline: 'Bypass vote', ...choices });
  });

  it('are absent from a file written before they existed, which still opens and saves', async () => {
    const created = await galley.handlers.createArticle({ fields: { headline: 'Old story' } });
    const file = await articleFile(created.id);
    for (const key of ['layout', 'checks', 'quoteSuggestions']) expect(file).not.toHaveProperty(key);
    // As an older Galley wrote it, byte for byte what it held: reopened from disk, not from the cache.
    await galley.close();
    const name = (await readdir(join(root, 'articles'))).find((f) => f.startsWith(created.id))!;
    await writeFile(join(root, 'articles', name), JSON.stringify(file));
    galley = await openGalley({ library: root });
    const read = await dispatch(galley.handlers, 'getArticle', { id: created.id });
    expect(read.ok).toBe(true);
    expect((read as { value: object }).value).not.toHaveProperty('layout');
    const saved = await dispatch(galley.handlers, 'updateArticle', { id: created.id, baseRevision: created.revision, fields: { checks: choices.checks } });
    expect(saved).toMatchObject({ ok: true, value: { headline: 'Old story', checks: choices.checks } });
  });

  it('refuses a slot past the grid, a word too long and a stray key, naming the field, and leaves the file as it was', async () => {
    const created = await galley.handlers.createArticle({ fields: { headline: 'Bounds' } });
    const refused = [
      { layout: { ...choices.layout, slot: { columns: 40, depthCm: 15 } } },
      { checks: { ignoredWords: ['x'.repeat(201)], dismissedRules: [] } },
      { quoteSuggestions: { ...choices.quoteSuggestions, extra: true } },
    ];
    for (const fields of refused) {
      const answer = await dispatch(galley.handlers, 'updateArticle', { id: created.id, baseRevision: created.revision, fields });
      expect(answer.ok).toBe(false);
      expect(answer.ok ? '' : answer.error.code).toBe('invalid-argument');
      expect(answer.ok ? '' : answer.error.message).toMatch(new RegExp(Object.keys(fields)[0], 'i'));
    }
    expect((await galley.handlers.getArticle({ id: created.id })).revision).toBe(created.revision);
  });

  it('are kept in a revision and come back when it is restored', async () => {
    const created = await galley.handlers.createArticle({ fields: { headline: 'Kept' } });
    const first = await galley.handlers.updateArticle({ id: created.id, baseRevision: created.revision, fields: { layout: choices.layout } });
    const named = await galley.handlers.createRevision({ id: created.id, label: 'subbed' });
    const moved = await galley.handlers.updateArticle({ id: created.id, baseRevision: first.revision, fields: { layout: { templateId: 'broadsheet', slot: null, pullQuoteId: null } } });
    const restored = await galley.handlers.restoreRevision({ id: created.id, n: named.n, baseRevision: moved.revision });
    expect(restored.layout).toEqual(choices.layout);
  });
});
