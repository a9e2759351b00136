// What a sub has set aside in one story: words ignored in it, rules
// dismissed in it. Kept in the article (its `checks`), so a rule dismissed in
// a story stays dismissed when the story is opened again, in any window.
import { CheckChoices } from '../../shared/article/article-choices';
import { articleChoices } from '../editor/article-choices';
import { takeFromWindowStorage } from '../editor/window-storage';

export type StoryMemory = CheckChoices;

const empty = (): StoryMemory => ({ ignoredWords: [], dismissedRules: [] });

/** What is set aside in the open story `articleId`. */
export function readStoryMemory(articleId: string): StoryMemory {
  return articleChoices(articleId)?.read().checks ?? empty();
}

/** Keeps what is set aside in the open story `articleId`: saved with the story a moment later. */
export function writeStoryMemory(articleId: string, memory: StoryMemory): void {
  articleChoices(articleId)?.keep({ checks: memory });
}

/**
 * What an earlier Galley kept in this window's storage for the story, taken
 * once (the key is cleared) so the article can carry it from now on; null when
 * nothing usable was kept.
 */
export function takeStoredStoryMemory(articleId: string): StoryMemory | null {
  const stored = takeFromWindowStorage(`galley.checks.${articleId}`, CheckChoices);
  return stored && (stored.ignoredWords.length || stored.dismissedRules.length) ? stored : null;
}
