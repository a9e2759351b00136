// The layout the sub chose in the preview, kept in the article, is the one
// the command line and a batch export print in: the real built command line
// over a real library, real Chromium, the PDF's page size read back with
// poppler's pdfinfo; and buildProof's choice on the shipped layouts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../src/shared/article/model';
import type { LayoutChoice } from '../../src/shared/article/article-choices';
import { pageSizeMm } from '../../src/shared/layout/slot';
import { LayoutTemplate } from '../../src/shared/layout/template';
import { mmToPt } from '../../src/shared/layout/units';
import { openGalley } from '../../src/services/galley';
import { buildProof } from '../../src/services/pdf/proof';
import { findResources } from '../../src/services/pdf/resources';
import { buildCliIfStale, galley, lines, repoRoot, SEED } from '../cli/run-cli';

const root = mkdtempSync(path.join(tmpdir(), 'galley-cli-layout-'));
beforeAll(() => buildCliIfStale(), 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const template = (id: string) => LayoutTemplate.parse(JSON.parse(readFileSync(path.join(repoRoot, 'resources/layouts', `${id}.json`), 'utf8')));
const chosen: LayoutChoice = { templateId: 'tabloid', slot: { columns: 2, depthCm: 18 }, pullQuoteId: null };

function pageSize(file: string): { width: number; height: number } {
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))!;
  return { width: Number(size[1]), height: Number(size[2]) };
}

/** Imports the seed twice into a new library; the first gets `chosen` as the sub would, through updateArticle. */
async function library(name: string): Promise<{ folder: string; withChoice: string; without: string }> {
  const folder = path.join(root, name);
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const run = await galley(['import', SEED, '--library', folder]);
    expect(run.code).toBe(0);
    ids.push(run.stdout.trim());
  }
  const open = await openGalley({ library: folder });
  try {
    const article = await open.handlers.getArticle({ id: ids[0] });
    await open.handlers.updateArticle({ id: article.id, baseRevision: article.revision, fields: { layout: chosen } });
  } finally {
    await open.close();
  }
  return { folder, withChoice: ids[0], without: ids[1] };
}

describe('galley export --format pdf prints the layout kept in the article', () => {
  test('one story with a chosen slot: pages the slot’s size; a story without one: the default template’s', async () => {
    const { folder, withChoice, without } = await library('lib');
    const out = path.join(root, 'out');
    // One run for both: the batch path of the export service.
    const run = await galley(['export', withChoice, without, '--format', 'pdf', '--out', out, '--library', folder]);
    expect(run.code).toBe(0);
    const [first, second] = lines(run.stdout);
    const want = pageSizeMm(template('tabloid'), chosen.slot!);
    const size = pageSize(first);
    expect(Math.abs(size.width - mmToPt(want.widthMm))).toBeLessThan(1.5);
    expect(Math.abs(size.height - mmToPt(want.heightMm))).toBeLessThan(1.5);
    const broadsheet = template('broadsheet');
    const fallback = pageSizeMm(broadsheet, broadsheet.slot);
    expect(Math.abs(pageSize(second).width - mmToPt(fallback.widthMm))).toBeLessThan(1.5);
    expect(Math.abs(size.width - pageSize(second).width)).toBeGreaterThan(10);
  });
});

describe('buildProof', () => {
  const dirs = findResources(path.join(repoRoot, 'resources'))!;
  const article = (layout?: LayoutChoice) => ({ id: 'proof-layout', headline: 'Bypass', standfirst: '', byline: '', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The council met.' }] }] }, ...(layout ? { layout } : {}) }) as unknown as Article;

  test('sets the article in its chosen template and slot, clamped to the grid', async () => {
    const proof = await buildProof(article(chosen), [], dirs);
    expect([proof.template.id, proof.slot]).toEqual(['tabloid', chosen.slot]);
  });

  test('a slot with no template named is a slot in the default template', async () => {
    const proof = await buildProof(article({ templateId: null, slot: { columns: 3, depthCm: 10 }, pullQuoteId: null }), [], dirs);
    expect([proof.template.id, proof.slot]).toEqual(['broadsheet', { columns: 3, depthCm: 10 }]);
  });

  test('a template since taken out of the desk’s layouts gives way to the default in its own slot', async () => {
    const proof = await buildProof(article({ templateId: 'gone', slot: { columns: 1, depthCm: 10 }, pullQuoteId: null }), [], dirs);
    expect([proof.template.id, proof.slot]).toEqual(['broadsheet', template('broadsheet').slot]);
  });

  test('a chooser given by the caller still wins over the article', async () => {
    const proof = await buildProof(article(chosen), [], dirs, () => ({ template: 'web-first' }));
    expect(proof.template.id).toBe('web-first');
  });
});
