// The DOCX read back by real tools: pandoc for the text and the paragraph
// styles a template maps, unzip for the parts pandoc does not report.
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { DOCX_STYLES, exportDocx } from '../../src/services/export/docx';
import { bodyWordsOf, EMOJI, kitchenSinkArticle, kitchenSpeakers, NBSP, norm, NOW, seedArticle, seedSpeakers, tempDir, writeTemp } from './fixtures';

const pandoc = (file: string, ...args: string[]) => execFileSync('pandoc', ['-f', 'docx', ...args, file], { encoding: 'utf8' });
const unzipPart = (file: string, part: string) => execFileSync('unzip', ['-p', file, part], { encoding: 'utf8' });

describe.each([
  ['seed', seedArticle, seedSpeakers],
  ['every kind of content', kitchenSinkArticle, kitchenSpeakers],
] as const)('DOCX export of the %s article', (_name, make, speakers) => {
  const article = make();
  let file = '';
  const docx = async () => (file ||= writeTemp(tempDir(), 'article.docx', await exportDocx(article, speakers, { now: NOW })));

  test('converts back (pandoc -t plain) to the article text', async () => {
    const plain = pandoc(await docx(), '-t', 'plain', '--wrap=none');
    // pandoc sets list items with a marker and at least two spaces; the copy's own "- " has one.
    const text = norm(plain.replace(/^ *(-|\d+\.) {2,}/gm, ''));
    const head = norm([article.headline, article.standfirst, article.byline].join(' '));
    expect(text).toBe(norm(`${head} ${bodyWordsOf(article)}`));
  });

  test('gives every paragraph a named style a newsroom template can map', async () => {
    const native = pandoc(await docx(), '-f', 'docx+styles', '-t', 'native');
    const styles = [...native.matchAll(/"custom-style" , "([^"]+)"/g)].map((m) => m[1]);
    expect(styles.slice(0, 3)).toEqual(['Headline', 'Standfirst', 'Byline']);
    expect(styles).toContain('Body');
  });

  test('marks each tagged quote with the Quotation character style and a comment naming the speaker', async () => {
    const xml = unzipPart(await docx(), 'word/document.xml');
    expect(xml).toContain(`<w:rStyle w:val="${DOCX_STYLES.quotation}"/>`);
    const comments = unzipPart(await docx(), 'word/comments.xml');
    const named = new Set(speakers.map((s) => s.name).filter((name) => comments.includes(`Quote attributed to ${name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`)));
    expect(named.size).toBe(2);
  });
});

describe('DOCX export of every kind of content', () => {
  const article = kitchenSinkArticle();

  test('maps crossheads, blockquotes and lists to their styles and Word lists', async () => {
    const file = writeTemp(tempDir(), 'kitchen.docx', await exportDocx(article, kitchenSpeakers, { now: NOW }));
    const native = pandoc(file, '-f', 'docx+styles', '-t', 'native');
    for (const style of ['Crosshead', 'Crosshead 3', 'Quote']) expect(native).toContain(`"custom-style" , "${style}"`);
    expect(native).toMatch(/BulletList/);
    expect(native).toMatch(/OrderedList\s*\(\s*3\s*,/);
    const plain = pandoc(file, '-t', 'plain', '--wrap=none');
    expect(plain).toContain(`10${NBSP}per cent held back ${EMOJI}.`);
    expect(plain).toContain('“Nobody will stop us,” she added.');
    expect(plain).toContain('First line\n> second line\n1986. third line');
    expect(unzipPart(file, 'docProps/core.xml')).toContain('Council’s “£5m” deal &lt;script&gt;');
  });
});
