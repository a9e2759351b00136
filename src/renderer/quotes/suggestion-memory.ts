// What the sub decided about detection's suggestions in one story, kept so
// that leaving the story and coming back does not lose them: whether
// detection was run (it runs again on return, so the suggestions come back
// as they were), the suggestions rejected (they stay rejected in that story)
// and speakers the sub changed before accepting. Kept per story in the
// window's local storage, read through a schema: a damaged entry is
// forgotten, never trusted.
import { z } from 'zod';
import { fold } from '../../shared/article/fold';

const Remembered = z
  .object({
    detected: z.boolean(),
    /** Keys (see suggestionKey) of suggestions the sub rejected. */
    rejected: z.array(z.string().max(2_000)).max(5_000),
    /** Speakers the sub chose for a suggestion before accepting it, by suggestion key; null means "no speaker". */
    speakers: z.record(z.string().max(2_000), z.object({ name: z.string().max(200), key: z.string().max(200), directoryId: z.string().max(200).optional() }).nullable()),
  })
  .strict();
export type Remembered = z.infer<typeof Remembered>;

const PREFIX = 'galley.quote-suggestions.';
const empty = (): Remembered => ({ detected: false, rejected: [], speakers: {} });

/** A suggestion's identity in its story: its words, folded, so edits elsewhere in the story do not change it. */
export function suggestionKey(text: string): string {
  return fold(text).slice(0, 2_000);
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** What was decided in the story `articleId`, or nothing decided. */
export function recall(articleId: string): Remembered {
  const raw = storage()?.getItem(PREFIX + articleId);
  if (!raw) return empty();
  try {
    const parsed = Remembered.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : empty();
  } catch {
    return empty();
  }
}

/** Keep what was decided in the story `articleId`. Storage that is full or absent loses the memory, never the story. */
export function remember(articleId: string, value: Remembered): void {
  try {
    storage()?.setItem(PREFIX + articleId, JSON.stringify(value));
  } catch {
    // Full or refused: the suggestions simply will not come back on return.
  }
}
