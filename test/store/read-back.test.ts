// Whatever the store acknowledges it can read again, and whatever a newer
// Galley or Notepad leaves in a file it can read and keeps: on real files.
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BlockNode, DocNode, InlineNode } from '../../src/shared/article/model';
import { MAX_ARTICLE_BYTES } from '../../src/shared/article/model';
import { docFromParagraphs } from '../../src/shared/article/text';
import { api } from '../../src/shared/contract/api';
import { ArticleStore } from '../../src/services/store/article-store';
import { JsonFiles, MAX_FILE_BYTES, MAX_JSON_DEPTH } from '../../src/services/store/json-file';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-readback-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** 22 blockquotes deep, then paragraphs of words and hard breaks: the shape indentation blew up. */
function nestedBreaks(paragraphs: number, breaksEach: number): DocNode {
  const line: InlineNode[] = [];
  for (let i = 0; i < breaksEach; i++) line.push({ type: 'text', text: `w${i}` }, { type: 'hardBreak' });
  let block: BlockNode[] = Array.from({ length: paragraphs }, () => ({ type: 'paragraph', content: line }) as BlockNode);
  for (let depth = 0; depth < 21; depth++) block = [{ type: 'blockquote', content: block }];
  return { type: 'doc', content: block };
}

describe('a save the store acknowledges reads back', () => {
  it('writes a 6 MB body of nested blockquotes and hard breaks compactly, and opens it again', async () => {
    const body = nestedBreaks(30, 5_000);
    const store = await ArticleStore.open({ root });
    const created = await store.create({ headline: 'Deep quotes' });
    const args = { id: created.id, baseRevision: created.revision, fields: { body } };
    const sent = JSON.stringify(args).length;
    expect(api.updateArticle.args.safeParse(args).success).toBe(true);
    expect(sent).toBeGreaterThan(6_000_000);

    await store.update(created.id, created.revision, { fields: { body } });
    await store.close();
    const file = join(root, 'articles', `${created.id}.json`);
    const { size } = await stat(file);
    console.log(`[read-back] ${sent} bytes sent, ${size} bytes on disk (read limit ${MAX_FILE_BYTES})`);
    expect(size).toBeLessThan(sent * 1.1);

    const reopened = await ArticleStore.open({ root });
    expect((await reopened.get(created.id)).body).toEqual(body);
    expect(reopened.list().articles).toHaveLength(1);
    expect(reopened.damaged).toEqual([]);
  });

  it('refuses, naming the part that is too big, a story larger than a story can be; the file before it stays', async () => {
    const store = await ArticleStore.open({ root });
    const created = await store.create({ headline: 'Vast sources' });
    const text = 'x'.repeat(2_000_000);
    const sources = Array.from({ length: Math.ceil(MAX_ARTICLE_BYTES / text.length) + 1 }, (_, i) => ({
      id: `src-${i}`,
      label: `Transcript ${i}`,
      text,
      addedAt: '2026-12-07T08:00:00.000Z',
    }));
    const error = await store.update(created.id, created.revision, { sources }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'invalid-argument' });
    const message = (error as Error).message;
    expect(message).toMatch(/^“Vast sources” was not saved: at \d+ MB it is larger than a story can be \(24 MB\), and the source material takes \d+ MB of it/);
    expect(message).toContain('your text is still in the editor');
    expect(message).not.toMatch(/sources\.\d|Too big|expected/);

    expect((await store.get(created.id)).revision).toBe(created.revision);
    expect((await readdir(join(root, 'articles'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const next = await store.update(created.id, created.revision, { fields: { body: docFromParagraphs(['Short and saved.']) } });
    expect(next.revision).toBe(created.revision + 1);
  });

  it('never puts in place a file the reader would refuse: too large or too deep, the old file stays and no temp is left', async () => {
    const files = new JsonFiles();
    const path = join(root, 'notes.json');
    await files.write(path, { kept: 'the version before' }, 'the notes');

    const huge = { text: 'é'.repeat(Math.ceil(MAX_FILE_BYTES / 2) + 10) };
    await expect(files.write(path, huge, 'the notes')).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringMatching(/^The notes was not saved: written out it would be 65 MB, and Galley reads back at most 64 MB per file/),
    });
    let deep: unknown = 'bottom';
    for (let i = 0; i < MAX_JSON_DEPTH + 5; i++) deep = { down: deep };
    await expect(files.write(path, deep, 'the notes')).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('nests more than 200 levels') });

    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ kept: 'the version before' });
    expect((await readdir(root)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('files from Notepad and from a newer Galley', () => {
  async function seed(): Promise<{ id: string; file: string; onDisk: Record<string, unknown> }> {
    const store = await ArticleStore.open({ root });
    const created = await store.create({ headline: 'Harbour reopens', body: docFromParagraphs(['The harbour reopened on Monday.']) });
    await store.close();
    const file = join(root, 'articles', `${created.id}.json`);
    return { id: created.id, file, onDisk: JSON.parse(await readFile(file, 'utf8')) };
  }

  it('reads an article saved with a UTF-8 byte-order mark', async () => {
    const { id, file, onDisk } = await seed();
    await writeFile(file, `\uFEFF${JSON.stringify(onDisk, null, 2)}`, 'utf8');
    await rm(join(root, 'index.json'));

    const store = await ArticleStore.open({ root });
    expect(store.damaged).toEqual([]);
    expect(store.list().articles.map((a) => a.headline)).toEqual(['Harbour reopens']);
    expect((await store.get(id)).headline).toBe('Harbour reopens');
    const saved = await store.update(id, 1, { fields: { headline: 'Harbour reopens early' } });
    expect(saved.revision).toBe(2);
  });

  it('keeps a field written by a newer Galley and writes it back untouched; callers never see it', async () => {
    const { id, file, onDisk } = await seed();
    const futureField = { layers: [{ kind: 'audio', seconds: 42 }], note: 'Ünïcode kept' };
    await writeFile(file, JSON.stringify({ ...onDisk, futureField }, null, 2), 'utf8');
    await rm(join(root, 'index.json'));

    const store = await ArticleStore.open({ root });
    expect(store.damaged).toEqual([]);
    const read = await store.get(id);
    expect(read).not.toHaveProperty('futureField');
    // What the renderer would send back from what it was given is accepted by the strict contract.
    expect(api.updateArticle.args.safeParse({ id, baseRevision: read.revision, fields: { headline: read.headline, body: read.body } }).success).toBe(true);

    const saved = await store.update(id, read.revision, { fields: { headline: 'Harbour reopens early' } });
    expect(saved).not.toHaveProperty('futureField');
    const after = JSON.parse(await readFile(file, 'utf8'));
    expect(after.futureField).toEqual(futureField);
    expect(after.headline).toBe('Harbour reopens early');
    await store.close();

    const reopened = await ArticleStore.open({ root });
    expect((await reopened.get(id)).headline).toBe('Harbour reopens early');
    expect(reopened.damaged).toEqual([]);
  });

  it('keeps the contract strict: an unknown field sent by a caller is refused', () => {
    expect(api.updateArticle.args.safeParse({ id: 'abcdef-1', baseRevision: 1, fields: { futureField: 1 } }).success).toBe(false);
    expect(api.createArticle.args.safeParse({ fields: { headline: 'x', futureField: 1 } }).success).toBe(false);
  });
});
