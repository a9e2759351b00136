// A suggestion's id says who made it and when, so the mark alone (stored in
// the body, carried by copy and paste, written to DOCX) is enough to show
// and export it: "<ISO time>|<author>|<random>".

/** A fresh suggestion id for `author` at `at`. */
export function suggestionId(author: string, at: Date, random: string): string {
  return `${at.toISOString()}|${author.replace(/\|/g, '/').slice(0, 200)}|${random}`;
}

/** Who made a suggestion and when, as far as its id says: an id from elsewhere (a number) says neither. */
export function readSuggestionId(id: unknown): { author: string; at: string | null } {
  const parts = typeof id === 'string' ? id.split('|') : [];
  if (parts.length >= 3 && !Number.isNaN(Date.parse(parts[0]))) return { author: parts[1] || 'unknown', at: parts[0] };
  return { author: 'unknown', at: null };
}
