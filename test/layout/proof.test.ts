// @vitest-environment jsdom
// The proof kept between refreshes: after any edit it holds what setting the
// story afresh would, and the elements of the blocks the edit did not touch
// are the same elements, so the browser keeps their layout. The editor's
// document is read the same way: untouched blocks keep their JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, BlockNode } from '../../src/shared/article/model';
import { printMarkup, printParts } from '../../src/shared/layout/print-markup';
import { pullQuoteChoices } from '../../src/shared/layout/pull-quote';
import { LayoutTemplate } from '../../src/shared/layout/template';
import { bodyExtensions } from '../../src/renderer/editor/extensions';
import { setProof } from '../../src/renderer/preview/proof';
import { docJson } from '../../src/renderer/editor/settled-document';
import { kitchenSinkArticle, kitchenSpeakers, seedArticle, seedSpeakers } from '../export/fixtures';

const broadsheet = LayoutTemplate.parse(JSON.parse(readFileSync(join(import.meta.dirname, '../../resources/layouts/broadsheet.json'), 'utf8')));
const para = (text: string): BlockNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const withBody = (article: Article, content: BlockNode[]): Article => ({ ...article, body: { type: 'doc', content } });
const blocks = (host: HTMLElement) => [...host.querySelectorAll('.gp-body > *')];
/** Whether each of `now` is the very element at the same place in `before` (toEqual would compare DOM nodes by content). */
const same = (now: Element[], before: readonly (Element | undefined)[]) => now.map((element, i) => element === before[i]);

function proofOf(article: Article, pullQuoteId: string | null = null, host: HTMLElement = document.createElement('div')): HTMLElement {
  setProof(host, printParts(article, kitchenSpeakers, broadsheet, { pullQuoteId }));
  return host;
}

/** What the proof holds: the header and the body's blocks, which toEqual compares as nodes (isEqualNode: attributes in any order). */
function setAs(host: HTMLElement): Element[] {
  return [host.querySelector('.gp')!.cloneNode(false) as Element, host.querySelector('.gp-head')!, ...blocks(host)];
}

describe('the proof in the pane', () => {
  it('holds the print markup', () => {
    const article = kitchenSinkArticle();
    const fresh = document.createElement('div');
    fresh.innerHTML = printMarkup(article, kitchenSpeakers, broadsheet);
    expect(setAs(proofOf(article))).toEqual(setAs(fresh));
  });

  it('replaces only the block typed in, and keeps the others', () => {
    const article = kitchenSinkArticle();
    const host = proofOf(article);
    const before = blocks(host);
    const content = [...article.body.content];
    content[4] = para('A paragraph the sub rewrote.');
    const edited = withBody(article, content);
    proofOf(edited, null, host);
    const after = blocks(host);
    expect(same(after, before)).toEqual(content.map((_, i) => i !== 4));
    expect(setAs(host)).toEqual(setAs(proofOf(edited)));
  });

  it('renumbers the blocks after a paragraph inserted, split or cut, keeping their elements', () => {
    const article = kitchenSinkArticle();
    const host = proofOf(article);
    const before = blocks(host);
    const content = [...article.body.content];
    content.splice(2, 0, para('A new third paragraph.'));
    proofOf(withBody(article, content), null, host);
    expect(same(blocks(host), [...before.slice(0, 2), undefined, ...before.slice(2)])).toEqual(content.map((_, i) => i !== 2));
    expect(blocks(host).map((b) => b.getAttribute('data-block'))).toEqual(content.map((_, i) => String(i)));
    expect(setAs(host)).toEqual(setAs(proofOf(withBody(article, content))));

    content.splice(5, 2);
    proofOf(withBody(article, content), null, host);
    expect(setAs(host)).toEqual(setAs(proofOf(withBody(article, content))));
  });

  it('moves the intro’s class when a paragraph goes in above it', () => {
    const article = kitchenSinkArticle();
    const host = proofOf(article);
    const intro = host.querySelector('.gp-intro')!;
    const content = [para('A new intro.'), ...article.body.content];
    proofOf(withBody(article, content), null, host);
    expect(host.querySelector('.gp-intro')!.textContent).toBe('A new intro.');
    expect(blocks(host)[1]).toBe(intro);
    expect(intro.getAttribute('data-block')).toBe('1');
    expect(setAs(host)).toEqual(setAs(proofOf(withBody(article, content))));
  });

  it('sets and takes away a pull quote, and a new headline, without setting the blocks again', () => {
    const article = seedArticle();
    const host = document.createElement('div');
    const set = (a: Article, pullQuoteId: string | null) => setProof(host, printParts(a, seedSpeakers, broadsheet, { pullQuoteId }));
    set(article, null);
    const before = blocks(host);
    const quoteId = pullQuoteChoices(article.body, seedSpeakers)[0].quoteId;
    set(article, quoteId);
    expect(host.querySelectorAll('.gp-pullquote')).toHaveLength(1);
    expect(same(blocks(host).filter((b) => !b.matches('.gp-pullquote')), before).every(Boolean)).toBe(true);
    set({ ...article, headline: 'A new headline' }, null);
    expect(host.querySelector('.gp-headline')!.textContent).toBe('A new headline');
    expect(same(blocks(host), before).every(Boolean)).toBe(true);
    expect(blocks(host)).toHaveLength(before.length);
  });
});

describe('the editor’s document as the preview reads it', () => {
  const editors: Editor[] = [];
  afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

  it('is getJSON’s, with the JSON of untouched blocks kept from the last reading', () => {
    const editor = new Editor({ extensions: bodyExtensions, content: kitchenSinkArticle().body });
    editors.push(editor);
    const first = docJson(editor.state.doc);
    expect(first).toEqual(editor.getJSON());
    editor.commands.insertContentAt(editor.state.doc.child(0).nodeSize + 1, 'New ');
    const second = docJson(editor.state.doc);
    expect(second).toEqual(editor.getJSON());
    expect(second.content.map((b, i) => b === first.content[i])).toEqual(first.content.map((_, i) => i !== 1));
  });
});
