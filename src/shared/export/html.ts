// A standalone HTML5 document of the story: semantic elements only, every
// string escaped, no script, and a Content-Security-Policy that would block
// one anyway. The body fragment is shared with ninjs, whose receivers get
// the same markup without the page around it.
import type { Article } from '../article/model';
import type { Speaker } from '../speakers/model';
import { bodyBlocks, quoteStretches, type Block, type Inline, type QuoteRef } from './body-blocks';
import { nestMarks, type MarkNode } from './marks';
import { resolveOptions, type ExportOptions } from './options';
import { speakerUri } from './ids';
import { attrs, escapeText } from './xml-escape';

/**
 * The page's only stylesheet. The CSP admits it by hash rather than by
 * 'unsafe-inline', so an injected <style> would not apply either: change a
 * byte here and STYLE_HASH must change with it (a test recomputes it).
 */
export const STYLE =
  'body{font-family:Georgia,serif;line-height:1.5;max-width:40rem;margin:2rem auto;padding:0 1rem}' +
  '.standfirst{font-size:1.2em}.byline{font-style:italic}' +
  // The copy carries its own quotation marks; <q> must not add a second pair.
  'q{quotes:none}' +
  '.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}';
export const STYLE_HASH = 'sha256-p1jVbqI4zgsfOmLblrxiQBW/0gbIywSAiR1odN5naMA=';

export const CONTENT_SECURITY_POLICY = `default-src 'none'; style-src '${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

/** How a quote names its speaker: hidden text for screen readers in the page, attributes only in a fragment handed to another system's styles. */
export type Attribution = 'hidden-text' | 'attributes';

export function exportHtml(article: Article, speakers: Speaker[], options?: ExportOptions): string {
  const { generator, language } = resolveOptions(options);
  const { blocks } = bodyBlocks(article.body, speakers);
  const title = article.headline || article.catchline || 'Untitled';
  const meta = (name: string, content: string) => (content ? `<meta${attrs({ name, content })}>\n` : '');
  return (
    '<!DOCTYPE html>\n' +
    `<html${attrs({ lang: language })}>\n` +
    '<head>\n' +
    '<meta charset="utf-8">\n' +
    `<meta${attrs({ 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY })}>\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    meta('generator', generator) +
    meta('description', article.standfirst) +
    meta('author', article.byline) +
    meta('keywords', article.tags.join(', ')) +
    `<title>${escapeText(title)}</title>\n` +
    `<style>${STYLE}</style>\n` +
    '</head>\n' +
    '<body>\n' +
    `<article${attrs({ 'data-article-id': article.id, 'data-section': article.section || null })}>\n` +
    '<header>\n' +
    `<h1>${escapeText(article.headline)}</h1>\n` +
    (article.standfirst ? `<p class="standfirst">${escapeText(article.standfirst)}</p>\n` : '') +
    (article.byline ? `<p class="byline">${escapeText(article.byline)}</p>\n` : '') +
    '</header>\n' +
    blocksHtml(blocks, 'hidden-text') +
    '</article>\n' +
    '</body>\n' +
    '</html>\n'
  );
}

export function blocksHtml(blocks: readonly Block[], attribution: Attribution): string {
  let out = '';
  for (const block of blocks) out += blockHtml(block, attribution);
  return out;
}

function blockHtml(block: Block, attribution: Attribution): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${inlinesHtml(block.inlines, attribution)}</p>\n`;
    case 'crosshead':
      return `<h${block.level}>${inlinesHtml(block.inlines, attribution)}</h${block.level}>\n`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const start = block.ordered && block.start !== 1 ? block.start : null;
      const items = block.items.map((item) => `<li>${itemHtml(item, attribution)}</li>\n`).join('');
      return `<${tag}${attrs({ start })}>\n${items}</${tag}>\n`;
    }
    case 'blockquote':
      return `<blockquote>\n${blocksHtml(block.blocks, attribution)}</blockquote>\n`;
    case 'rule':
      return '<hr>\n';
  }
}

/** A one-paragraph item is written tight, as editors and browsers expect of a simple list. */
function itemHtml(item: readonly Block[], attribution: Attribution): string {
  const only = item.length === 1 ? item[0] : null;
  if (only?.kind === 'paragraph') return inlinesHtml(only.inlines, attribution);
  return `\n${blocksHtml(item, attribution)}`;
}

function inlinesHtml(inlines: readonly Inline[], attribution: Attribution): string {
  let out = '';
  for (const stretch of quoteStretches(inlines)) {
    if (stretch.kind === 'plain') {
      out += marksHtml(nestMarks(stretch.runs));
      continue;
    }
    out += `<q${quoteAttrs(stretch.quote)}>${marksHtml(nestMarks(stretch.runs))}</q>`;
    if (attribution === 'hidden-text' && stretch.quote.speaker) {
      out += `<span class="visually-hidden"> (quote attributed to ${escapeText(stretch.quote.speaker.name)})</span>`;
    }
  }
  return out;
}

/**
 * Who said it, as data a script or a CMS can read. Not `cite`: that names
 * the source document a quotation comes from, and a browser may offer to
 * follow it; a speaker is a person, identified here by their Galley URI.
 */
function quoteAttrs(quote: QuoteRef): string {
  return attrs({
    'data-quote-id': quote.quoteId,
    'data-speaker': quote.speaker?.name ?? null,
    'data-speaker-id': quote.speakerId,
    'data-speaker-uri': quote.speakerId ? speakerUri(quote.speakerId) : null,
    title: quote.speaker ? `Quote attributed to ${quote.speaker.name}` : null,
  });
}

function marksHtml(nodes: readonly MarkNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += escapeText(node.text);
    else if (node.kind === 'break') out += '<br>';
    else {
      const tag = node.mark === 'bold' ? 'strong' : 'em';
      out += `<${tag}>${marksHtml(node.children)}</${tag}>`;
    }
  }
  return out;
}
