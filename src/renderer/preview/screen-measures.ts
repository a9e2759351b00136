// The Web and Mobile views' own measures: a screen has no slot to fill, so
// what a sub checks there is length, reading time and how long the headline
// runs where search results and phone screens cut it.
import type { DocNode } from '../../shared/article/model';
import { bodyWords } from '../../shared/article/text';

/** Words a reader reads in a minute, for "about N min read". */
const WORDS_PER_MINUTE = 230;
/** Search results cut a headline at about this many characters; a phone's lock-screen alert at fewer. */
export const HEADLINE_LIMIT = { web: 70, mobile: 55 } as const;

/** The line the Web or Mobile view shows in place of print's copyfit. */
export function screenMeasures(view: 'web' | 'mobile', headline: string, body: DocNode): { message: string; headlineOver: boolean } {
  const words = bodyWords(body);
  const minutes = Math.max(1, Math.round(words / WORDS_PER_MINUTE));
  const chars = [...headline.trim()].length;
  const limit = HEADLINE_LIMIT[view];
  return { message: `${words} words · about ${minutes} min read · headline ${chars}/${limit} characters`, headlineOver: chars > limit };
}
