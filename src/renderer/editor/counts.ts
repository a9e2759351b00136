// Counts a sub watches while cutting: words in the body, characters,
// headline characters, and words against the target.
import { countCharacters, countWords } from '../../shared/article/text';

export interface Counts {
  words: number;
  characters: number;
}

/** Counts from the editor's plain text; called off the typing path (debounced). */
export function countText(text: string): Counts {
  return { words: countWords(text), characters: countCharacters(text.replace(/\n/g, '')) };
}

export function describeTarget(words: number, target: number | null): string | null {
  if (!target) return null;
  const diff = words - target;
  if (diff === 0) return 'on target';
  return diff > 0 ? `${diff} over` : `${-diff} short`;
}
