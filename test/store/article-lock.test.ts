// Locks that would stop saving for good: one timed in the future (a clock
// that runs ahead, or a file planted by hand) naming a live process, one from
// another machine that never lets go, one whose file time is in the future.
// Real lock files in a temp library, real child processes as the holders.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticleLocks } from '../../src/services/store/article-lock';
import { ArticleStore } from '../../src/services/store/article-store';
import { nodeFs } from '../../src/services/store/store-fs';

const HOUR = 3_600_000;
let root: string;
let holder: ChildProcess;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'galley-lock-'));
  // A live process that is not this one: the pid a planted or stuck lock names.
  holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  await new Promise((resolve) => holder.on('spawn', resolve));
});
afterEach(async () => {
  holder.kill();
  await rm(root, { recursive: true, force: true });
});

const plant = (path: string, fields: { pid: number; host: string; at: number; nonce: string }) => writeFile(path, JSON.stringify(fields));

describe('a lock timed in the future', () => {
  it('naming a live process on this machine does not block the save (before, every save waited 10 s and answered a conflict)', async () => {
    const store = await ArticleStore.open({ root });
    const a = await store.create({ headline: 'Planted' });
    await plant(join(root, 'articles', `${a.id}.lock`), { pid: holder.pid!, host: hostname(), at: Date.now() + HOUR, nonce: 'future' });
    const saved = await store.update(a.id, 1, { fields: { headline: 'Saved past a lock from the future' } });
    expect(saved.revision).toBe(2);
    expect((await store.get(a.id)).headline).toBe('Saved past a lock from the future');
    await store.close();
  });

  it('from another machine, more than a minute ahead, is broken too', async () => {
    const locks = new ArticleLocks(nodeFs);
    const lock = join(root, 'x.lock');
    await plant(lock, { pid: holder.pid!, host: 'desk-pc-7', at: Date.now() + HOUR, nonce: 'ahead' });
    expect(await locks.with(lock, 'the article', async () => 'ran')).toBe('ran');
  });
});

describe('a lock held far longer than any save', () => {
  it('from another machine a little ahead is broken once this Galley has watched it unchanged for the stale time', async () => {
    // Within the skew allowed between machines, so its time alone does not condemn it.
    const locks = new ArticleLocks(nodeFs, { waitMs: 5_000, staleMs: 400 });
    const lock = join(root, 'x.lock');
    await plant(lock, { pid: 4242, host: 'desk-pc-7', at: Date.now() + 30_000, nonce: 'stuck' });
    expect(await locks.with(lock, 'the article', async () => 'ran')).toBe('ran');
  });

  it('that cannot be read, with a file time in the future, is broken the same way', async () => {
    const locks = new ArticleLocks(nodeFs, { waitMs: 5_000, staleMs: 400 });
    const lock = join(root, 'x.lock');
    await writeFile(lock, 'not a lock');
    const future = new Date(Date.now() + HOUR);
    await utimes(lock, future, future);
    expect(await locks.with(lock, 'the article', async () => 'ran')).toBe('ran');
  });
});

describe('the conflict says who holds the lock', () => {
  it('names the host, the process and since when', async () => {
    const locks = new ArticleLocks(nodeFs, { waitMs: 200 });
    const lock = join(root, 'x.lock');
    const at = Date.now();
    await plant(lock, { pid: holder.pid!, host: hostname(), at, nonce: 'live' });
    const failure = locks.with(lock, 'the article “Budget”', async () => 'ran');
    await expect(failure).rejects.toMatchObject({ code: 'conflict' });
    const message = ((await failure.catch((e: Error) => e)) as Error).message;
    expect(message).toContain(`process ${holder.pid}`);
    expect(message).toContain(`on ${hostname()}`);
    expect(message).toContain(`since ${new Date(at).toISOString().slice(0, 19).replace('T', ' ')} UTC`);
    expect(message).toMatch(/^The article “Budget” is being saved by another Galley/);
    // The live holder's lock is left as it was.
    expect(JSON.parse(await readFile(lock, 'utf8')).nonce).toBe('live');
  });
});
