// Answers handed out unchanged again and again (the whole library listing,
// megabytes of JSON at 10,000 stories) are serialised once, when first sent:
// every window that loads asks for the listing, and serialising it each time
// held browser mode's one thread for tens of milliseconds, in front of the
// next window's first screen. Only a value marked here, and frozen, is kept.
const kept = new WeakMap<object, string | null>();

/** Marks a frozen value as the same bytes every time it is sent; returns it. */
export function keepUnchanged<T extends object>(value: T): T {
  if (!Object.isFrozen(value)) throw new Error('keepUnchanged: only a frozen value is the same bytes every time.');
  if (!kept.has(value)) kept.set(value, null);
  return value;
}

/** The value as JSON: serialised once for a value marked unchanged, afresh for any other. */
export function jsonOf(value: unknown): string {
  if (typeof value !== 'object' || value === null || !kept.has(value)) return JSON.stringify(value);
  let json = kept.get(value);
  if (json == null) kept.set(value, (json = JSON.stringify(value)));
  return json;
}
