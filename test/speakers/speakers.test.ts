// The speaker directory and the quote calls across the library, through the
// real handlers on a temp library.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DocNode } from '../../src/shared/article/model';
import { blankSpeaker } from '../../src/shared/speakers/model';
import { openGalley, type Galley } from '../../src/services/galley';

let root: string;
let galley: Galley;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-speakers-'));
  galley = await openGalley({ library: root });
});
afterEach(async () => {
  await galley.close();
  await rm(root, { recursive: true, force: true });
});

const quoted = (text: string, quoteId: string, speakerId: string | null, before = '', after = ' she said.'): DocNode => ({
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        ...(before ? [{ type: 'text' as const, text: before }] : []),
        { type: 'text', text: `“` },
        { type: 'text', text, marks: [{ type: 'quote', attrs: { quoteId, speakerId } }] },
        { type: 'text', text: `”${after}` },
      ],
    },
  ],
});

describe('speaker directory', () => {
  it('creates, edits and keeps speakers in their own file', async () => {
    const h = galley.handlers;
    const hua = await h.createSpeaker({ fields: { ...blankSpeaker('Hua Chunying'), role: 'spokeswoman', pronoun: 'she' } });
    await h.updateSpeaker({ id: hua.id, fields: { laterReference: 'Ms Hua' } });
    const onDisk = JSON.parse(await readFile(join(root, 'speakers.json'), 'utf8'));
    expect(onDisk.speakers).toMatchObject([{ name: 'Hua Chunying', laterReference: 'Ms Hua', pronoun: 'she' }]);
  });

  it('merges a misspelt duplicate: quotes in every article move to the kept entry', async () => {
    const h = galley.handlers;
    const right = await h.createSpeaker({ fields: { ...blankSpeaker('Imdad Qazi'), role: 'general secretary' } });
    const wrong = await h.createSpeaker({ fields: { ...blankSpeaker('Imdad Quazi'), organisation: 'Communist Party of Pakistan' } });
    const a = await h.createArticle({ fields: { headline: 'A', body: quoted('This victory will give courage', 'q-one', wrong.id) } });
    const b = await h.createArticle({ fields: { headline: 'B', body: quoted('A serious defence strategy', 'q-two', right.id) } });
    const result = await h.mergeSpeakers({ keepId: right.id, dropId: wrong.id });
    expect(result.articlesChanged).toBe(1);
    expect(result.speaker).toMatchObject({ name: 'Imdad Qazi', role: 'general secretary', organisation: 'Communist Party of Pakistan' });
    expect((await h.listSpeakers({})).speakers.map((s) => s.name)).toEqual(['Imdad Qazi']);
    const usage = await h.speakerUsage({ id: right.id });
    expect(usage.quotes.map((q) => [q.articleId, q.text]).sort()).toEqual(
      [
        [a.id, 'This victory will give courage'],
        [b.id, 'A serious defence strategy'],
      ].sort(),
    );
    await expect(h.speakerUsage({ id: wrong.id })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('searches quotes across the library by speaker and by words', async () => {
    const h = galley.handlers;
    const ann = await h.createSpeaker({ fields: blankSpeaker('Ann Lee') });
    const tom = await h.createSpeaker({ fields: blankSpeaker('Tom Price') });
    const a = await h.createArticle({ fields: { headline: 'Flood', body: quoted('The river wall is overdue', 'q-ann', ann.id) } });
    await h.createArticle({ fields: { headline: 'Budget', body: quoted('The budget is fair', 'q-tom', tom.id) } });
    expect((await h.searchQuotes({ speakerId: ann.id })).hits).toEqual([{ articleId: a.id, headline: 'Flood', quoteId: 'q-ann', speakerId: ann.id, text: 'The river wall is overdue' }]);
    expect((await h.searchQuotes({ words: 'BUDGET fair' })).hits.map((x) => x.quoteId)).toEqual(['q-tom']);
    expect((await h.searchQuotes({ speakerId: ann.id, words: 'budget' })).hits).toEqual([]);
  });
});
