import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { exportMarkdown } from '../../src/shared/export/markdown';
import { escapeInline, escapeLineStart } from '../../src/shared/export/markdown-escape';
import { bodyWordsOf, EMOJI, kitchenSinkArticle, kitchenSpeakers, NBSP, norm, NOW, seedArticle, seedSpeakers, tempDir, writeTemp } from './fixtures';

/** Renders the Markdown as a reader's tool would, with GitHub's extensions on. */
function render(md: string) {
  const html = marked.parse(md, { async: false, gfm: true });
  const { document } = new JSDOM(html).window;
  for (const br of document.querySelectorAll('br')) br.replaceWith(document.createTextNode('\n'));
  return { html, document };
}

describe.each([
  ['seed', seedArticle, seedSpeakers],
  ['every kind of content', kitchenSinkArticle, kitchenSpeakers],
] as const)('Markdown export of the %s article', (_name, make, speakers) => {
  const article = make();
  const md = exportMarkdown(article, speakers, { now: NOW });
  writeTemp(tempDir(), 'article.md', md);
  const { html, document } = render(md);

  test('renders back to the headline, standfirst in italics, and byline', () => {
    expect(md.startsWith(`# `)).toBe(true);
    const [h1, standfirst, byline] = [...document.body.children];
    expect(h1.tagName).toBe('H1');
    expect(h1.textContent).toBe(article.headline);
    expect(standfirst.outerHTML).toBe(`<p><em>${standfirst.querySelector('em')!.innerHTML}</em></p>`);
    expect(standfirst.textContent).toBe(article.standfirst);
    expect(byline.textContent).toBe(article.byline);
  });

  test('renders back to the article text', () => {
    const rest = [...document.body.children].slice(3);
    expect(norm(rest.map((el) => el.textContent).join('\n'))).toBe(bodyWordsOf(article));
  });

  test('lets no copy through as markup', () => {
    expect(html).not.toMatch(/<(script|img|b)[\s>]/i);
    const allowed = new Set(['H1', 'H2', 'H3', 'P', 'EM', 'STRONG', 'UL', 'OL', 'LI', 'BLOCKQUOTE', 'HR', 'A']);
    for (const el of document.body.querySelectorAll('*')) expect(allowed.has(el.tagName), el.tagName).toBe(true);
    // GitHub-style autolinking of a bare web or mail address is the reader's choice, and keeps the words.
    for (const a of document.querySelectorAll('a')) expect(['www.example.com', 'bob@example.com']).toContain(a.textContent);
  });
});

describe('Markdown export of every kind of content', () => {
  const article = kitchenSinkArticle();
  const md = exportMarkdown(article, kitchenSpeakers, { now: NOW });
  const { document } = render(md);

  test('escapes Markdown-special characters in the copy', () => {
    for (const escaped of ['\\*stars\\*', '\\_under\\_', '\\#1', '\\<script>', '\\[link\\](x)', '\\`code\\`', '\\\\ \\&copy;', 'a\\|b', '\\~\\~tilde\\~\\~']) {
      expect(md).toContain(escaped);
    }
  });

  test('escapes what would open a block at the start of a line', () => {
    expect(md).toContain('- \\- a dash that is not a marker');
    expect(md).toContain('\\+ a plus');
    expect(md).toContain('1\\. nested, not numbered');
    expect(md).toContain('\n\\> second line');
    expect(md).toContain('\n1986\\. third line');
    expect(md).toContain('\n\\# not a crosshead');
  });

  test('keeps curly quotes, no-break spaces and emoji as themselves', () => {
    expect(md).toContain(`10${NBSP}per cent held back ${EMOJI}.`);
    expect(md).toContain('“Nobody will stop us,” she added.');
    expect(md).toContain('‘it’s done’');
  });

  test('renders crossheads, lists, blockquote, rule and emphasis as their Markdown elements', () => {
    expect([...document.querySelectorAll('h2')].map((h) => h.textContent)).toEqual(['What happens next: #1 * _ `code` [link](x)']);
    expect([...document.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Figures, <b>not</b> tags']);
    expect(document.querySelectorAll('body > ul > li')).toHaveLength(2);
    expect(document.querySelector('body > ul > li > ul > li')!.textContent).toBe('1. nested, not numbered');
    expect(document.querySelector('body > ol')!.getAttribute('start')).toBe('3');
    expect(document.querySelectorAll('body > blockquote > p')).toHaveLength(2);
    expect(document.querySelectorAll('body > hr')).toHaveLength(1);
    expect(document.querySelector('strong > em')!.textContent).toBe('and bitter');
    expect([...document.querySelectorAll('strong')].map((s) => s.textContent)).toEqual([
      'signed',
      'long and bitter fight',
      'in bold',
      'First line\n> second line',
    ]);
  });
});

describe('Markdown escaping', () => {
  test('leaves ordinary prose alone', () => {
    expect(escapeInline('“It’s fine,” she said — 10 per cent & rising.')).toBe('“It’s fine,” she said — 10 per cent & rising.');
  });

  test.each([
    ['- x', '\\- x'],
    ['+ x', '\\+ x'],
    ['> x', '\\> x'],
    ['===', '\\==='],
    ['2024. A year', '2024\\. A year'],
    ['3) third', '3\\) third'],
    ['    indented', '&#32;&#32;&#32;&#32;indented'],
  ])('escapes %j at the start of a line', (line, escaped) => {
    expect(escapeLineStart(line)).toBe(escaped);
    const rendered = render(escaped).document.body.firstElementChild!;
    expect(rendered.tagName).toBe('P');
    expect(rendered.textContent).toBe(line);
  });
});
