// A journal entry can outlive the need for it: the window wrote it as it went
// (pagehide) while a save was still on its way, and that save landed after
// all. The story then already holds every word of the entry, and offering it
// back would only make the sub wonder what was lost.
import type { Snapshot } from './autosave';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Whether the story as opened holds everything the journal entry's snapshot holds (fields, body, quotes, sources). */
export function journalMatches(kept: Snapshot, opened: Snapshot): boolean {
  const fields = kept.fields as Record<string, unknown>;
  const now = opened.fields as Record<string, unknown>;
  for (const key of Object.keys(fields)) if (!same(fields[key], now[key])) return false;
  if (kept.quotes !== undefined && !same(kept.quotes, opened.quotes)) return false;
  if (kept.sources !== undefined && !same(kept.sources, opened.sources)) return false;
  return true;
}
