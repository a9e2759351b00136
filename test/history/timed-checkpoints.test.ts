// Checkpoints taken by time, not by name: a sub's autosaves over eleven
// minutes on a real library folder, the service's clock moved as the sub's
// would. The e2e day of a story keeps a named version, since the browser
// cannot move the server's clock; here the clock is the service's own
// argument, and what the timed checkpoints hold is compared as the history
// panel compares it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { openGalley, type Galley } from '../../src/services/galley';
import { docFromParagraphs } from '../../src/shared/article/text';
import type { Article } from '../../src/shared/article/model';
import { compareStories } from '../../src/shared/history/compare';
import { CHECKPOINT_EVERY_MS } from '../../src/services/history/revision-store';

let root: string;
let galley: Galley;
let clock: Date;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-checkpoints-'));
  clock = new Date('2026-03-02T09:00:00.000Z');
  galley = await openGalley({ library: root, now: () => clock });
});
afterEach(async () => {
  await galley.close();
  await rm(root, { recursive: true, force: true });
});

const INTRO = 'The island ferry will run again from Monday, the operator said on Friday.';
const COST = 'Repairs to the pier took six weeks and cost £2m.';

/** The body as the sub has it `seconds` into the session: a cut at two minutes, a new figure at seven. */
function bodyAt(seconds: number) {
  const intro = seconds >= 120 ? 'The island ferry will run again from Monday.' : INTRO;
  const cost = seconds >= 420 ? 'Repairs to the pier took six weeks and cost £2.4m.' : COST;
  return docFromParagraphs([intro, cost]);
}

it('keeps a checkpoint each time five minutes of autosaves have passed, each holding the copy as it stood then', async () => {
  expect(CHECKPOINT_EVERY_MS).toBe(5 * 60_000);
  let article: Article = await galley.handlers.importText({ text: `Ferry service resumes\n\n${INTRO}\n\n${COST}`, format: 'txt' });
  const start = clock.getTime();
  // An autosave every twenty seconds for eleven minutes, as a second after each pause in typing would give.
  for (let seconds = 20; seconds <= 660; seconds += 20) {
    clock = new Date(start + seconds * 1000);
    article = await galley.handlers.updateArticle({ id: article.id, baseRevision: article.revision, fields: { body: bodyAt(seconds) } });
  }

  const { revisions } = await galley.handlers.listRevisions({ id: article.id });
  expect(revisions.map((r) => [r.n, r.kind, r.reason, r.at])).toEqual([
    [1, 'filed', 'filed copy: pasted in', '2026-03-02T09:00:00.000Z'],
    [2, 'checkpoint', 'checkpoint while subbing', '2026-03-02T09:05:00.000Z'],
    [3, 'checkpoint', 'checkpoint while subbing', '2026-03-02T09:10:00.000Z'],
  ]);

  const filed = await galley.handlers.getRevision({ id: article.id, n: 1 });
  const first = await galley.handlers.getRevision({ id: article.id, n: 2 });
  const second = await galley.handlers.getRevision({ id: article.id, n: 3 });
  expect(first.fields.body).toEqual(bodyAt(300));
  expect(second.fields.body).toEqual(bodyAt(600));
  expect(compareStories(filed.fields, first.fields).body.map((c) => [c.deleted, c.inserted])).toEqual([[', the operator said on Friday', '']]);
  expect(compareStories(first.fields, second.fields).body.map((c) => [c.deleted, c.inserted])).toEqual([['', '.4']]);
});
