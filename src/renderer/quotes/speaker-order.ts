// The order the speaker picker offers speakers in: this story's own
// speakers (those tagged in it) first, in the order the story first quotes
// them, then the rest of the directory. Without it the picker opened on
// whoever came first in the directory, a speaker from another story.

/** `speakers` with those whose ids are in `storySpeakerIds` first (story order), the rest after in their own order. */
export function storySpeakersFirst<S extends { id: string }>(speakers: readonly S[], storySpeakerIds: readonly (string | null)[]): S[] {
  const rank = new Map<string, number>();
  for (const id of storySpeakerIds) if (id && !rank.has(id)) rank.set(id, rank.size);
  const own = speakers.filter((s) => rank.has(s.id)).sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return [...own, ...speakers.filter((s) => !rank.has(s.id))];
}

/** The option the picker opens on: the quote's current speaker when it has one in the list, else the first (a speaker of this story). */
export function initialOption<S extends { id: string }>(options: readonly S[], currentSpeakerId: string | null | undefined): number {
  const i = currentSpeakerId ? options.findIndex((s) => s.id === currentSpeakerId) : -1;
  return i < 0 ? 0 : i;
}
