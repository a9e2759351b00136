// History: comparing two revisions of a 10,000-word story that differ by 100
// scattered edits, beside jsdiff's word diff of the two plain texts; and an
// autosave of a story with a 50-revision history, beside the store's own save
// with no history hook at all.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffWords } from 'diff';
import { openGalley } from '../src/services/galley';
import type { Article, DocNode } from '../src/shared/article/model';
import { bodyText } from '../src/shared/article/text';
import { compareStories } from '../src/shared/history/compare';
import { makeArticle, rng } from './generate';
import { percentile, sample, type Row } from './measure';

const SECTION = 'history';

/** The story with `edits` words replaced, each in a different place. */
function edited(body: DocNode, edits: number, random: () => number): DocNode {
  const copy = structuredClone(body);
  const blocks = copy.content as Array<{ content: Array<{ text: string }> }>;
  for (let i = 0; i < edits; i++) {
    const block = blocks[Math.floor(random() * blocks.length)].content[0];
    const words = block.text.split(' ');
    words[Math.floor(random() * words.length)] = `edited${i}`;
    block.text = words.join(' ');
  }
  return copy;
}

async function benchCompare(): Promise<Row[]> {
  const random = rng(14);
  const story = makeArticle(random, 0, 10_000);
  const later = { ...story, body: edited(story.body, 100, random) };
  const textA = bodyText(story.body);
  const textB = bodyText(later.body);
  for (let i = 0; i < 3; i++) {
    compareStories(story, later);
    diffWords(textA, textB);
  }
  const runs = 15;
  const galley = await sample(runs, () => compareStories(story, later));
  const baseline = await sample(runs, () => diffWords(textA, textB));
  const changes = compareStories(story, later).body.length;
  return [
    {
      section: SECTION,
      metric: `compare 10,000 words, 100 scattered edits → changeset (median of ${runs}; ${changes} changes)`,
      galley: percentile(galley, 50),
      baseline: percentile(baseline, 50),
      baselineName: 'jsdiff diffWords on the plain texts',
      unit: 'ms',
      note: 'target ≤ 2× and < 300 ms',
    },
  ];
}

async function benchAutosave(): Promise<Row[]> {
  const root = await mkdtemp(join(tmpdir(), 'galley-bench-history-'));
  try {
    const g = await openGalley({ library: root });
    const random = rng(15);
    const fields = (a: Article) => ({ headline: a.headline, standfirst: a.standfirst, byline: a.byline, body: a.body, status: a.status });
    const seed = makeArticle(random, 1, 1_500);
    let withHistory = await g.handlers.createArticle({ fields: fields(seed) });
    for (let i = 0; i < 49; i++) {
      withHistory = await g.handlers.updateArticle({ id: withHistory.id, baseRevision: withHistory.revision, fields: { standfirst: `Revision ${i}` } });
      await g.handlers.createRevision({ id: withHistory.id, label: `revision ${i + 2}` });
    }
    const kept = (await g.handlers.listRevisions({ id: withHistory.id })).revisions.length;
    let plain = await g.store.create(fields(makeArticle(random, 2, 1_500)));
    const runs = 60;
    // Interleaved, so both meet the same moment of a loaded machine.
    const galley: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < runs; i++) {
      const body = edited(withHistory.body, 1, random);
      const start = performance.now();
      withHistory = await g.handlers.updateArticle({ id: withHistory.id, baseRevision: withHistory.revision, fields: { body } });
      galley.push(performance.now() - start);
      const plainStart = performance.now();
      plain = await g.store.update(plain.id, plain.revision, { fields: { body: edited(plain.body, 1, random) } });
      baseline.push(performance.now() - plainStart);
    }
    await g.close();
    return [
      {
        section: SECTION,
        metric: `autosave of a 1,500-word story with a ${kept}-revision history (median of ${runs})`,
        galley: percentile(galley.slice(5), 50),
        baseline: percentile(baseline.slice(5), 50),
        baselineName: 'the store’s save, no history',
        unit: 'ms',
        note: 'target ≤ 1.2×',
      },
    ];
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

export async function benchHistory(): Promise<Row[]> {
  return [...(await benchCompare()), ...(await benchAutosave())];
}
