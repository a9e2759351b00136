// Hyphenation in the PDF, for real: the seed set in the broadsheet's
// justified column by headless Chromium, read back with pdftotext. The text
// layer must read as the page does: a hyphen only where a line broke, and no
// soft hyphen left anywhere; and settling the hyphens must not move a line.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPlainText } from '../../src/shared/export/plain-text';
import { OVERMATTER_MARK } from '../../src/shared/layout/print-document';
import { CHROMIUM_PRINT_ARGS, createChromiumPdfRenderer, findChromium } from '../../src/services/pdf/chromium';
import { buildProof } from '../../src/services/pdf/proof';
import { findResources } from '../../src/services/pdf/resources';
import { settleHyphensInPage } from '../../src/services/pdf/settle-hyphens';
import { measureSlotInPage } from '../../src/services/pdf/slot-geometry';
import { seedArticle, seedSpeakers } from '../export/fixtures';

const work = mkdtempSync(join(tmpdir(), 'galley-pdf-hyphens-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pdfLines(pdf: Uint8Array): string[] {
  const file = join(work, `h-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== OVERMATTER_MARK);
}

const layout = { template: 'broadsheet', slot: { columns: 1, depthCm: 40 } };

describe('hyphenation in the PDF', () => {
  it('prints a hyphen only where a line broke, and the text reads back word for word', async () => {
    const article = seedArticle();
    const { pdf } = await createChromiumPdfRenderer({ layout: () => layout })!(article, seedSpeakers);
    const lines = pdfLines(pdf);
    const copy = exportPlainText(article, seedSpeakers);
    const words = new Set(copy.split(/[\s“”‘’"(),.:;!?—]+/).filter(Boolean));

    expect(lines.join('\n')).not.toContain('\u00AD');
    let broken = 0;
    lines.forEach((line, i) => {
      // Inside a line, a hyphen is one the copy has (al-Qaida, nation-building).
      for (const token of line.slice(0, line.endsWith('-') ? -1 : undefined).split(/\s+/)) {
        if (token.includes('-')) expect(copy, `"${token}" in "${line}"`).toContain(token.replace(/[“”‘’"(),.:;!?]/g, ''));
      }
      if (!line.endsWith('-')) return;
      // At a line's end, the word it ends and the next line's first word are one word of the copy:
      // joined, where the layout broke it; or with its hyphen, where the copy has one.
      const head = line.split(/\s+/).pop()!.replace(/^[“‘"(]+/, '').slice(0, -1);
      const tail = lines[i + 1].split(/\s+/)[0].replace(/[”’"),.:;!?]+$/, '');
      if (words.has(head + tail)) broken++;
      else expect(copy, `${head}- / ${tail}`).toContain(`${head}-${tail}`);
    });
    // The layout did break words: the check above is not vacuous.
    expect(broken).toBeGreaterThan(5);
    // Every letter of the text export, in order (the byline is set in capitals, the drop cap apart), once the hyphens are out.
    const letters = (text: string) => text.toLowerCase().replace(/[\s-]+/g, '');
    expect(letters(lines.join('\n'))).toBe(letters(copy));
  });

  it('settling the soft hyphens moves no line: the copy ends where it ended, every paragraph keeps its lines', async () => {
    const executablePath = findChromium()!;
    const { html } = await buildProof(seedArticle(), seedSpeakers, findResources()!, () => ({ ...layout, slot: { columns: 2, depthCm: 12 } }));
    expect(html).toContain('\u00AD');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_PRINT_ARGS });
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      // Every line of every block, as the column it is in and its top.
      const lineTops = () =>
        page.evaluate(() => {
          const body = document.querySelector<HTMLElement>('.gp-body')!;
          const style = getComputedStyle(body);
          const columns = Number(style.columnCount);
          const gap = parseFloat(style.columnGap);
          const pitch = (body.clientWidth - (columns - 1) * gap) / columns + gap;
          const left = body.getBoundingClientRect().left;
          return [...body.querySelectorAll(':scope > [data-block]')].map((block) => {
            const range = document.createRange();
            range.selectNodeContents(block);
            const keys = [...range.getClientRects()].map((r) => `${Math.floor((r.left - left + gap / 2) / pitch)}:${Math.round(r.top)}`);
            return [...new Set(keys)];
          });
        });
      // Where the copy ends and which words fall outside the slot (read without hyphens: settling prints some).
      const measure = async () => {
        const { overmatterText, ...geometry } = await page.evaluate(measureSlotInPage);
        return { geometry, overmatter: overmatterText.replace(/-/g, ''), lines: await lineTops() };
      };
      const before = await measure();
      const settled = await page.evaluate(settleHyphensInPage);
      const after = await measure();
      expect(before.overmatter).not.toBe('');
      expect(settled.printed).toBeGreaterThan(5);
      expect(settled.dropped).toBeGreaterThan(settled.printed);
      expect(after).toEqual(before);
      expect(await page.evaluate(() => document.body.textContent!.includes('\u00AD'))).toBe(false);
    } finally {
      await browser.close();
    }
  });
});
