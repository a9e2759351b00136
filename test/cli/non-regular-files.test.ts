// `galley import` and `galley quotes` on things that are not plain files: a
// FIFO (which would block the read for ever) and /dev/zero (which never
// ends). The built command line as a real process must refuse each at once,
// naming it, with exit 1, and import nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildCliIfStale, galley } from './run-cli';

let root: string;
let library: string;
let fifo: string;

beforeAll(() => {
  buildCliIfStale();
  root = mkdtempSync(path.join(tmpdir(), 'galley-cli-special-'));
  library = path.join(root, 'library');
  fifo = path.join(root, 'pipe.txt');
  execFileSync('mkfifo', [fifo]);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function articlesIn(folder: string): Promise<unknown[]> {
  const listed = await galley(['list', '--json', '--library', folder]);
  return JSON.parse(listed.stdout);
}

describe('files that are not plain files are refused, not read', () => {
  test('a FIFO (named pipe) with no writer', async () => {
    const run = await galley(['import', fifo, '--library', library]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`“${fifo}”`);
    expect(run.stderr).toMatch(/not a plain file/);
    expect(await articlesIn(library)).toEqual([]);
  });

  test('/dev/zero, which never ends', async () => {
    expect(existsSync('/dev/zero')).toBe(true);
    const run = await galley(['import', '/dev/zero', '--library', library]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('“/dev/zero”');
    expect(run.stderr).toMatch(/not a plain file/);
    expect(await articlesIn(library)).toEqual([]);
  });

  test('galley quotes on a FIFO is refused the same way', async () => {
    const run = await galley(['quotes', fifo]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pipe\.txt”: it is not a plain file/);
  });
});
