// scripts/fuses.mjs against a stand-in binary carrying a fuse wire as
// Electron 45 lays it out (no Electron binary can be downloaded here): the
// release fuses are flipped, the rest of the file is untouched, and --check
// tells a fused build from an unfused one.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function fakeElectron(): Promise<{ path: string; before: Buffer; wireAt: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-fuses-'));
  dirs.push(dir);
  const head = randomBytes(64 * 1024);
  // Version 1, nine fuses, every one in Electron's default state: on, except cookie encryption, asar validation, asar-only.
  const wire = Buffer.from([1, 9, ...'101100111'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
  const file = Buffer.concat([head, Buffer.from(SENTINEL), wire, randomBytes(64 * 1024)]);
  const path = join(dir, 'galley');
  await writeFile(path, file, { mode: 0o755 });
  return { path, before: file, wireAt: head.length + SENTINEL.length + 2 };
}

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/fuses.mjs', ...args], { encoding: 'utf8' });

describe('scripts/fuses.mjs', () => {
  it('flips the release fuses and nothing else', async () => {
    const { path, before, wireAt } = await fakeElectron();
    expect(run('--check', path).status).toBe(1);
    const flipped = run(path);
    expect(flipped.status, flipped.stderr).toBe(0);
    const after = await readFile(path);
    // RunAsNode off, cookie encryption on, NODE_OPTIONS off, inspect off, asar integrity on, asar only on, V8 snapshot untouched, file privileges off, wasm untouched.
    expect(after.subarray(wireAt, wireAt + 9).toString('latin1')).toBe('010011101');
    expect(Buffer.concat([after.subarray(0, wireAt), after.subarray(wireAt + 9)]).equals(Buffer.concat([before.subarray(0, wireAt), before.subarray(wireAt + 9)]))).toBe(true);
    const checked = run('--check', path);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.stdout).toContain('RunAsNode');
  });

  it('refuses a file that is not an Electron binary', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'galley-fuses-'));
    dirs.push(dir);
    await writeFile(join(dir, 'not-electron'), 'hello');
    const result = run(join(dir, 'not-electron'));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/sentinel/);
  });
});
