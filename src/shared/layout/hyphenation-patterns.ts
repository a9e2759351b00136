// The patterns are 160 kB of data per locale: loaded on first use (the
// preview opening, the first PDF), never with the editor, and kept after.
import { bodyHyphenator, type BodyHyphenator } from './hyphenate-blocks';
import { textHyphenator, type HyphenationLocale } from './hyphenation';

const loaded = new Map<HyphenationLocale, Promise<BodyHyphenator>>();

/** The body hyphenator for a locale, its patterns imported the first time it is asked for. */
export function loadHyphenator(locale: HyphenationLocale): Promise<BodyHyphenator> {
  let hyphenator = loaded.get(locale);
  if (!hyphenator) {
    const patterns = locale === 'en-US' ? import('hyphen/patterns/en-us.js') : import('hyphen/patterns/en-gb.js');
    hyphenator = patterns.then((module) => bodyHyphenator(locale, textHyphenator(module.default)));
    hyphenator.catch(() => loaded.delete(locale));
    loaded.set(locale, hyphenator);
  }
  return hyphenator;
}
