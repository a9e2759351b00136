// The desk's settings for one library: kept in the library folder beside the
// articles (settings.json), so every window, browser mode and the command line
// working on that library see the same choices.
import { z } from 'zod';

export const SpellingLocale = z.enum(['en-GB', 'en-US']);
export type SpellingLocale = z.infer<typeof SpellingLocale>;

export const LibrarySettings = z.looseObject({
  /**
   * The folder exports go under in browser mode and the command line; null
   * means `Galley Exports` in the user's documents folder. The page names
   * only a subfolder of it.
   */
  exportsRoot: z.string().max(4096).nullable(),
  /** The dictionary spelling is checked against. */
  spellingLocale: SpellingLocale,
  /** The words of a tagged quote are left as spoken: not spelling-checked or styled. */
  leaveQuotesAsSpoken: z.boolean(),
  /** The sub's name as it is recorded on revisions and suggestions; empty means the system user. */
  subName: z.string().max(200),
});
export type LibrarySettings = z.infer<typeof LibrarySettings>;

/** What a library that has never been set up uses. */
export const DEFAULT_SETTINGS: LibrarySettings = {
  exportsRoot: null,
  spellingLocale: 'en-GB',
  leaveQuotesAsSpoken: true,
  subName: '',
};

/** The stored file: any field missing or unreadable falls back to its default, fields a newer Galley wrote are kept. */
export function settingsFrom(stored: unknown): LibrarySettings {
  const record = stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};
  const out: Record<string, unknown> = { ...record };
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const field = LibrarySettings.shape[key as keyof typeof LibrarySettings.shape];
    out[key] = field.safeParse(record[key]).success ? record[key] : fallback;
  }
  return out as LibrarySettings;
}
