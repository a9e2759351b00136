// A catchline suggested from the headline, as a sub would slug it: the
// first few words that carry meaning, lower case, hyphenated.
import { fold } from './fold';

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'as', 'by', 'with', 'from', 'is', 'are', 'was', 'be', 'may', 'will', 'its', 'his', 'her', 'their']);

export function suggestCatchline(headline: string, words = 3): string {
  const picked = fold(headline)
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !SMALL_WORDS.has(w))
    .slice(0, words);
  return picked.join('-').slice(0, 80);
}
