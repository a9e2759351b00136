import { createHash } from 'node:crypto';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import type { Article } from '../../src/shared/article/model';
import { bodyBlocks } from '../../src/shared/export/body-blocks';
import { CONTENT_SECURITY_POLICY, exportHtml, STYLE_HASH } from '../../src/shared/export/html';
import type { Speaker } from '../../src/shared/speakers/model';
import { bodyWordsOf, EMOJI, kitchenSinkArticle, kitchenSpeakers, NBSP, norm, NOW, seedArticle, seedSpeakers, tempDir, writeTemp } from './fixtures';

/** Parses the file as a browser would, with hard breaks read as line ends. */
function load(html: string) {
  const { document } = new JSDOM(html).window;
  for (const br of document.querySelectorAll('br')) br.replaceWith(document.createTextNode('\n'));
  return document;
}

function visibleBodyText(document: Document): string {
  const article = document.querySelector('article')!.cloneNode(true) as Element;
  article.querySelector('header')?.remove();
  for (const hidden of article.querySelectorAll('.visually-hidden')) hidden.remove();
  return norm(article.textContent ?? '');
}

function quoteSegments(a: Article, speakers: Speaker[]) {
  const out: Array<{ quoteId: string; speakerId: string | null; name: string | null }> = [];
  const walk = (blocks: ReturnType<typeof bodyBlocks>['blocks']) => {
    for (const b of blocks) {
      if (b.kind === 'paragraph' || b.kind === 'crosshead') {
        for (const i of b.inlines) if (i.kind === 'quote') out.push({ quoteId: i.quote.quoteId, speakerId: i.quote.speakerId, name: i.quote.speaker?.name ?? null });
      } else if (b.kind === 'list') b.items.forEach(walk);
      else if (b.kind === 'blockquote') walk(b.blocks);
    }
  };
  walk(bodyBlocks(a.body, speakers).blocks);
  return out;
}

describe.each([
  ['seed', seedArticle, seedSpeakers],
  ['every kind of content', kitchenSinkArticle, kitchenSpeakers],
] as const)('HTML export of the %s article', (_name, make, speakers) => {
  const article = make();
  const html = exportHtml(article, speakers, { now: NOW });
  writeTemp(tempDir(), 'article.html', html);
  const document = load(html);

  test('is a standalone HTML5 document with language, charset and a strict CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>\n')).toBe(true);
    expect(document.documentElement.getAttribute('lang')).toBe('en-GB');
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/unsafe-inline|script-src/);
    // The one stylesheet is admitted by its hash, and the hash is the stylesheet's.
    const style = document.querySelector('style')!.textContent!;
    expect(`sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}`).toBe(STYLE_HASH);
    expect(document.querySelectorAll('style')).toHaveLength(1);
  });

  test('carries headline, standfirst and byline as text', () => {
    expect(document.querySelector('title')!.textContent).toBe(article.headline);
    expect(document.querySelector('article > header > h1')!.textContent).toBe(article.headline);
    expect(document.querySelector('p.standfirst')!.textContent).toBe(article.standfirst);
    expect(document.querySelector('p.byline')!.textContent).toBe(article.byline);
  });

  test('reads back as the article text', () => {
    expect(visibleBodyText(document)).toBe(bodyWordsOf(article));
  });

  test('has no script and no event-handler attributes', () => {
    expect(html).not.toMatch(/<script/i);
    expect(document.querySelectorAll('script, iframe, object, embed, img, link')).toHaveLength(0);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) expect(attr.name.toLowerCase().startsWith('on'), `${el.tagName} @${attr.name}`).toBe(false);
    }
  });

  test('gives every quote segment its own <q> carrying its speaker', () => {
    const expected = quoteSegments(article, speakers);
    const qs = [...document.querySelectorAll('q')];
    expect(qs).toHaveLength(expected.length);
    qs.forEach((q, i) => {
      const want = expected[i];
      expect(q.getAttribute('data-quote-id')).toBe(want.quoteId);
      expect(q.getAttribute('data-speaker-id')).toBe(want.speakerId);
      expect(q.getAttribute('data-speaker')).toBe(want.name);
      // `cite` is for a source document's URL, not a person.
      expect(q.hasAttribute('cite')).toBe(false);
      if (want.name) {
        expect(q.getAttribute('title')).toContain(want.name);
        // Screen readers do not reliably read title, so the name is also there as hidden text.
        const hidden = q.nextElementSibling;
        expect(hidden?.classList.contains('visually-hidden')).toBe(true);
        expect(hidden?.textContent).toContain(want.name);
      }
    });
  });
});

describe('HTML export structure', () => {
  const article = kitchenSinkArticle();
  const document = load(exportHtml(article, kitchenSpeakers, { now: NOW }));

  test('uses semantic elements for every kind of block', () => {
    expect([...document.querySelectorAll('article h2')].map((h) => h.textContent)).toEqual(['What happens next: #1 * _ `code` [link](x)']);
    expect([...document.querySelectorAll('article h3')].map((h) => h.textContent)).toEqual(['Figures, <b>not</b> tags']);
    expect(document.querySelectorAll('article > ul > li')).toHaveLength(2);
    expect(document.querySelectorAll('article > ul > li > ul > li')).toHaveLength(1);
    expect(document.querySelector('article > ol')!.getAttribute('start')).toBe('3');
    expect(document.querySelectorAll('article > blockquote > p')).toHaveLength(2);
    expect(document.querySelectorAll('article > hr')).toHaveLength(1);
    expect(document.querySelector('strong > em')!.textContent).toBe('and bitter');
  });

  test('keeps a run-on quote as segments sharing one quote id', () => {
    const run = [...document.querySelectorAll('q[data-quote-id="q-run"]')];
    expect(run.map((q) => q.closest('p'))).toHaveLength(2);
    expect(new Set(run.map((q) => q.closest('p'))).size).toBe(2);
  });

  test('writes curly quotes, no-break spaces and emoji as themselves', () => {
    const text = visibleBodyText(document);
    expect(text).toContain(`10${NBSP}per cent`);
    expect(text).toContain(EMOJI);
    expect(text).toContain('“Nobody will stop us,” she added.');
  });

  test('keeps an untagged quote and one whose speaker is gone, naming no one', () => {
    expect(document.querySelector('q[data-quote-id="q-anon"]')!.hasAttribute('data-speaker')).toBe(false);
    const ghost = document.querySelector('q[data-quote-id="q-ghost"]')!;
    expect(ghost.getAttribute('data-speaker-id')).toBe('ghost-speaker');
    expect(ghost.hasAttribute('data-speaker')).toBe(false);
  });
});
