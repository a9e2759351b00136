// The print layout's markup and stylesheet, shared by the preview pane and
// the PDF: blocks keep their document index, quotes are attributed, a pull
// quote is lifted from a tagged quote, and no rule escapes the proof.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { bodyBlocks } from '../../src/shared/export/body-blocks';
import { blocksHtml } from '../../src/shared/export/html';
import { blockMarkup } from '../../src/shared/layout/block-markup';
import { fontFaceCss } from '../../src/shared/layout/font-faces';
import { printStylesheet } from '../../src/shared/layout/print-css';
import { printDocument } from '../../src/shared/layout/print-document';
import { printMarkup } from '../../src/shared/layout/print-markup';
import { pullQuoteChoices } from '../../src/shared/layout/pull-quote';
import { LayoutTemplate } from '../../src/shared/layout/template';
import { kitchenSinkArticle, kitchenSpeakers, seedArticle, seedSpeakers } from '../export/fixtures';

const template = (id: string) => LayoutTemplate.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/layouts', `${id}.json`), 'utf8')));
const broadsheet = template('broadsheet');
const parse = (html: string) => new JSDOM(html).window.document;

describe('the print markup', () => {
  it('marks every top-level block with its index in the document, and the intro', () => {
    const article = kitchenSinkArticle();
    const doc = parse(printMarkup(article, kitchenSpeakers, broadsheet));
    const blocks = [...doc.querySelectorAll('.gp-body > [data-block]')];
    expect(blocks.map((b) => Number(b.getAttribute('data-block')))).toEqual(article.body.content.map((_, i) => i));
    expect(blocks.map((b) => b.tagName.toLowerCase())).toEqual(['p', 'h2', 'p', 'p', 'p', 'p', 'p', 'h3', 'ul', 'ol', 'blockquote', 'hr', 'p', 'p', 'p']);
    expect(doc.querySelectorAll('.gp-intro')).toHaveLength(1);
    expect(doc.querySelector('.gp-intro')!.getAttribute('data-block')).toBe('0');
  });

  it('escapes the furniture fields and attributes quotes by data, with no hidden text to be measured as copy', () => {
    const article = kitchenSinkArticle();
    const html = printMarkup({ ...article, headline: 'Tom & <Jerry>' }, kitchenSpeakers, broadsheet);
    const doc = parse(html);
    expect(doc.querySelector('.gp-headline')!.textContent).toBe('Tom & <Jerry>');
    expect(doc.querySelector('script, img')).toBeNull();
    expect(doc.querySelector('.visually-hidden')).toBeNull();
    expect(doc.querySelector('q[data-speaker="Alice Okafor"]')).not.toBeNull();
  });

  it('sets a pull quote from a tagged quote, curly-quoted and attributed, outside the numbered blocks', () => {
    const article = seedArticle();
    const choices = pullQuoteChoices(article.body, seedSpeakers);
    expect(choices.length).toBeGreaterThan(3);
    expect(choices[0]).toMatchObject({ speaker: 'Imdad Qazi' });
    expect(choices[0].text).toMatch(/^“This victory of the Taliban.*Pakistan”$/);
    const doc = parse(printMarkup(article, seedSpeakers, broadsheet, { pullQuoteId: choices[0].quoteId }));
    const pull = doc.querySelector('.gp-pullquote')!;
    expect(pull.textContent).toBe(`${choices[0].text}Imdad Qazi`);
    expect(pull.hasAttribute('data-block')).toBe(false);
    expect(pull.previousElementSibling!.getAttribute('data-block')).toBe(String(broadsheet.pullQuote.afterBlock - 1));
    expect(parse(printMarkup(article, seedSpeakers, broadsheet, { pullQuoteId: 'q-nope' })).querySelector('.gp-pullquote')).toBeNull();
  });
});

describe('a block’s markup, kept while the block lives', () => {
  it('is what the export renders for that block in the whole body, a quote run on across paragraphs included', () => {
    for (const [article, speakers] of [
      [kitchenSinkArticle(), kitchenSpeakers],
      [seedArticle(), seedSpeakers],
    ] as const) {
      for (const attribution of ['attributes', 'hidden-text'] as const) {
        const whole = blocksHtml(bodyBlocks(article.body, speakers).blocks, attribution);
        expect(article.body.content.map((block) => `${blockMarkup(block, speakers, attribution)}\n`).join('')).toBe(whole);
        // Again, from what was kept.
        expect(article.body.content.map((block) => `${blockMarkup(block, speakers, attribution)}\n`).join('')).toBe(whole);
      }
    }
  });
});

describe('the print stylesheet', () => {
  it('scopes every rule under the proof, so the pane cannot restyle the app', () => {
    for (const id of ['broadsheet', 'tabloid', 'web-first']) {
      const css = printStylesheet(template(id), template(id).slot);
      for (const rule of css.split('\n')) {
        const selectors = rule.slice(0, rule.indexOf('{')).split(',');
        for (const s of selectors) expect(s.trim(), rule).toMatch(/^\.gp[\s.:-]|^\.gp$/);
      }
    }
  });

  it('sets the slot as columns of the template grid, filled in turn to the slot depth', () => {
    const css = printStylesheet(broadsheet, { columns: 3, depthCm: 20 });
    expect(css).toContain('width:146mm;height:200mm;');
    expect(css).toContain('column-count:3;column-gap:4mm;column-fill:auto;');
    expect(css).toContain("font:400 9.25pt/10.5pt 'Galley Serif'");
    expect(css).toContain('initial-letter:3;');
    expect(css).toContain("font:700 34pt/1.05 'Galley Serif'");
  });
});

describe('the print document', () => {
  it('is one page the size of the slot and its margins, with the caller’s fonts and no script', () => {
    const fonts = fontFaceCss("@font-face { src: url('./a.woff2') format('woff2'); } @font-face { src: url(./b.woff2); }", (f) => `file:///fonts/${f}`);
    expect(fonts).toBe("@font-face { src: url('file:///fonts/a.woff2') format('woff2'); } @font-face { src: url('file:///fonts/b.woff2'); }");
    const html = printDocument(seedArticle(), seedSpeakers, broadsheet, { columns: 2, depthCm: 15 }, { fontFaceCss: fonts });
    expect(html).toContain('@page{size:108mm 162mm;margin:6mm;}');
    expect(html).toContain("url('file:///fonts/a.woff2')");
    expect(html).toContain(printStylesheet(broadsheet, { columns: 2, depthCm: 15 }));
    const doc = parse(html);
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toContain("default-src 'none'");
    expect(doc.title).toBe(seedArticle().headline);
  });
});
