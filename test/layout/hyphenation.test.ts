// Hyphenation for the print layout: the real `hyphen` patterns, en-GB and
// en-US, through the shared hyphenator the preview and the PDF both use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { BlockNode } from '../../src/shared/article/model';
import { loadHyphenator } from '../../src/shared/layout/hyphenation-patterns';
import { DESK_RULES, offsetInCopy, SOFT_HYPHEN } from '../../src/shared/layout/hyphenation';
import { printMarkup } from '../../src/shared/layout/print-markup';
import { LayoutTemplate } from '../../src/shared/layout/template';
import { kitchenSinkArticle, kitchenSpeakers } from '../export/fixtures';

const template = (id: string) => LayoutTemplate.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/layouts', `${id}.json`), 'utf8')));
const seedText = readFileSync('/work/shared/fixtures/seed-article.txt', 'utf8');
const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '-');
const strip = (text: string) => text.replaceAll(SOFT_HYPHEN, '');

describe('hyphenation for the print layout', () => {
  it('gives back the input exactly once its soft hyphens are taken out, for the whole seed story, in both spellings', async () => {
    for (const locale of ['en-GB', 'en-US'] as const) {
      const { text } = await loadHyphenator(locale);
      const hyphenated = text(seedText);
      expect(hyphenated).not.toBe(seedText);
      expect(strip(hyphenated)).toBe(seedText);
      // Many break points, so a justified column has somewhere to break.
      expect(hyphenated.split(SOFT_HYPHEN).length).toBeGreaterThan(100);
    }
  });

  it('breaks by the chosen spelling’s patterns', async () => {
    const gb = (await loadHyphenator('en-GB')).text;
    const us = (await loadHyphenator('en-US')).text;
    expect(shown(gb('government'))).toBe('gov-ern-ment');
    expect(shown(gb('organisation'))).toBe('organ-isa-tion');
    expect(shown(us('organization'))).toBe('orga-ni-za-tion');
    expect(shown(us('extraordinary'))).toBe('extra-or-di-nary');
    // The British patterns know British spelling: "colour" breaks, as the American ones do not.
    expect(shown(gb('colour'))).toBe('col-our');
    expect(us('colour')).toBe('colour');
  });

  it('keeps three letters either side of a break and leaves short words whole', async () => {
    const { text } = await loadHyphenator('en-US');
    // en-US patterns alone would give ex-tra…, "ev-ery", "Is-lam…": never fewer than three letters before or after.
    for (const word of text('extraordinary islamabad every abouts embolden reorganisations').split(' ')) {
      const parts = word.split(SOFT_HYPHEN);
      expect(parts[0].length, word).toBeGreaterThanOrEqual(DESK_RULES.leftMin);
      expect(parts[parts.length - 1].length, word).toBeGreaterThanOrEqual(DESK_RULES.rightMin);
    }
    expect(text('about above a into seven')).toBe('about above a into seven');
  });

  it('never breaks names (any word with a capital), addresses, handles or anything with a figure', async () => {
    const { text } = await loadHyphenator('en-GB');
    const untouched = [
      'COMMUNIST PARTY OF PAKISTAN',
      'UNESCO NATO',
      'McDonald iPhone',
      'https://www.morningstaronline.co.uk/article/communist-party',
      'www.government.gov.uk',
      'correspondent@newspaper.example',
      '@communistparty',
      '1,500kilometres 2021-government',
    ];
    for (const input of untouched) expect(text(input), input).toBe(input);
    // A capital marks a name (or a sentence's first word): left whole, where the patterns alone would give "Afgh-anistan".
    expect(text('Afghanistan Communist Turkmenistan')).toBe('Afghanistan Communist Turkmenistan');
    expect(text('communist')).toContain(SOFT_HYPHEN);
    // The part after an apostrophe stays with its word.
    expect(shown(text('government’s'))).toBe('gov-ern-ment’s');
    // The sub's own soft hyphen is the break the sub chose: the word is left as it is.
    expect(text(`counter${SOFT_HYPHEN}revolutionary`)).toBe(`counter${SOFT_HYPHEN}revolutionary`);
  });

  it('maps an offset in hyphenated text back to the copy, keeping soft hyphens the copy had', async () => {
    const { text } = await loadHyphenator('en-GB');
    const copy = `The government${SOFT_HYPHEN}s organisation`;
    const set = text(copy);
    expect(shown(set)).toBe('The government-s organ-isa-tion');
    const word = set.indexOf('or');
    expect(offsetInCopy(copy, set, word)).toBe(copy.indexOf('organisation'));
    expect(offsetInCopy(copy, set, set.length)).toBe(copy.length);
  });

  it('hyphenates the body of a justified layout only, each block once, leaving the article itself untouched', async () => {
    const hyphenator = await loadHyphenator('en-GB');
    const article = kitchenSinkArticle();
    const before = JSON.stringify(article);
    const html = printMarkup(article, kitchenSpeakers, template('broadsheet'), { hyphenator });
    expect(JSON.stringify(article)).toBe(before);
    const doc = new JSDOM(html).window.document;
    const body = doc.querySelector('.gp-body')!;
    expect(body.textContent).toContain(SOFT_HYPHEN);
    // Crossheads and the headline are set whole.
    for (const heading of doc.querySelectorAll('h1, h2, h3')) expect(heading.textContent).not.toContain(SOFT_HYPHEN);
    // Without soft hyphens the body reads exactly as set unhyphenated.
    const plain = new JSDOM(printMarkup(article, kitchenSpeakers, template('broadsheet'))).window.document.querySelector('.gp-body')!;
    expect(strip(body.textContent!)).toBe(plain.textContent);
    // A ragged-right layout (web-first: hyphenate false) gets none.
    expect(printMarkup(article, kitchenSpeakers, template('web-first'), { hyphenator })).not.toContain(SOFT_HYPHEN);
    // The same block object is hyphenated once: the preview re-sets only the blocks an edit changed.
    const block: BlockNode = article.body.content[0];
    const once = hyphenator.block(block);
    expect(once).not.toBe(block);
    expect(hyphenator.block(block)).toBe(once);
    expect(hyphenator.block({ ...block } as BlockNode)).not.toBe(once);
  });
});
