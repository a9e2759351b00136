// src/shared/import runs anywhere (renderer, command line, server): it may
// import zod and other src/shared files, and nothing from Node, the DOM or
// Electron.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED_IMPORT = join(import.meta.dirname, '../../src/shared/import');

describe('the shared import pipeline', () => {
  it('imports only zod and src/shared', () => {
    const files = readdirSync(SHARED_IMPORT).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const source = readFileSync(join(SHARED_IMPORT, file), 'utf8');
      for (const [, from] of source.matchAll(/from\s+'([^']+)'/g)) {
        const allowed = from === 'zod' || from.startsWith('./') || from.startsWith('../article/') || from.startsWith('../contract/');
        expect(allowed, `${file} imports ${from}`).toBe(true);
      }
      expect(source, `${file} touches the DOM`).not.toMatch(/\b(document|window)\./);
    }
  });
});
