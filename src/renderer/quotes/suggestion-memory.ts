// What the sub decided about detection's suggestions in one story, kept so
// that leaving the story and coming back does not lose them: whether
// detection was run (it runs again on return, so the suggestions come back
// as they were), the suggestions rejected (they stay rejected in that story)
// and speakers the sub changed before accepting. Kept in the article (its
// `quoteSuggestions`), saved with the story like any field.
import { QuoteSuggestionChoices } from '../../shared/article/article-choices';
import { fold } from '../../shared/article/fold';
import { articleChoices } from '../editor/article-choices';
import { takeFromWindowStorage } from '../editor/window-storage';

export type Remembered = QuoteSuggestionChoices;

const empty = (): Remembered => ({ detected: false, rejected: [], speakers: {} });

/** A suggestion's identity in its story: its words, folded, so edits elsewhere in the story do not change it. */
export function suggestionKey(text: string): string {
  return fold(text).slice(0, 2_000);
}

/** What was decided in the open story `articleId`, or nothing decided. */
export function recall(articleId: string): Remembered {
  return articleChoices(articleId)?.read().quoteSuggestions ?? empty();
}

/** Keep what was decided in the open story `articleId`: saved with the story a moment later. */
export function remember(articleId: string, value: Remembered): void {
  articleChoices(articleId)?.keep({ quoteSuggestions: value });
}

/** What an earlier Galley kept in this window's storage for the story, taken once (the key is cleared) into the article. */
export function takeStoredSuggestions(articleId: string): Remembered | null {
  return takeFromWindowStorage(`galley.quote-suggestions.${articleId}`, QuoteSuggestionChoices);
}
