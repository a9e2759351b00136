// `galley check` and `galley rules test`: the built command line as a real
// process on real files, a real library and the real default rules file.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openGalley } from '../../src/services/galley';
import { blankSpeaker } from '../../src/shared/speakers/model';
import { buildCliIfStale, galley, lines, repoRoot, SEED } from '../cli/run-cli';

let root: string;
let planted: string;

const PLANTED = [
  'Council to organize vote on harbour',
  '',
  'Grace Brennan, who chairs the harbour trust, said fees would rise by 10% next year.',
  '',
  'Ms Brenan said the trust would recieve the report on 7 December.',
  '',
  'Mr. Khan, a fisherman, said no one had asked him.',
  '',
].join('\n');

/** Where `words` stand in their line of the planted copy, counted from 1. */
const columnOf = (words: string): number => PLANTED.split('\n').find((l) => l.includes(words))!.indexOf(words) + 1;

beforeAll(() => {
  buildCliIfStale();
  root = mkdtempSync(path.join(tmpdir(), 'galley-check-'));
  planted = path.join(root, 'harbour.txt');
  writeFileSync(planted, PLANTED);
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('galley check', () => {
  test('one line per match, story:line:column rule message, at the file’s own lines; exit 1 on an error', async () => {
    const run = await galley(['check', planted]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(lines(run.stdout).map((l) => l.replace(planted, 'harbour.txt').split(' ').slice(0, 2).join(' '))).toEqual([
      'harbour.txt:1:12 ise-spellings',
      `harbour.txt:3:${columnOf('10%')} per-cent`,
      'harbour.txt:5:4 name-spelling',
      `harbour.txt:5:${columnOf('recieve')} spelling`,
      'harbour.txt:7:1 titles-no-stop',
    ]);
    expect(run.stdout).toContain('“Brenan” here, “Brennan” elsewhere in this story');
  });

  test('--json gives each match with rule, level, message, offsets, line, column, text and suggestions', async () => {
    const run = await galley(['check', planted, '--json']);
    expect(run.code).toBe(1);
    const { stories } = JSON.parse(run.stdout);
    expect(stories).toHaveLength(1);
    expect(stories[0].story).toBe(planted);
    const percent = stories[0].matches.find((m: { rule: string }) => m.rule === 'per-cent');
    expect(percent).toEqual({
      rule: 'per-cent',
      kind: 'style',
      level: 'error',
      message: 'Write “per cent” in words: 10 per cent, not 10%.',
      field: 'body',
      block: 1,
      start: columnOf('10%') - 1,
      end: columnOf('10%') + 2,
      line: 3,
      column: columnOf('10%'),
      offset: PLANTED.indexOf('10%'),
      text: '10%',
      suggestions: ['10 per cent'],
    });
    const misspelt = stories[0].matches.find((m: { rule: string }) => m.rule === 'spelling');
    expect(misspelt).toMatchObject({ level: 'error', text: 'recieve', suggestions: expect.arrayContaining(['receive']) });
    expect(PLANTED.slice(misspelt.offset, misspelt.offset + misspelt.text.length)).toBe('recieve');
    const name = stories[0].matches.find((m: { rule: string }) => m.rule === 'name-spelling');
    expect(name).toMatchObject({ text: 'Brenan', suggestions: ['Brennan'], spellings: ['Brennan', 'Brenan'] });
  });

  test('the seed story with planted errors: each found at its line in the file, though the importer strips the furniture above it', async () => {
    const seed = readFileSync(SEED, 'utf8');
    const plantedSeed = seed.replace('warned today', 'warnned today').replace('must reorganise', 'must reorganize').replace('Earlier this week', 'Earlier this weeek');
    const file = path.join(root, 'seed-planted.txt');
    writeFileSync(file, plantedSeed);
    const run = await galley(['check', file, '--json']);
    expect(run.code).toBe(1);
    const lineOf = (words: string) => plantedSeed.split('\n').findIndex((l) => l.includes(words)) + 1;
    const found = JSON.parse(run.stdout).stories[0].matches.filter((m: { level: string }) => m.level !== 'advice');
    expect(found.map((m: { rule: string; text: string; line: number; suggestions: string[] }) => `${m.rule}:${m.text}:${m.line}:${m.suggestions[0]}`)).toEqual([
      `spelling:warnned:${lineOf('warnned')}:warned`,
      `ise-spellings:reorganize:${lineOf('reorganize')}:reorganise`,
      `spelling:weeek:${lineOf('weeek')}:week`,
    ]);
  });

  test('a story with only advice exits 0; the seed story has no errors', async () => {
    const clean = path.join(root, 'clean.txt');
    writeFileSync(clean, 'The harbour trust met on 7 December. No one spoke against the plan.\n');
    const run = await galley(['check', clean, SEED]);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').filter((l) => l.startsWith(clean))).toEqual([]);
  });

  test('--rules with a broken rules file: the bad rules are named on stderr with line and reason, the good ones still run', async () => {
    const rules = path.join(root, 'broken.yaml');
    writeFileSync(
      rules,
      [
        'rules:',
        '  - id: per-cent',
        '    kind: pattern',
        '    level: error',
        '    message: Write per cent.',
        "    pattern: '(\\d)%'",
        '  - id: hang',
        '    kind: pattern',
        '    level: error',
        '    message: x',
        '    pattern: "(a|aa)+\\\\1"',
        '  - id: per-cent',
        '    kind: swap',
        '    level: error',
        '    message: x',
        '    swap: { a: b }',
      ].join('\n'),
    );
    const run = await galley(['check', planted, '--rules', rules]);
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^${rules.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:7: rule hang set aside: the pattern repeats a repeat`)),
      `${rules}:12: rule per-cent set aside: the id “per-cent” is already used by the rule on line 2; each rule needs its own id`,
    ]);
    expect(lines(run.stdout).filter((l) => / (?:per-cent|ise-spellings) /.test(l)).map((l) => l.split(' ')[1])).toEqual(['per-cent']);
  });

  test('an article id is checked with its library’s desk dictionary, speaker directory and house style (copied in on first use)', async () => {
    const library = path.join(root, 'library');
    const id = (await galley(['import', planted, '--library', library])).stdout.trim();
    const before = await galley(['check', id, '--library', library, '--json']);
    const rulesOf = (run: { stdout: string }) => JSON.parse(run.stdout).stories[0].matches.map((m: { rule: string; text: string }) => `${m.rule}:${m.text}`);
    expect(rulesOf(before)).toContain('spelling:recieve');
    expect(existsSync(path.join(library, 'house-style.yaml'))).toBe(true);
    expect(readFileSync(path.join(library, 'house-style.yaml'), 'utf8')).toBe(readFileSync(path.join(repoRoot, 'resources/checks/house-style.yaml'), 'utf8'));

    writeFileSync(path.join(library, 'desk-dictionary.txt'), '# our words\nrecieve\n');
    writeFileSync(path.join(library, 'house-style.yaml'), 'rules: []\n');
    const galleyLib = await openGalley({ library });
    await galleyLib.handlers.createSpeaker({ fields: { ...blankSpeaker('Grace Brenan'), laterReference: 'Ms Brenan' } });
    await galleyLib.close();
    const after = await galley(['check', id, '--library', library, '--json']);
    expect(after.code).toBe(1);
    // The house style is now the library's empty one, so "organize" is only a misspelling; recieve is the desk's word.
    expect(rulesOf(after)).toEqual(['spelling:organize', 'name-directory:Brennan']);
  });
});

describe('galley check: what a script can rely on', () => {
  /** Every key a match in `--json` may carry, as the README documents them; `spellings` only on a name spelt two ways. */
  const MATCH_KEYS = ['rule', 'kind', 'level', 'message', 'field', 'block', 'start', 'end', 'line', 'column', 'offset', 'text', 'suggestions'];

  test('--json: the documented shape, exactly, for every match of every kind', async () => {
    const run = await galley(['check', planted, SEED, '--json']);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['stories']);
    expect(out.stories.map((s: object) => Object.keys(s))).toEqual([
      ['story', 'matches', 'rulesSetAside'],
      ['story', 'matches', 'rulesSetAside'],
    ]);
    const all = out.stories.flatMap((s: { matches: Array<Record<string, unknown>> }) => s.matches);
    expect(new Set(all.map((m: { kind: string }) => m.kind))).toEqual(new Set(['style', 'spelling', 'names']));
    for (const m of all) {
      expect(Object.keys(m)).toEqual(m.rule === 'name-spelling' ? [...MATCH_KEYS, 'spellings'] : MATCH_KEYS);
      expect(m).toMatchObject({ rule: expect.stringMatching(/^[a-z0-9-]+$/u), level: expect.stringMatching(/^(?:error|warning|advice)$/u), message: expect.any(String) });
      expect((m.end as number) - (m.start as number)).toBe((m.text as string).length);
      expect(Array.isArray(m.suggestions)).toBe(true);
    }
    // Every house-style and name match offers its fix; a misspelling its nearest spellings.
    for (const m of all.filter((x: { level: string; kind: string }) => x.level !== 'advice')) expect((m.suggestions as string[]).length, `${m.rule} ${m.text}`).toBeGreaterThan(0);
  });

  test('offsets, lines and columns are the file’s own where the importer changed the copy: Markdown markup, runs of spaces, CRLF, a byte-order mark, an emoji', async () => {
    const cases: Array<[string, string]> = [
      ['markup.md', '# Council to organize vote\n\nThe *harbour* fees rose **10%** and the [trust](https://example.org/trust) would recieve the\nreport, said Mr. Khan.\n\n> Ms Brenan said no one had   recieved it.\n'],
      ['spaces.txt', '\ufeffCouncil to organize vote\r\n\r\nThe \u{1F600} fees rose 10% and the trust would recieve it.\r\n\r\n   Mr. Khan   said  no\u00a0one had recieved it.\r\n'],
    ];
    for (const [name, source] of cases) {
      const file = path.join(root, name);
      writeFileSync(file, source);
      const run = await galley(['check', file, '--json']);
      const matches: Array<{ rule: string; level: string; text: string; offset: number; line: number; column: number }> = JSON.parse(run.stdout).stories[0].matches;
      expect(matches.filter((m) => m.level !== 'advice').map((m) => m.rule).sort()).toEqual(['ise-spellings', 'per-cent', 'spelling', 'spelling', 'titles-no-stop'].sort());
      for (const m of matches) {
        // The file as any reader decodes it (a byte-order mark kept as a character): the match is at its offset.
        expect(source.slice(m.offset, m.offset + m.text.length), `${name}: ${m.rule} ${m.text}`).toBe(m.text);
        const lines = source.split(/\r?\n/u);
        const lineStart = source.split('\n').slice(0, m.line - 1).join('\n').length + (m.line > 1 ? 1 : 0);
        expect(m.offset - lineStart, `${name}: ${m.rule} ${m.text} line`).toBeGreaterThanOrEqual(0);
        // The column counts characters as an editor shows them (an emoji is one; the byte-order mark none).
        expect([...lines[m.line - 1].replace(/^\ufeff/u, '')].slice(m.column - 1).join('').startsWith(m.text), `${name}: ${m.rule} ${m.text} at ${m.line}:${m.column}`).toBe(true);
      }
    }
  });

  test('a file it cannot read is named on stderr with the reason, the other stories are still checked, and the exit is 3', async () => {
    const missing = path.join(root, 'no-such-story.txt');
    const run = await galley(['check', missing, planted]);
    expect(run.code).toBe(3);
    expect(lines(run.stderr)).toEqual([`galley check: Could not read “${missing}”: there is no such file.`]);
    expect(run.stdout).toContain(`${planted}:1:12 ise-spellings`);
    const json = await galley(['check', missing, planted, '--json']);
    expect(json.code).toBe(3);
    const { stories } = JSON.parse(json.stdout);
    expect(stories[0]).toEqual({ story: missing, error: `Could not read “${missing}”: there is no such file.`, matches: [], rulesSetAside: [] });
    expect(stories[1].matches.length).toBeGreaterThan(0);
    const folder = await galley(['check', root]);
    expect(folder.code).toBe(3);
    expect(folder.stderr).toBe(`galley check: Could not read “${root}”: it is a folder, not a file.\n`);
    const empty = path.join(root, 'empty.txt');
    writeFileSync(empty, '');
    expect(await galley(['check', empty])).toMatchObject({ code: 3, stderr: `galley check: “empty.txt” is empty.\n` });
    const unknownId = await galley(['check', 'a1b2c3d4e5f6', '--library', path.join(root, 'id-library'), '--json']);
    expect(unknownId.code).toBe(3);
    expect(JSON.parse(unknownId.stdout).stories[0]).toMatchObject({ story: 'a1b2c3d4e5f6', error: expect.stringMatching(/no article/u), matches: [] });
  });

  test('a rules file it cannot read stops the check with the reason and exit 3, before any story is read', async () => {
    const run = await galley(['check', planted, '--rules', path.join(root, 'no-rules.yaml')]);
    expect(run).toMatchObject({ code: 3, stdout: '' });
    expect(run.stderr).toBe(`galley check: Could not read the rules file “${path.join(root, 'no-rules.yaml')}”: there is no such file.\n`);
  });
});

describe('galley rules test', () => {
  test('the shipped default passes every example', async () => {
    const run = await galley(['rules', 'test']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^49 rules, \d+ examples: 0 failed, 0 rules set aside\.$/);
  });

  test('a rule whose examples do not behave as written fails, naming the file, line, rule and example', async () => {
    const rules = path.join(root, 'wrong.yaml');
    writeFileSync(rules, 'rules:\n  - id: among\n    kind: swap\n    level: warning\n    message: Write among.\n    swap:\n      amongst: among\n    examples:\n      flag: [whilst]\n      leave: [amongst them]\n');
    const run = await galley(['rules', 'test', rules]);
    expect(run.code).toBe(1);
    expect(lines(run.stdout)).toEqual([
      `${rules}:2: rule among should flag: “whilst”`,
      `${rules}:2: rule among should leave alone (it flagged “amongst”): “amongst them”`,
      '1 rules, 2 examples: 2 failed, 0 rules set aside.',
    ]);
  });
});

describe('the desk’s check files through the contract', () => {
  test('getDeskChecks copies the default rules in on first use and never over the desk’s edits; addDeskWord keeps each word once', async () => {
    const library = path.join(root, 'contract-library');
    const opened = await openGalley({ library });
    try {
      const first = await opened.handlers.getDeskChecks({});
      expect(first.houseStyle).toBe(readFileSync(path.join(repoRoot, 'resources/checks/house-style.yaml'), 'utf8'));
      expect(first.deskWords).toEqual([]);
      writeFileSync(first.houseStylePath, 'rules: []\n');
      expect((await opened.handlers.getDeskChecks({})).houseStyle).toBe('rules: []\n');
      await Promise.all([opened.handlers.addDeskWord({ word: 'Qazi' }), opened.handlers.addDeskWord({ word: 'Etim' })]);
      expect((await opened.handlers.addDeskWord({ word: 'Qazi' })).deskWords.sort()).toEqual(['Etim', 'Qazi']);
      expect(readFileSync(path.join(library, 'desk-dictionary.txt'), 'utf8')).toMatch(/^# The desk dictionary.*\n(?:Qazi\nEtim|Etim\nQazi)\n$/u);
      await expect(opened.handlers.addDeskWord({ word: 'two words' })).rejects.toThrow(/takes one word/u);
    } finally {
      await opened.close();
    }
  });
});
