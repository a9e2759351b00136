// `galley` on the command line: the built bundle as a real process against
// a temp library, real files and the real xmllint.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPORT_FORMATS, FILE_EXTENSIONS } from '../../src/shared/export/formats';
import { findChromium } from '../../src/services/pdf/chromium';
import { buildCliIfStale, galley, lines, NITF_XSD, repoRoot, SEED } from './run-cli';

const ALL_BUT_PDF = EXPORT_FORMATS.filter((f) => f !== 'pdf');
const HEADLINE = 'Communist Party of Pakistan warns Taliban victory may boost jihadist groups across the region';
const CATCHLINE = 'communist-party-pakistan';

let root: string;
let library: string;
let seedId: string;

beforeAll(async () => {
  buildCliIfStale();
  root = mkdtempSync(path.join(tmpdir(), 'galley-cli-'));
  library = path.join(root, 'library');
  const run = await galley(['import', SEED, '--library', library]);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  seedId = run.stdout.trim();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('galley import', () => {
  test('prints the new article id', () => {
    expect(seedId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('prints one id a line for several files, and finds the library in GALLEY_LIBRARY', async () => {
    const other = path.join(root, 'other-library');
    const copy = path.join(root, 'second.md');
    writeFileSync(copy, '# Harbour fire\n\nCrews fought the blaze at the marina overnight.\n');
    const run = await galley(['import', SEED, copy], { env: { GALLEY_LIBRARY: other } });
    expect(run.code).toBe(0);
    const ids = lines(run.stdout);
    expect(ids).toHaveLength(2);
    const listed = await galley(['list', '--json', '--library', other]);
    expect(JSON.parse(listed.stdout).map((a: { id: string }) => a.id).sort()).toEqual([...ids].sort());
  });

  test('imports nothing when one of the files is unreadable', async () => {
    const other = path.join(root, 'untouched-library');
    const run = await galley(['import', SEED, path.join(root, 'missing.txt'), '--library', other]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const listed = await galley(['list', '--json', '--library', other]);
    expect(JSON.parse(listed.stdout)).toEqual([]);
  });
});

describe('galley list', () => {
  test('prints id, status, catchline and headline', async () => {
    const run = await galley(['list', '--library', library]);
    expect(run.code).toBe(0);
    expect(lines(run.stdout)).toContain(`${seedId}  subbing  ${CATCHLINE}  ${HEADLINE}`);
  });

  test('--json prints the summaries; --status filters', async () => {
    const json = JSON.parse((await galley(['list', '--json', '--library', library])).stdout);
    expect(json).toEqual([expect.objectContaining({ id: seedId, catchline: CATCHLINE, headline: HEADLINE, status: 'subbing', words: expect.any(Number) })]);
    const ready = await galley(['list', '--status', 'ready', '--library', library]);
    expect(ready).toMatchObject({ code: 0, stdout: '' });
  });
});

describe('galley quotes', () => {
  test('--json on a file gives the quotes and speakers, and saves nothing', async () => {
    const fresh = path.join(root, 'quotes-library');
    const run = await galley(['quotes', SEED, '--json'], { env: { GALLEY_LIBRARY: fresh } });
    expect(run.code).toBe(0);
    const detection = JSON.parse(run.stdout);
    expect(detection.quotes.map((q: { speaker: { name: string } | null }) => q.speaker?.name)).toEqual([
      'Imdad Qazi',
      'Imdad Qazi',
      'Imdad Qazi',
      'Hua Chunying',
      'Hua Chunying',
    ]);
    expect(detection.quotes[0]).toMatchObject({
      number: 1,
      cue: 'he said',
      segments: [{ text: 'This victory of the Taliban will give courage to their followers in Pakistan,' }],
    });
    expect(detection.quotes[1].segments).toHaveLength(2);
    expect(detection.speakers.map((s: { name: string; laterReferences: string[] }) => [s.name, s.laterReferences])).toEqual([
      ['Imdad Qazi', ['Mr Qazi', 'he']],
      ['Hua Chunying', ['she']],
    ]);
    expect(existsSync(fresh)).toBe(false);
  });

  test('by article id prints one line per quote, then the speakers', async () => {
    const run = await galley(['quotes', seedId, '--library', library]);
    expect(run.code).toBe(0);
    const out = lines(run.stdout);
    expect(out[0]).toBe('1  Imdad Qazi    “This victory of the Taliban will give courage to their followers in Pakistan,”');
    expect(out[1]).toMatch(/^2  Imdad Qazi    “a serious defence strategy\. ¶ At the same time/);
    expect(out[4]).toMatch(/^5  Hua Chunying  “The role of the US lies in destruction, not construction\.”$/);
    expect(out.slice(5)).toEqual([
      'Speakers:',
      '  Imdad Qazi, general secretary, Communist Party of Pakistan (later: Mr Qazi, he)',
      '  Hua Chunying, Chinese Foreign Ministry spokeswoman (later: she)',
    ]);
  });
});

describe('galley export', () => {
  test('writes every format but PDF, NITF valid against the IPTC schema, and marks the article exported', async () => {
    const lib = path.join(root, 'export-library');
    const id = (await galley(['import', SEED, '--library', lib])).stdout.trim();
    const out = path.join(root, 'exports', 'today');
    const run = await galley(['export', id, '--format', ALL_BUT_PDF.join(','), '--out', out, '--library', lib]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const expected = ALL_BUT_PDF.map((f) => path.join(out, `${CATCHLINE}.${FILE_EXTENSIONS[f]}`));
    expect(lines(run.stdout)).toEqual(expected);
    expect(readdirSync(out).filter((f) => f !== '.galley-exports.json').sort()).toEqual(expected.map((f) => path.basename(f)).sort());

    execFileSync('xmllint', ['--noout', '--schema', NITF_XSD, path.join(out, `${CATCHLINE}.nitf.xml`)], { stdio: 'pipe' });
    expect(JSON.parse(readFileSync(path.join(out, `${CATCHLINE}.ninjs.json`), 'utf8')).headlines[0].value).toBe(HEADLINE);
    expect(readFileSync(path.join(out, `${CATCHLINE}.txt`), 'utf8')).toContain('This victory of the Taliban');

    const listed = await galley(['list', '--status', 'exported', '--library', lib]);
    expect(lines(listed.stdout)).toEqual([`${id}  exported  ${CATCHLINE}  ${HEADLINE}`]);
  });

  test('--status exports every article of that status; a relative --out is taken from the working folder', async () => {
    const lib = path.join(root, 'status-library');
    const md = path.join(root, 'harbour.md');
    writeFileSync(md, '# Harbour fire\n\nCrews fought the blaze at the marina overnight.\n');
    await galley(['import', SEED, md, '--library', lib]);
    const run = await galley(['export', '--status', 'subbing', '--format', 'md', '--out', 'wire', '--library', lib], { cwd: root });
    expect(run.code).toBe(0);
    expect(readdirSync(path.join(root, 'wire')).filter((f) => f !== '.galley-exports.json').sort()).toEqual([`${CATCHLINE}.md`, 'harbour-fire.md']);
    const left = await galley(['list', '--status', 'subbing', '--library', lib]);
    expect(left.stdout).toBe('');
  });
});

test('PDF is printed by Chromium beside the others where there is one, and refused saying how to find one where not', async () => {
  const lib = path.join(root, 'pdf-library');
  const id = (await galley(['import', SEED, '--library', lib])).stdout.trim();
  const out = path.join(root, 'pdf-out');
  const run = await galley(['export', id, '--format', 'pdf,html', '--out', out, '--library', lib]);
  if (findChromium()) {
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(lines(run.stdout)).toEqual([path.join(out, `${CATCHLINE}.pdf`), path.join(out, `${CATCHLINE}.html`)]);
    expect(readFileSync(path.join(out, `${CATCHLINE}.pdf`)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(out).filter((f) => f !== '.galley-exports.json').sort()).toEqual([`${CATCHLINE}.html`, `${CATCHLINE}.pdf`]);
  } else {
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr).toMatch(/PDF needs Chromium.*GALLEY_CHROMIUM/);
    expect(existsSync(out)).toBe(false);
  }
});

describe('help', () => {
  test('galley --help prints the commands', async () => {
    const run = await galley(['--help']);
    expect(run.code).toBe(0);
    for (const name of ['import', 'list', 'quotes', 'export']) expect(run.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
  });

  test('galley export --help prints its usage', async () => {
    const run = await galley(['export', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^galley export ID… --format LIST --out DIR/);
  });

  test('the package bin runs the built command line', async () => {
    const run = await galley(['--help'], { entry: path.join(repoRoot, 'bin/galley.mjs') });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Galley on the command line\./);
  });

  test('the package bin says how to build when the bundle is missing', async () => {
    // A copy of bin/ beside no out/ folder: the real file, run where nothing is built.
    const bare = mkdtempSync(path.join(tmpdir(), 'galley-bin-'));
    try {
      const bin = path.join(bare, 'bin', 'galley.mjs');
      execFileSync('mkdir', ['-p', path.dirname(bin)]);
      copyFileSync(path.join(repoRoot, 'bin/galley.mjs'), bin);
      const run = await galley(['--help'], { entry: bin });
      expect(run.code).toBe(1);
      expect(lines(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(/not built yet: run `npm run build`/);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});

describe('bad input: one line on stderr, nothing on stdout, exit 2 for usage and 1 for failures', () => {
  const missingId = '0000aaaa-0000-4000-8000-000000000000';
  const cases: Array<[string, () => string[], number, RegExp]> = [
    ['no command', () => [], 2, /^galley: missing command/],
    ['unknown command', () => ['publish'], 2, /^galley: unknown command “publish”/],
    ['unknown option', () => ['list', '--colour', '--library', library], 2, /^galley list: unknown option “--colour”/],
    ['option without its value', () => ['list', '--library'], 2, /^galley list: --library needs a value/],
    ['unknown status', () => ['list', '--status', 'spiked', '--library', library], 2, /^galley list: unknown status “spiked”/],
    ['import without a file', () => ['import', '--library', library], 2, /^galley import: name at least one file/],
    ['unreadable file', () => ['import', path.join(root, 'nope.txt'), '--library', library], 1, /^galley import: Could not read “.*nope\.txt”: there is no such file\.$/],
    ['a folder for a file', () => ['import', root, '--library', library], 1, /it is a folder, not a file/],
    ['binary copy', () => ['import', path.join(root, 'photo.txt'), '--library', library], 1, /^galley import: “photo\.txt” holds binary data, not text\.$/],
    ['quotes without a target', () => ['quotes'], 2, /^galley quotes: name a file or an article id/],
    ['quotes of an unknown id', () => ['quotes', missingId, '--library', library], 1, new RegExp(`There is no article ${missingId} in the library`)],
    ['quotes of an unreadable file', () => ['quotes', path.join(root, 'nope.md')], 1, /Could not read “.*nope\.md”/],
    ['export of an unknown id', () => ['export', seedId, missingId, '--format', 'txt', '--out', path.join(root, 'x1'), '--library', library], 1, new RegExp(`There is no article ${missingId}`)],
    ['export of a non-id', () => ['export', 'pakistan', '--format', 'txt', '--out', path.join(root, 'x2'), '--library', library], 1, /There is no article pakistan/],
    ['unknown format', () => ['export', seedId, '--format', 'txt,rtf', '--out', path.join(root, 'x3'), '--library', library], 2, /^galley export: unknown format “rtf”/],
    ['export without --format', () => ['export', seedId, '--out', path.join(root, 'x4'), '--library', library], 2, /--format is required/],
    ['export without --out', () => ['export', seedId, '--format', 'txt', '--library', library], 2, /--out is required/],
    ['export without ids or status', () => ['export', '--format', 'txt', '--out', path.join(root, 'x5'), '--library', library], 2, /name the articles to export/],
    ['export with ids and status', () => ['export', seedId, '--status', 'ready', '--format', 'txt', '--out', path.join(root, 'x6'), '--library', library], 2, /ids or --status, not both/],
    ['export of an empty status', () => ['export', '--status', 'ready', '--format', 'txt', '--out', path.join(root, 'x7'), '--library', library], 1, /No article in the library has the status “ready”/],
    ['unwritable folder', () => ['export', seedId, '--format', 'txt', '--out', path.join(root, 'blocker', 'sub'), '--library', library], 1, /Cannot export to the folder ".*blocker\/sub": .*blocker is a file, not a folder/],
  ];

  beforeAll(() => {
    writeFileSync(path.join(root, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    writeFileSync(path.join(root, 'blocker'), '');
  });

  test.for(cases)('%s', async ([, args, code, message], { expect }) => {
    const run = await galley(args());
    expect(run.stdout).toBe('');
    expect(lines(run.stderr)).toHaveLength(1);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.code).toBe(code);
  });

  test('a failed export leaves no folder behind and the article as it was', async () => {
    for (const dir of ['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7']) expect(existsSync(path.join(root, dir))).toBe(false);
    const listed = JSON.parse((await galley(['list', '--json', '--library', library])).stdout);
    expect(listed.find((a: { id: string }) => a.id === seedId).status).toBe('subbing');
  });
});
