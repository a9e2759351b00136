// `galley import` on a Word zip bomb: the built command line checks the file
// in its import worker and refuses it by name, exit 1, importing nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { wordFile } from '../import/word-files';
import { buildCliIfStale, galley } from './run-cli';

let root: string;
beforeAll(() => {
  buildCliIfStale();
  root = mkdtempSync(path.join(tmpdir(), 'galley-cli-bomb-'));
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a .docx that unpacks to 40 MB is refused by name and nothing is imported', async () => {
  const bomb = path.join(root, 'copy.docx');
  writeFileSync(bomb, await wordFile('a'.repeat(40 * 1024 * 1024)));
  const library = path.join(root, 'library');
  const run = await galley(['import', bomb, '--library', library]);
  expect(run).toMatchObject({
    code: 1,
    stdout: '',
    stderr: 'galley import: “copy.docx” is not a Word file Galley can read: it unpacks to over 32 MB (word/document.xml alone).\n',
  });
  const listed = await galley(['list', '--json', '--library', library]);
  expect(JSON.parse(listed.stdout)).toEqual([]);
});
