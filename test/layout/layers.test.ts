// src/shared/layout runs anywhere (renderer, PDF services, tests): it may
// import zod and other src/shared files, and nothing from Node, the DOM or Electron.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED_LAYOUT = join(import.meta.dirname, '../../src/shared/layout');

describe('the shared layout code', () => {
  it('imports only zod and src/shared', () => {
    const files = readdirSync(SHARED_LAYOUT).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(join(SHARED_LAYOUT, file), 'utf8');
      for (const [, from] of source.matchAll(/from\s+'([^']+)'/g)) {
        const allowed = from === 'zod' || from.startsWith('./') || /^\.\.\/(article|export|speakers)\//.test(from);
        expect(allowed, `${file} imports ${from}`).toBe(true);
      }
      expect(source, `${file} touches the DOM`).not.toMatch(/\b(document|window|navigator)\./);
    }
  });
});
