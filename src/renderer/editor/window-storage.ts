// Choices an earlier Galley kept per story in the window's localStorage,
// taken once into the article when the story is opened and then cleared.
import type { z } from 'zod';

/** The value under `key`, if it reads as `schema`; the key is removed either way, since the article holds the choice from now on. */
export function takeFromWindowStorage<T>(key: string, schema: z.ZodType<T>): T | null {
  let storage: Storage | null;
  try {
    storage = globalThis.localStorage ?? null;
  } catch {
    return null;
  }
  const raw = storage?.getItem(key);
  if (raw == null) return null;
  try {
    storage!.removeItem(key);
  } catch {
    // Refused: taken again next time, and the article's own value then stands.
  }
  try {
    const parsed = schema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
