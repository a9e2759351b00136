// Keeps the open story's speaker colours in a constructed stylesheet (see
// speaker-colour-css.ts), read from the quote model, which follows typing on
// a debounce: a speaker tagged for the first time takes the next colour.
import { useEffect, useMemo } from 'react';
import { storySpeakerOrder } from '../../shared/speakers/palette';
import { speakerColourCss } from './speaker-colour-css';
import type { QuoteModel } from './use-quote-model';

const sheet = typeof CSSStyleSheet === 'function' ? new CSSStyleSheet() : null;

export function useStoryColours(model: QuoteModel): Map<string, number> {
  const ids = model.tagged.map((q) => q.speakerId).join('\u0000');
  const order = useMemo(() => storySpeakerOrder(ids ? ids.split('\u0000').map((id) => id || null) : []), [ids]);
  useEffect(() => {
    if (!sheet) return;
    sheet.replaceSync(speakerColourCss(order));
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, [order]);
  return order;
}
