// The Chromium PDF renderer, for real: the seed article as a reporter hands
// it over, imported, set in each shipped layout, printed by headless
// Chromium, and read back with poppler's pdftotext and pdfinfo.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Article } from '../../src/shared/article/model';
import { mmToPt } from '../../src/shared/layout/units';
import { clampSlot, pageSizeMm } from '../../src/shared/layout/slot';
import { importFile } from '../../src/services/import/import-copy';
import { createChromiumPdfRenderer, findChromium } from '../../src/services/pdf/chromium';
import { readTemplate } from '../../src/services/pdf/proof';
import { findResources } from '../../src/services/pdf/resources';
import { exportPlainText } from '../../src/shared/export/plain-text';
import { OVERMATTER_MARK } from '../../src/shared/layout/print-document';

const SEED = '/work/shared/fixtures/seed-article.txt';
const work = mkdtempSync(join(tmpdir(), 'galley-pdf-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let seed: Article;
beforeAll(async () => {
  const copy = await importFile('seed-article.txt', new Uint8Array(readFileSync(SEED)));
  seed = Article.parse({
    id: 'seed-pakistan-taliban',
    catchline: 'pakistan-taliban',
    headline: copy.headline,
    standfirst: 'Imdad Qazi says the Taliban’s return will embolden jihadists',
    byline: 'Morning Star reporter',
    section: 'World',
    tags: [],
    status: 'subbing',
    targetWords: null,
    body: copy.body,
    notes: '',
    createdAt: '2021-08-25T09:30:00.000Z',
    updatedAt: '2021-08-25T09:30:00.000Z',
    revision: 1,
  });
});

function pdfText(pdf: Uint8Array): string {
  const file = join(work, `t-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  // -raw: in content order, so a sentence broken across lines and columns reads on.
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
}

function pdfInfo(pdf: Uint8Array): { pages: number; width: number; height: number; fonts: string } {
  const file = join(work, `i-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    width: Number(size[1]),
    height: Number(size[2]),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
  };
}

// A word the justified layouts broke at a line's end reads whole (their copy here has no compound broken at its own hyphen there).
const words = (text: string) => text.replace(/(\p{L})-\n(\p{L})/gu, '$1$2').replace(/\s+/g, ' ').trim();

describe('the Chromium PDF renderer', () => {
  it('finds Chromium by the option, the environment and the standard paths, and gives up cleanly', () => {
    expect(findChromium('/usr/bin/chromium', {})).toBe('/usr/bin/chromium');
    expect(findChromium(undefined, { GALLEY_CHROMIUM: '/usr/bin/chromium' })).toBe('/usr/bin/chromium');
    // A wrong option falls back to the standard paths; resources that cannot be found mean no renderer, not a broken one.
    expect(createChromiumPdfRenderer({ executablePath: '/nowhere/chromium' })).not.toBeNull();
    expect(findResources(undefined, {}, '/')).toBeNull();
  });

  for (const layout of ['broadsheet', 'tabloid', 'web-first']) {
    it(`prints the seed in the ${layout} layout: pages the slot's size, with the headline, the intro and the shipped faces`, async () => {
      const render = createChromiumPdfRenderer({ layout: () => ({ template: layout, slot: { columns: 1, depthCm: 40 } }) });
      expect(render).not.toBeNull();
      const { pdf, copyfit } = await render!(seed, []);

      const head = Buffer.from(pdf.subarray(0, 5)).toString('latin1');
      const tail = Buffer.from(pdf.subarray(-32)).toString('latin1');
      expect(head).toBe('%PDF-');
      expect(tail).toMatch(/%%EOF\s*$/);

      const text = words(pdfText(pdf));
      expect(text).toContain('Communist Party of Pakistan warns Taliban victory');
      // The intro; the drop cap (broadsheet) is its own glyph run, so read on from the second letter.
      expect(text).toMatch(/OMMUNIST PARTY OF PAKISTAN general secretary Imdad Qazi warned today/);
      expect(text.toLowerCase()).toContain('morning star reporter');

      const template = await readTemplate(findResources()!, layout);
      // The tabloid page is 35 cm deep: the slot asked for is cut to what the page holds.
      const page = pageSizeMm(template, clampSlot(template, { columns: 1, depthCm: 40 }));
      const info = pdfInfo(pdf);
      // One page when the story fits; over, the overmatter runs on over pages of the same size.
      if (copyfit.state === 'over') expect(info.pages).toBeGreaterThan(1);
      else expect(info.pages).toBe(1);
      // Chromium rounds a page to its own grid: within half a millimetre.
      expect(Math.abs(info.width - mmToPt(page.widthMm))).toBeLessThan(1.5);
      expect(Math.abs(info.height - mmToPt(page.heightMm))).toBeLessThan(1.5);
      expect(info.fonts).toMatch(/SourceSerif4/i);
    });
  }

  it('sets the slot the sub chose: six broadsheet columns make a page six columns wide', async () => {
    const render = createChromiumPdfRenderer({ layout: () => ({ template: 'broadsheet', slot: { columns: 6, depthCm: 12 } }) })!;
    const info = pdfInfo((await render(seed, [])).pdf);
    const template = await readTemplate(findResources()!, 'broadsheet');
    // 6 × 46 mm + 5 × 4 mm gutters + 2 × 6 mm margins = 308 mm.
    expect(pageSizeMm(template, { columns: 6, depthCm: 12 }).widthMm).toBe(308);
    expect(Math.abs(info.width - mmToPt(308))).toBeLessThan(1.5);
    expect(Math.abs(info.height - mmToPt(132))).toBeLessThan(1.5);
  });

  for (const depthCm of [40, 8]) {
    it(`carries the text export word for word in a web-first slot ${depthCm} cm deep, the overmatter on pages after the slot, marked`, async () => {
      const render = createChromiumPdfRenderer({ layout: () => ({ template: 'web-first', slot: { columns: 1, depthCm } }) })!;
      const { pdf, copyfit } = await render(seed, []);
      const lines = pdfText(pdf).split('\n');
      const marks = lines.filter((l) => l.trim() === OVERMATTER_MARK).length;
      const printed = lines.filter((l) => l.trim() !== OVERMATTER_MARK).join('\n').split(/\s+/).filter(Boolean);
      expect(printed).toEqual(exportPlainText(seed, []).split(/\s+/).filter(Boolean));
      const info = pdfInfo(pdf);
      if (depthCm === 40) {
        expect([copyfit.state, info.pages, marks]).toEqual(['short', 1, 0]);
      } else {
        expect(copyfit.state).toBe('over');
        expect(copyfit.message).toMatch(/^over by \d+ lines \(\d+ words\)$/);
        expect(info.pages).toBeGreaterThan(1);
        expect(marks).toBe(info.pages - 1);
      }
    });
  }
});

