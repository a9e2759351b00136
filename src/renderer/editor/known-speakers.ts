// The speaker directory's ids, for the repair of pasted and restored copy: a
// quote mark naming a speaker the directory does not hold is kept without
// one, for the checks panel to flag. Set whenever the directory is read;
// null until it first is, when any well-formed id stands.
let known: ReadonlySet<string> | null = null;

/** Called by the speaker directory's provider with every id it holds. */
export function setKnownSpeakerIds(ids: Iterable<string>): void {
  known = new Set(ids);
}

/** The directory's ids as last read, or null before the first read. */
export function knownSpeakerIds(): ReadonlySet<string> | null {
  return known;
}
