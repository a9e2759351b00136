// What went wrong, in words: the message of anything thrown. Errors from the
// services already carry a sentence for the sub (GalleyError); anything else
// thrown is shown as it reads rather than dropped.

/** The message of an Error, or the thrown value as a string. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
