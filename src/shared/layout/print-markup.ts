// The story set for print: headline, standfirst and byline over the body in
// the slot's columns, and a pull quote if the sub chose one. The body is the
// HTML export's tested renderer, one top-level block at a time, so that each
// block can carry data-block: its index in the editor's document, which is
// how copyfit maps the first word of overmatter back to a position.
import type { DocNode } from '../article/model';
import { attrs, escapeText } from '../export/xml-escape';
import { blockMarkup } from './block-markup';
import type { BodyHyphenator } from './hyphenate-blocks';
import { pullQuoteChoices } from './pull-quote';
import type { SpeakerName } from './speakers';
import type { LayoutTemplate } from './template';

/** The parts of an article a layout sets. */
export interface PrintCopy {
  headline: string;
  standfirst: string;
  byline: string;
  body: DocNode;
}

export interface PrintOptions {
  /** A tagged quote to set as a pull quote, by its quote id. */
  pullQuoteId?: string | null;
  language?: string;
  /** Soft hyphens for a justified body (templates with body.hyphenate); none when absent. */
  hyphenator?: BodyHyphenator | null;
}

/**
 * One element of the body as set (always one: the preview patches element by
 * element). Its markup leaves out data-block and the intro's class, so that a
 * block which only moved (a paragraph inserted above it) reads the same and
 * the preview can keep its element.
 */
export interface PrintPiece {
  html: string;
  /** The block's index in the editor's document; null for the pull quote. */
  block: number | null;
  intro: boolean;
}

/** The print markup in the pieces the preview patches one at a time. */
export interface PrintParts {
  /** The <article> start tag. */
  open: string;
  /** The <header>, headline to byline. */
  head: string;
  body: PrintPiece[];
}

export function printMarkup(copy: PrintCopy, speakers: readonly SpeakerName[], template: LayoutTemplate, options: PrintOptions = {}): string {
  const { open, head, body } = printParts(copy, speakers, template, options);
  return `${open}\n${head}\n<div class="gp-body">\n${body.map((piece) => `${pieceHtml(piece)}\n`).join('')}</div>\n</article>\n`;
}

export function printParts(copy: PrintCopy, speakers: readonly SpeakerName[], template: LayoutTemplate, options: PrintOptions = {}): PrintParts {
  const blocks = copy.body.content;
  const introIndex = blocks.findIndex((b) => b.type === 'paragraph');
  const pull = options.pullQuoteId ? pullQuoteChoices(copy.body, speakers).find((q) => q.quoteId === options.pullQuoteId) : undefined;
  const pullAfter = Math.min(Math.max(template.pullQuote.afterBlock, introIndex + 1), blocks.length);
  const hyphenator = template.body.hyphenate ? (options.hyphenator ?? null) : null;
  const pullPiece = (text: string, speaker: string | null): PrintPiece => ({ html: pullQuoteHtml(text, speaker), block: null, intro: false });

  const body: PrintPiece[] = [];
  blocks.forEach((block, i) => {
    if (pull && i === pullAfter) body.push(pullPiece(pull.text, pull.speaker));
    // "Attributes" attribution: no hidden text in print, which would be measured as copy.
    body.push({ html: blockMarkup(hyphenator ? hyphenator.block(block) : block, speakers, 'attributes'), block: i, intro: i === introIndex });
  });
  if (pull && pullAfter >= blocks.length) body.push(pullPiece(pull.text, pull.speaker));

  return {
    open: `<article${attrs({ class: 'gp', lang: options.language ?? 'en-GB', 'data-layout': template.id })}>`,
    head:
      '<header class="gp-head">\n' +
      `<h1 class="gp-headline">${escapeText(copy.headline)}</h1>\n` +
      (copy.standfirst ? `<p class="gp-standfirst">${escapeText(copy.standfirst)}</p>\n` : '') +
      (copy.byline ? `<p class="gp-byline">${escapeText(copy.byline)}</p>\n` : '') +
      '</header>',
    body,
  };
}

/** A piece's markup with its block index and the intro's class on the outer element. */
export function pieceHtml(piece: PrintPiece): string {
  if (piece.block === null) return piece.html;
  const extra = piece.intro ? ' class="gp-intro"' : '';
  return piece.html.replace(/^<([a-z][a-z0-9]*)/, `<$1 data-block="${piece.block}"${extra}`);
}

function pullQuoteHtml(text: string, speaker: string | null): string {
  return (
    '<aside class="gp-pullquote">' +
    `<p>${escapeText(text)}</p>` +
    (speaker ? `<p class="gp-pullquote-by">${escapeText(speaker)}</p>` : '') +
    '</aside>'
  );
}
