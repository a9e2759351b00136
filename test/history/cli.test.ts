// `galley history` and `galley diff`: the built command line as a real
// process on a library whose history was made by the real services.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openGalley } from '../../src/services/galley';
import { buildCliIfStale, galley, lines, SEED } from '../cli/run-cli';

let root: string;
let library: string;
let id: string;

beforeAll(async () => {
  buildCliIfStale();
  root = mkdtempSync(path.join(tmpdir(), 'galley-history-cli-'));
  library = path.join(root, 'library');
  const imported = await galley(['import', SEED, '--library', library]);
  expect(imported).toMatchObject({ code: 0, stderr: '' });
  id = imported.stdout.trim();
  // Ten minutes of subbing later, in the services themselves: a checkpoint, then a named revision.
  let clock = new Date(Date.now() + 10 * 60_000);
  const g = await openGalley({ library, now: () => clock });
  await g.handlers.updateSettings({ settings: { subName: 'Rosa Lind' } });
  const article = await g.handlers.getArticle({ id });
  const body = structuredClone(article.body);
  const third = body.content[4] as { content: Array<{ text: string }> };
  third.content[0].text = third.content[0].text.replace('bringing the Taliban back to power', 'returning the Taliban to power');
  body.content.splice(5, 1);
  const saved = await g.handlers.updateArticle({ id, baseRevision: article.revision, fields: { headline: 'Pakistan communists warn of Taliban boost to jihadists', body } });
  clock = new Date(clock.getTime() + 60_000);
  await g.handlers.createRevision({ id, label: 'subbed' });
  expect(saved.revision).toBe(2);
  await g.close();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('galley history', () => {
  test('lists the filed copy, the checkpoint and the named revision, oldest first', async () => {
    const run = await galley(['history', id, '--library', library]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const out = lines(run.stdout);
    expect(out).toHaveLength(3);
    expect(out[0]).toMatch(/^1 {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC {2}filed +.+filed copy: imported from seed-article\.txt {2}\(\d+ words\)$/);
    expect(out[1]).toMatch(/^2 .* checkpoint +Rosa Lind +first kept version|^2 .* checkpoint +Rosa Lind +checkpoint while subbing/);
    expect(out[2]).toMatch(/^3 .* named +Rosa Lind +subbed /);
  });

  test('prints JSON summaries with --json', async () => {
    const run = await galley(['history', id, '--json', '--library', library]);
    const revisions = JSON.parse(run.stdout);
    expect(revisions.map((r: { n: number; kind: string }) => [r.n, r.kind])).toEqual([
      [1, 'filed'],
      [2, 'checkpoint'],
      [3, 'named'],
    ]);
  });

  test('says what is wrong with an id it cannot use', async () => {
    const bad = await galley(['history', 'Not/An/Id', '--library', library]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/“Not\/An\/Id” is not an article id/);
    const missing = await galley(['history', 'ffffffff-0000-4000-8000-000000000000', '--library', library]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/There is no article ffffffff-0000-4000-8000-000000000000/);
  });
});

describe('galley diff', () => {
  test('marks the words taken out and put in, in the headline and each changed paragraph, filed copy against now by default', async () => {
    const run = await galley(['diff', id, '--library', library]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const out = lines(run.stdout);
    expect(out[0]).toMatch(/^Comparing revision 1 \(filed copy: imported from seed-article\.txt, .*\) with the story as saved now$/);
    const headline = out.find((l) => l.startsWith('headline: '))!;
    expect(headline).toContain('[-');
    expect(headline).toContain('{+');
    expect(headline.replace(/\[-.*?-\]/g, '').replace(/\{\+|\+\}/g, '')).toBe('headline: Pakistan communists warn of Taliban boost to jihadists');
    expect(headline.replace(/\{\+.*?\+\}/g, '').replace(/\[-|-\]/g, '')).toBe('headline: Communist Party of Pakistan warns Taliban victory may boost jihadist groups across the region');
    const changed = out.filter((l) => l.startsWith('¶'));
    expect(changed).toHaveLength(2);
    expect(changed[0]).toMatch(/accused the United States of \[-bringing-\]\{\+returning\+\} the Taliban ?\[- ?back ?-\] ?to power/);
    expect(changed[1]).toMatch(/^¶\d+ {2}\[-.*Earlier this week Beijing accused the US.*-\]$/);
  });

  test('compares two numbered revisions, and finds none between a checkpoint and the named revision of the same words', async () => {
    const same = await galley(['diff', id, '--from', '2', '--to', '3', '--library', library]);
    expect(lines(same.stdout).slice(1)).toEqual(['No changes.']);
    const json = JSON.parse((await galley(['diff', id, '--from', 'filed', '--to', '2', '--json', '--library', library])).stdout);
    expect(json.fields.map((f: { field: string }) => f.field)).toEqual(['headline']);
    expect(json.body.map((c: { deleted: string; inserted: string }) => [c.deleted.trim(), c.inserted.trim()]).slice(0, 2)).toEqual([
      ['bringing', 'returning'],
      ['back', ''],
    ]);
  });

  test('refuses a revision it does not keep, or one it cannot read, saying which', async () => {
    const missing = await galley(['diff', id, '--from', '9', '--library', library]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no revision 9 \(it keeps 1, 2, 3\)/);
    const bad = await galley(['diff', id, '--to', 'yesterday', '--library', library]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--to takes a revision number, “filed” or “now”, not “yesterday”/);
  });
});
