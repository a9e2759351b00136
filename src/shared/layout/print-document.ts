// A standalone page of the print layout, for a PDF renderer to print: the
// same markup and stylesheet as the print preview, on a page the size of the
// slot plus the template's margin. No script, and a policy that would block
// one; fonts come from the caller, who knows where the runtime keeps them.
import type { Article } from '../article/model';
import { attrs, escapeText } from '../export/xml-escape';
import { printStylesheet } from './print-css';
import { printMarkup, type PrintOptions } from './print-markup';
import { pageSizeMm } from './slot';
import type { SpeakerName } from './speakers';
import type { LayoutTemplate, Slot } from './template';
import { css } from './units';

export interface PrintDocumentOptions extends PrintOptions {
  /** @font-face rules for 'Galley Serif' and 'Galley Sans' with absolute (file: or data:) URLs; see fontFaceCss. */
  fontFaceCss?: string;
}

/** Printed at the head of every page after the slot, where the overmatter runs on. */
export const OVERMATTER_MARK = 'Overmatter (continued past the slot)';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data: file:; img-src data:; base-uri 'none'; form-action 'none'";

export function printDocument(
  article: Pick<Article, 'headline' | 'standfirst' | 'byline' | 'body'> & Partial<Pick<Article, 'catchline'>>,
  speakers: readonly SpeakerName[],
  template: LayoutTemplate,
  slot: Slot,
  options: PrintDocumentOptions = {},
): string {
  const { widthMm, heightMm } = pageSizeMm(template, slot);
  const language = options.language ?? 'en-GB';
  const page =
    `@page{size:${css(widthMm, 'mm')} ${css(heightMm, 'mm')};margin:${css(template.grid.marginMm, 'mm')};}` +
    'html,body{margin:0;padding:0;background:#fff;}' +
    // On screen (where copyfit is measured) the slot is set as the preview sets it.
    '@media screen{.gp{overflow:hidden;}}' +
    // In print the first page is the slot, and the overmatter runs on in the
    // same columns over the pages after it, each marked as overmatter: a PDF
    // never carries less of the story than the text export.
    '@media print{html .gp{display:block;height:auto;}html .gp-body{height:auto;column-fill:auto;}}' +
    `@page{@top-left{content:${JSON.stringify(OVERMATTER_MARK)};font:italic 7pt Arial,sans-serif;color:#777;vertical-align:middle;}}` +
    '@page:first{@top-left{content:none;}}' +
    // Print the background white and the rules as they are, not as the printer's economy mode would.
    '*{-webkit-print-color-adjust:exact;print-color-adjust:exact;}';
  return (
    '<!DOCTYPE html>\n' +
    `<html${attrs({ lang: language })}>\n<head>\n<meta charset="utf-8">\n` +
    `<meta${attrs({ 'http-equiv': 'Content-Security-Policy', content: POLICY })}>\n` +
    `<title>${escapeText(article.headline || article.catchline || 'Untitled')}</title>\n` +
    `<style>\n${options.fontFaceCss ?? ''}\n${page}\n${printStylesheet(template, slot)}\n</style>\n` +
    '</head>\n<body>\n' +
    printMarkup(article, speakers, template, options) +
    '</body>\n</html>\n'
  );
}
