// The print layout's one stylesheet. The preview pane puts it in a <style>
// beside the slot and printDocument puts it in the PDF's page, so what the
// sub copyfits on screen is what prints. Every rule is scoped under .gp (the
// galley proof) so that it cannot touch the app around the pane.
import { headlineSizePt, slotWidthMm } from './slot';
import type { FontFamily, LayoutTemplate, Slot } from './template';
import { css } from './units';

const STACKS: Record<FontFamily, string> = {
  'Galley Serif': "'Galley Serif', Georgia, serif",
  'Galley Sans': "'Galley Sans', Arial, sans-serif",
};

const face = (family: FontFamily, sizePt: number, lineHeight: string, weight: number, italic = false) =>
  `font:${italic ? 'italic ' : ''}${weight} ${css(sizePt, 'pt')}/${lineHeight} ${STACKS[family]};`;

/** Paper and ink: a proof is black on white whatever the app's theme. */
const INK = '#111';
const PAPER = '#fff';

export function printStylesheet(template: LayoutTemplate, slot: Slot): string {
  const { body, headline, standfirst, byline, intro, crosshead, pullQuote, grid } = template;
  const lead = css(body.leadingPt, 'pt');
  const rules: string[] = [];
  const rule = (selector: string, declarations: string) => rules.push(`${selector}{${declarations}}`);

  rule(
    '.gp',
    `box-sizing:border-box;display:flex;flex-direction:column;position:relative;` +
      `width:${css(slotWidthMm(template, slot.columns), 'mm')};height:${css(slot.depthCm * 10, 'mm')};` +
      `color:${INK};background:${PAPER};font-kerning:normal;font-variant-ligatures:common-ligatures;` +
      `text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;`,
  );
  rule('.gp *', 'box-sizing:border-box;');
  rule('.gp-head', `flex:none;padding-bottom:${css(body.leadingPt * 0.75, 'pt')};`);
  rule(
    '.gp-headline',
    face(headline.font, headlineSizePt(template, slot.columns), String(headline.leading), headline.weight) +
      `margin:0 0 ${css(body.leadingPt * 0.5, 'pt')};letter-spacing:-0.012em;text-wrap:balance;`,
  );
  rule(
    '.gp-standfirst',
    face(standfirst.font, standfirst.sizePt, css(standfirst.leadingPt, 'pt'), standfirst.weight, standfirst.italic) +
      `margin:0 0 ${css(body.leadingPt * 0.5, 'pt')};text-wrap:pretty;`,
  );
  rule(
    '.gp-byline',
    face(byline.font, byline.sizePt, css(body.leadingPt, 'pt'), byline.weight) +
      `margin:0;padding:${byline.rule ? css(body.leadingPt * 0.25, 'pt') : '0'} 0 0;` +
      (byline.uppercase ? 'text-transform:uppercase;letter-spacing:0.05em;' : '') +
      (byline.rule ? `border-top:0.75pt solid ${INK};` : ''),
  );

  // The body: the browser's own multi-column layout, filled column by column
  // to the slot's depth. Copy that does not fit runs into overflow columns to
  // the right of the slot, where copyfit finds it. Widows and orphans are
  // allowed, as on a news page, so every column holds the same count of lines.
  rule(
    '.gp-body',
    `flex:1 1 0;min-height:0;column-count:${slot.columns};column-gap:${css(grid.gutterMm, 'mm')};column-fill:auto;` +
      face(body.font, body.sizePt, lead, 400) +
      // hyphens:manual: the breaks are the soft hyphens the layout put in (hyphenation.ts), the same in every
      // browser, never the browser's own dictionaries, which Debian's Chromium lacks and Electron's has.
      `text-align:${body.align};hyphens:manual;orphans:1;widows:1;`,
  );
  rule('.gp-body p,.gp-body h2,.gp-body h3,.gp-body ul,.gp-body ol,.gp-body blockquote', 'margin:0;');
  rule('.gp-body p', `text-indent:${css(body.indentEm, 'em')};`);
  if (body.paragraphSpaceLines > 0) rule('.gp-body p+p', `margin-top:${css(body.leadingPt * body.paragraphSpaceLines, 'pt')};`);
  rule('.gp-body .gp-intro,.gp-body h2+p,.gp-body h3+p,.gp-body .gp-pullquote+p,.gp-body li p,.gp-body blockquote p', 'text-indent:0;');
  if (intro.style === 'drop-cap') {
    // initial-letter sinks the capital into whole lines, so the grid below it holds.
    rule('.gp-intro::first-letter', `initial-letter:${intro.dropCapLines};font-weight:700;margin-right:${css(1, 'mm')};`);
  } else if (intro.style === 'lead-in') {
    rule('.gp-intro::first-line', 'font-weight:700;font-variant-caps:small-caps;');
  }
  rule(
    '.gp-body h2,.gp-body h3',
    face(crosshead.font, crosshead.sizePt, lead, crosshead.weight) +
      `margin-top:${css(body.leadingPt * crosshead.spaceBeforeLines, 'pt')};text-align:${crosshead.align};break-after:avoid;hyphens:manual;`,
  );
  rule('.gp-body h3', `font-size:${css(Math.max(body.sizePt, crosshead.sizePt - 1), 'pt')};`);
  rule('.gp-body ul,.gp-body ol', `padding-left:${css(4, 'mm')};text-align:left;`);
  rule('.gp-body blockquote', `padding-left:${css(3, 'mm')};font-style:italic;`);
  rule('.gp-body hr', `border:0;border-top:0.5pt solid ${INK};margin:calc(${lead} / 2 - 0.25pt) 0;`);
  // The copy carries its own quotation marks.
  rule('.gp q', 'quotes:none;');
  rule(
    '.gp-pullquote',
    face(pullQuote.font, pullQuote.sizePt, css(pullQuote.leadingPt, 'pt'), pullQuote.weight, pullQuote.italic) +
      `break-inside:avoid;margin:${lead} 0;padding:${css(body.leadingPt * 0.5, 'pt')} 0;text-align:left;hyphens:manual;` +
      (pullQuote.rules ? `border-top:1.5pt solid ${INK};border-bottom:0.5pt solid ${INK};` : ''),
  );
  rule('.gp-pullquote p', 'margin:0;text-indent:0;');
  rule(
    '.gp-pullquote .gp-pullquote-by',
    face(byline.font, Math.max(6.5, byline.sizePt - 0.5), lead, 700) + 'margin-top:0.4em;text-transform:uppercase;letter-spacing:0.05em;',
  );
  return rules.join('\n');
}
