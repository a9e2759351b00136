// The seed article: a real web article as a reporter would hand it over,
// furniture and all, with hand-labelled expectations beside it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, importText, type ImportedCopy } from '../../src/services/import/import-copy';
import { allFields, bodyLines, expectValidFields } from './helpers';

const FIXTURES = '/work/shared/fixtures';
const seedBytes = new Uint8Array(readFileSync(`${FIXTURES}/seed-article.txt`));
const expected = JSON.parse(readFileSync(`${FIXTURES}/seed-article.expected.json`, 'utf8')) as {
  headline: string;
  furniture: string[];
  bodyParagraphs: number;
  firstBodyParagraphStartsWith: string;
  lastBodyParagraphStartsWith: string;
  quotes: Array<{ text: string }>;
};
const fold = (s: string) => s.replace(/[\u00a0\u202f\u2007]/g, ' ');

function checkSeed(copy: ImportedCopy) {
  expect(copy.headline).toBe(expected.headline);
  expect(copy.standfirst).toBe('');
  expect(copy.byline).toBe('');

  const paragraphs = copy.body.content;
  expect(paragraphs).toHaveLength(expected.bodyParagraphs);
  expect(paragraphs.every((p) => p.type === 'paragraph')).toBe(true);
  const lines = bodyLines(copy.body);
  expect(lines[0].startsWith(expected.firstBodyParagraphStartsWith)).toBe(true);
  expect(lines[lines.length - 1].startsWith(expected.lastBodyParagraphStartsWith)).toBe(true);

  const fields = allFields(copy);
  for (const item of expected.furniture) expect(fields).not.toContain(fold(item));
  expect(fields).not.toMatch(/[\u00a0\u202f\u2007]/);
  expectValidFields(copy);
}

describe('the seed article, imported as .txt', () => {
  it('gives the labelled headline, 13 body paragraphs and no furniture', async () => {
    checkSeed(await importFile('seed-article.txt', seedBytes));
  });

  it('gives the same fields when pasted as plain text', async () => {
    checkSeed(await importText(new TextDecoder().decode(seedBytes), 'txt'));
  });

  it('keeps curly quotes, apostrophes and dashes exactly', async () => {
    const body = bodyLines((await importFile('seed-article.txt', seedBytes)).body).join('\n');
    for (const quote of expected.quotes) expect(body).toContain(fold(quote.text));
    expect(body).toContain('“This victory of the Taliban will give courage to their followers in Pakistan,” he said');
    expect(body).toContain('the Taliban’s return');
    expect(body).toContain('in the country — while leaving');
    expect(body).not.toMatch(/"/);
  });

  it('folds no-break spaces to single plain spaces', async () => {
    const body = bodyLines((await importFile('seed-article.txt', seedBytes)).body).join('\n');
    expect(body).toContain('the Taliban not to allow Afghan soil to be used as a base to target Xinjiang. In a meeting');
    expect(body).not.toMatch(/ {2}/);
  });

  it('reports every piece of furniture it stripped, with the rule that stripped it', async () => {
    const { furniture } = await importFile('seed-article.txt', seedBytes);
    expect(furniture).toHaveLength(expected.furniture.length);
    for (const item of expected.furniture) expect(furniture.some((f) => f.endsWith(`: ${fold(item)}`))).toBe(true);
    expect(furniture[0]).toBe('navigation: Skip to main content');
    expect(furniture).toContain('fundraising: You\'ve Raised:£ 7,769');
    expect(furniture.find((f) => f.includes('reader-owned'))).toMatch(/^reader-appeal: /);
  });

  it('says where each removed line would go back: before the story, or after the paragraph it followed', async () => {
    const { removed, body } = await importFile('seed-article.txt', seedBytes);
    const last = bodyLines(body).at(-1);
    expect(removed.map((r) => r.text)).toEqual(expected.furniture.map(fold));
    expect(removed.map((r) => r.after)).toEqual([null, ...expected.furniture.slice(1).map(() => last)]);
  });

  it('still finds the story when the seed is wrapped in CRLF line endings and a UTF-8 byte-order mark', async () => {
    const text = '\ufeff' + new TextDecoder().decode(seedBytes).replace(/\n/g, '\r\n');
    checkSeed(await importFile('seed-article.txt', new TextEncoder().encode(text)));
  });
});
