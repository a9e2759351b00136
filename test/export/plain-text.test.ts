import { describe, expect, test } from 'vitest';
import { exportPlainText } from '../../src/shared/export/plain-text';
import { bodyWordsOf, EMOJI, kitchenSinkArticle, kitchenSpeakers, NBSP, norm, NOW, seedArticle, seedParagraphs, seedSpeakers } from './fixtures';

describe('plain-text (wire) export', () => {
  test('gives headline, standfirst and byline, a blank line, then the seed paragraphs exactly', () => {
    const article = seedArticle();
    const txt = exportPlainText(article, seedSpeakers, { now: NOW });
    const [head, ...paragraphs] = txt.trimEnd().split('\n\n');
    expect(head).toBe([article.headline, article.standfirst, article.byline].join('\n'));
    expect(paragraphs).toEqual(seedParagraphs());
  });

  test('carries no markup, keeps every character of the copy, and puts crossheads on their own line', () => {
    const article = kitchenSinkArticle();
    const txt = exportPlainText(article, kitchenSpeakers, { now: NOW });
    expect(txt).not.toMatch(/<(strong|em|q|p)[\s>]|\*\*/);
    expect(txt).toContain('\n\nWhat happens next: #1 * _ `code` [link](x)\n\n');
    expect(txt).toContain(`10${NBSP}per cent held back ${EMOJI}.`);
    expect(txt).toContain('First line\n> second line\n1986. third line');
    const body = txt.split('\n\n').slice(1).join('\n').replace(/^ *• /gm, '').replace(/^[34]\. (?=Third|Fourth)/gm, '');
    expect(norm(body)).toBe(bodyWordsOf(article));
  });
});
