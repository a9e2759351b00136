// Detection reruns after every pause in the sub's typing, and between two
// runs nearly every paragraph is unchanged. The work that depends on one
// paragraph's text alone (pairing its marks, its tokens, its cues, the
// phrases naming people) is kept here by text, so a rerun redoes only the
// paragraphs that changed; what needs the whole story (who "he" is) still
// runs over every paragraph, in order.

/**
 * A bounded memo from a paragraph's text (and whatever else its result
 * depends on) to that result. Oldest entries go first once it is full, so
 * a long session never holds more than `limit` paragraphs' worth.
 */
export class ParagraphMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit = 4000) {}

  /** The value for `key`, computing and keeping it on a miss. */
  get(key: string, compute: () => V): V {
    const hit = this.map.get(key);
    if (hit !== undefined) return hit;
    const value = compute();
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value as string);
    this.map.set(key, value);
    return value;
  }

  /** Forget everything: the bench's cold runs, and tests that time a first read. */
  clear(): void {
    this.map.clear();
  }
}

/** Every memo made by keptBy, so forgetKept can empty them all at once. */
const kept: Array<Map<string, unknown>> = [];

/**
 * `compute` kept by its argument: for small pure work asked of the same
 * word or name many times in one story (folding a name word, taking a name
 * apart). Bounded like ParagraphMemo; emptied by forgetKept with the
 * paragraphs, so a cold run pays for every word again.
 */
export function keptBy<V>(compute: (key: string) => V, limit = 5000): (key: string) => V {
  const map = new Map<string, V>();
  kept.push(map);
  return (key) => {
    let value = map.get(key);
    if (value === undefined) {
      value = compute(key);
      if (map.size >= limit) map.clear();
      map.set(key, value);
    }
    return value;
  };
}

/** Empty every keptBy memo (the bench's cold runs). */
export function forgetKept(): void {
  for (const map of kept) map.clear();
}
