// `galley export` as the sub runs it: the real built command line in a child
// process, a real library and real folders in a temp directory, and, for
// PDF, real Chromium read back with poppler's pdftotext.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { OVERMATTER_MARK } from '../../src/shared/layout/print-document';
import { makeFolders } from '../../src/services/export/export-folder';
import { buildCliIfStale, galley, lines, SEED } from '../cli/run-cli';

const root = mkdtempSync(path.join(tmpdir(), 'galley-cli-export-'));
beforeAll(() => buildCliIfStale(), 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const seedText = readFileSync(SEED, 'utf8');
/** The seed with its body told three times over: some 1,400 words, far more than the default slot holds. */
function longStory(): string {
  const lines = seedText.split('\n');
  const bodyEnd = lines.findIndex((line) => line.startsWith('We’re a reader-owned') || line.startsWith("We're a reader-owned"));
  const body = lines.slice(4, bodyEnd);
  return [...lines.slice(0, 4), ...body, ...body, ...body, ...lines.slice(bodyEnd)].join('\n');
}

async function importCopy(library: string, file: string): Promise<string> {
  const run = await galley(['import', file, '--library', library]);
  expect(run.code).toBe(0);
  return run.stdout.trim();
}

/**
 * The letters and digits of a text, in order and lower-cased: what a PDF must
 * carry of the text export. Layout changes the rest (a drop cap set apart,
 * capitals for the intro's first words, a hyphen where a line breaks a word).
 */
const letters = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

function pdfText(file: string): string {
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  // The mark at the head of each overmatter page is the PDF's, not the story's.
  return text.split('\n').filter((line) => line.trim() !== OVERMATTER_MARK).join('\n');
}

const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

describe('galley export --format pdf', () => {
  for (const [name, story, over] of [
    ['a story that fits its slot', () => seedText, false],
    ['a story three times too long for its slot', () => longStory(), true],
  ] as const) {
    test(`carries every word of the text export for ${name}, and says on stderr when it is over`, async () => {
      const library = path.join(root, `lib-${over ? 'over' : 'fits'}`);
      const source = path.join(root, `${over ? 'long' : 'seed'}.txt`);
      writeFileSync(source, story());
      const id = await importCopy(library, source);
      const out = path.join(root, `pdf-${over ? 'over' : 'fits'}`);
      const run = await galley(['export', id, '--format', 'pdf,txt', '--out', out, '--library', library]);
      expect(run.code).toBe(0);
      const [pdf, txt] = lines(run.stdout);
      expect(pdf).toMatch(/\.pdf$/);
      const wanted = letters(readFileSync(txt, 'utf8'));
      expect(letters(pdfText(pdf))).toBe(wanted);
      if (over) {
        expect(pages(pdf)).toBeGreaterThan(1);
        expect(execFileSync('pdftotext', ['-f', '2', '-l', '2', '-raw', pdf, '-'], { encoding: 'utf8' })).toContain(OVERMATTER_MARK);
        expect(run.stderr).toMatch(/^galley export: “Communist Party of Pakistan warns Taliban victory.*” is over by \d+ lines \(\d+ words\) in its slot: the PDF carries the overmatter on the pages after the slot/m);
      } else {
        expect(pages(pdf)).toBe(1);
        expect(run.stderr).toBe('');
      }
    });
  }
});

describe('galley export --out', () => {
  test('a folder that cannot be made (/proc/forbidden) ends at once with an error naming it and the reason', async () => {
    const library = path.join(root, 'lib-proc');
    const id = await importCopy(library, SEED);
    const run = await galley(['export', id, '--format', 'txt', '--out', '/proc/forbidden', '--library', library]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe('galley export: Cannot export to the folder "/proc/forbidden": it is a system device folder, not a place for files.');
  });

  test('a network share or device path is refused before anything is made', async () => {
    const library = path.join(root, 'lib-unc');
    const id = await importCopy(library, SEED);
    const share = await galley(['export', id, '--format', 'txt', '--out', '//127.0.0.1/share', '--library', library]);
    expect(share.code).toBe(1);
    expect(share.stderr).toContain('network share');
    const device = await galley(['export', id, '--format', 'txt', '--out', '/dev/shm/galley-exports', '--library', library]);
    expect(device.code).toBe(1);
    expect(existsSync('/dev/shm/galley-exports')).toBe(false);
  });

  test('a file of the export’s name that Galley did not write is kept, and stderr says what the export was called instead', async () => {
    const library = path.join(root, 'lib-taken');
    const id = await importCopy(library, SEED);
    const out = path.join(root, 'taken');
    const first = await galley(['export', id, '--format', 'txt', '--out', out, '--library', library]);
    const name = path.basename(lines(first.stdout)[0]);
    writeFileSync(path.join(out, name), 'the sub’s own notes');
    const second = await galley(['export', id, '--format', 'txt', '--out', out, '--library', library]);
    expect(second.code).toBe(0);
    expect(lines(second.stdout)).toEqual([path.join(out, name.replace('.txt', '-2.txt'))]);
    expect(second.stderr).toContain(`${name} was already there and is not Galley’s export of this story`);
    expect(readFileSync(path.join(out, name), 'utf8')).toBe('the sub’s own notes');
    const third = await galley(['export', id, '--format', 'txt', '--out', out, '--library', library]);
    expect(lines(third.stdout)).toEqual([path.join(out, name.replace('.txt', '-2.txt'))]);
    expect(third.stderr).toContain('replaced Galley’s earlier export of this story');
    expect(readdirSync(out).sort()).toEqual(['.galley-exports.json', name, name.replace('.txt', '-2.txt')].sort());
  });
});

test('folders are made one step at a time, so a folder the system will not make fails instead of hanging', async () => {
  // Node's recursive mkdir retries /proc/forbidden/x for ever; this must answer.
  await expect(makeFolders('/proc/forbidden/x')).rejects.toThrow(/Cannot write exports to the folder "\/proc\/forbidden\/x": the system does not allow a folder to be made there/);
});
