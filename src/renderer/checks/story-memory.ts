// What a sub has set aside in one story: words ignored in it, rules
// dismissed in it. Kept in the window's storage by story id, so a rule
// dismissed in a story stays dismissed when the story is opened again.

export interface StoryMemory {
  ignoredWords: string[];
  dismissedRules: string[];
}

const keyOf = (articleId: string) => `galley.checks.${articleId}`;

export function readStoryMemory(articleId: string): StoryMemory {
  try {
    const stored = JSON.parse(localStorage.getItem(keyOf(articleId)) ?? '{}') as Partial<StoryMemory>;
    const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    return { ignoredWords: strings(stored.ignoredWords), dismissedRules: strings(stored.dismissedRules) };
  } catch {
    return { ignoredWords: [], dismissedRules: [] };
  }
}

export function writeStoryMemory(articleId: string, memory: StoryMemory): void {
  try {
    localStorage.setItem(keyOf(articleId), JSON.stringify(memory));
  } catch {
    // Storage full or refused: the choice holds for this session only.
  }
}
