// Two real processes, each with its own ArticleStore, on one library folder,
// both saving one article as fast as they can, reloading on a conflict the
// way the editor does. No save may be acknowledged and then lost: every
// acknowledged revision is distinct, and together they are exactly the
// article's history.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../../src/shared/article/model';
import { ArticleStore } from '../../src/services/store/article-store';
import { Quarantine } from '../../src/services/store/quarantine';
import { JsonFiles } from '../../src/services/store/json-file';
import { SpeakerDirectory } from '../../src/services/speakers/speaker-directory';
import { buildChild, startChild, type Child } from './children';
import { versionBody, versionProblem } from './versions';

const SAVES_EACH = 120;

let childFile: string;
const made: string[] = [];
beforeAll(async () => {
  childFile = await buildChild();
  made.push(dirname(childFile));
});
afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true });
});

async function race(children: Child[]) {
  await Promise.all(children.map((c) => c.waitFor(/^ready/)));
  for (const c of children) c.process.stdin!.write('go\n');
  const exits = await Promise.all(children.map((c) => c.exited));
  for (const [i, c] of children.entries()) {
    expect(c.lines.filter((l) => l.startsWith('error')), c.stderr()).toEqual([]);
    expect(exits[i].code).toBe(0);
  }
}

describe('two processes saving one article', () => {
  it('never corrupts the file and never drops an acknowledged save', async () => {
    const root = await mkdtemp(join(tmpdir(), 'galley-writers-'));
    made.push(root);
    const seeding = await ArticleStore.open({ root });
    const article = await seeding.create({ headline: 'A 1', body: versionBody(1, 1) });
    await seeding.close();

    const writers = ['A', 'B'].map((name) => startChild(childFile, ['hammer', root, article.id, name, String(SAVES_EACH)]));
    await race(writers);

    const acked = writers.flatMap((w) => w.lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4))));
    const conflicts = writers.map((w) => JSON.parse(w.lines.find((l) => l.startsWith('done '))!.slice(5)).conflicts as number);
    const onDisk = Article.parse(JSON.parse(await readFile(join(root, 'articles', `${article.id}.json`), 'utf8')));

    // Whole: one writer's complete version.
    const name = onDisk.headline.split(' ')[0];
    expect(versionProblem(onDisk, name)).toBeNull();
    // No silent drop: two acknowledgements never share a revision, and the history has no gaps.
    expect(acked).toHaveLength(2 * SAVES_EACH);
    expect(new Set(acked).size, 'two writers were both told they saved the same revision').toBe(acked.length);
    expect(onDisk.revision - 1).toBe(acked.length);
    expect([...acked].sort((a, b) => a - b)).toEqual(Array.from({ length: acked.length }, (_, i) => i + 2));
    // The race really happened: stale writers were turned away with a conflict.
    expect(conflicts[0] + conflicts[1]).toBeGreaterThan(0);
    expect((await readdir(join(root, 'articles'))).filter((n) => n.endsWith('.lock') || n.endsWith('.tmp'))).toEqual([]);
    console.log(`[two-writers] ${acked.length} saves acknowledged, revision ${onDisk.revision} on disk, conflicts A ${conflicts[0]} B ${conflicts[1]}`);
  });

  it('keeps every speaker both processes add to the shared directory', async () => {
    const root = await mkdtemp(join(tmpdir(), 'galley-writers-'));
    made.push(root);
    const writers = ['Ann', 'Bob'].map((name) => startChild(childFile, ['speakers', root, name, '40']));
    await race(writers);
    const acked = writers.flatMap((w) => w.lines.filter((l) => l.startsWith('ack ')).map((l) => l.slice(4)));
    const store = await ArticleStore.open({ root });
    const directory = await SpeakerDirectory.open(store.layout.speakers, new Quarantine(store.layout, new JsonFiles(), () => new Date()));
    expect(directory.list().map((s) => s.id).sort()).toEqual([...acked].sort());
    expect(acked).toHaveLength(80);
  });

  it('breaks a lock left by a dead process or a hung one, and waits for a live one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'galley-writers-'));
    made.push(root);
    const store = await ArticleStore.open({ root, lock: { waitMs: 300, staleMs: 5_000 } });
    const a = await store.create({ headline: 'Locked' });
    const lock = join(root, 'articles', `${a.id}.lock`);

    // A process that has exited: its pid is free.
    const dead = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => dead.on('exit', resolve));
    await writeFile(lock, JSON.stringify({ pid: dead.pid, host: hostname(), at: Date.now(), nonce: 'dead' }));
    expect((await store.update(a.id, 1, { fields: { headline: 'After a dead writer' } })).revision).toBe(2);

    // A live process (this one's parent) that has held it far longer than any save takes.
    await writeFile(lock, JSON.stringify({ pid: process.ppid, host: hostname(), at: Date.now() - 60_000, nonce: 'hung' }));
    expect((await store.update(a.id, 2, { fields: { headline: 'After a hung writer' } })).revision).toBe(3);

    // A live, fresh lock: the save waits, then answers with a conflict naming the other process, and saves nothing.
    await writeFile(lock, JSON.stringify({ pid: process.ppid, host: hostname(), at: Date.now(), nonce: 'live' }));
    await expect(store.update(a.id, 3, { fields: { headline: 'Blocked' } })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining(`process ${process.ppid}`),
    });
    expect((await store.get(a.id)).headline).toBe('After a hung writer');
    expect(JSON.parse(await readFile(lock, 'utf8')).nonce).toBe('live');
    await store.close();
  });
});
