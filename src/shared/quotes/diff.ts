// A word-level diff: longest common subsequence by dynamic programming, then
// a walk back through the table. Quotes are short (tens of words) and the
// passage they are compared with is cut to a window around them, so the
// table stays small; no library needed for something this size.

export type DiffOp = 'same' | 'added' | 'removed';

/** Index pairs (i in a, j in b) of one longest common subsequence, in order. */
export function lcsPairs<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): Array<[number, number]> {
  const n = a.length;
  const m = b.length;
  // table[i][j]: LCS length of a[i..] and b[j..], flattened.
  const width = m + 1;
  const table = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * width + j] = equal(a[i], b[j])
        ? table[(i + 1) * width + j + 1] + 1
        : Math.max(table[(i + 1) * width + j], table[i * width + j + 1]);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (equal(a[i], b[j])) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[(i + 1) * width + j] >= table[i * width + j + 1]) i++;
    else j++;
  }
  return pairs;
}

/**
 * Edit script from `source` to `quote`, as runs: 'same' in both, 'added' in
 * the quote only, 'removed' in the source only. `show` gives each word's real
 * text (the comparison itself is on normalised words).
 */
export function diffWords(
  quote: readonly string[],
  source: readonly string[],
  showQuote: (i: number) => string,
  showSource: (j: number) => string,
): Array<{ op: DiffOp; text: string }> {
  const pairs = lcsPairs(quote, source, (x, y) => x === y);
  const out: Array<{ op: DiffOp; text: string }> = [];
  const push = (op: DiffOp, text: string) => {
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else out.push({ op, text });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [quote.length, source.length] as [number, number]]) {
    while (j < pj) push('removed', showSource(j++));
    while (i < pi) push('added', showQuote(i++));
    if (pi < quote.length) push('same', showQuote(pi));
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}
