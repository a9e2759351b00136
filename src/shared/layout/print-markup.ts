// The story set for print: headline, standfirst and byline over the body in
// the slot's columns, and a pull quote if the sub chose one. The body is the
// HTML export's tested renderer, one top-level block at a time, so that each
// block can carry data-block: its index in the editor's document, which is
// how copyfit maps the first word of overmatter back to a position.
import type { DocNode } from '../article/model';
import { bodyBlocks } from '../export/body-blocks';
import { blocksHtml } from '../export/html';
import { attrs, escapeText } from '../export/xml-escape';
import { pullQuoteChoices } from './pull-quote';
import { asSpeakers, type SpeakerName } from './speakers';
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
}

export function printMarkup(copy: PrintCopy, speakers: readonly SpeakerName[], template: LayoutTemplate, options: PrintOptions = {}): string {
  const { blocks } = bodyBlocks(copy.body, asSpeakers(speakers));
  const introIndex = blocks.findIndex((b) => b.kind === 'paragraph');
  const pull = options.pullQuoteId ? pullQuoteChoices(copy.body, speakers).find((q) => q.quoteId === options.pullQuoteId) : undefined;
  const pullAfter = Math.min(Math.max(template.pullQuote.afterBlock, introIndex + 1), blocks.length);

  let body = '';
  blocks.forEach((block, i) => {
    if (pull && i === pullAfter) body += pullQuoteHtml(pull.text, pull.speaker);
    // "Attributes" attribution: no hidden text in print, which would be measured as copy.
    const html = blocksHtml([block], 'attributes');
    const extra = i === introIndex ? ' class="gp-intro"' : '';
    body += html.replace(/^<([a-z][a-z0-9]*)/, `<$1 data-block="${i}"${extra}`);
  });
  if (pull && pullAfter >= blocks.length) body += pullQuoteHtml(pull.text, pull.speaker);

  return (
    `<article${attrs({ class: 'gp', lang: options.language ?? 'en-GB', 'data-layout': template.id })}>\n` +
    '<header class="gp-head">\n' +
    `<h1 class="gp-headline">${escapeText(copy.headline)}</h1>\n` +
    (copy.standfirst ? `<p class="gp-standfirst">${escapeText(copy.standfirst)}</p>\n` : '') +
    (copy.byline ? `<p class="gp-byline">${escapeText(copy.byline)}</p>\n` : '') +
    '</header>\n' +
    `<div class="gp-body">\n${body}</div>\n` +
    '</article>\n'
  );
}

function pullQuoteHtml(text: string, speaker: string | null): string {
  return (
    '<aside class="gp-pullquote">' +
    `<p>${escapeText(text)}</p>` +
    (speaker ? `<p class="gp-pullquote-by">${escapeText(speaker)}</p>` : '') +
    '</aside>\n'
  );
}
