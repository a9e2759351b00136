// How many letters two spellings are apart. Levenshtein's count from
// fastest-levenshtein, with one exception a sub would make: two letters
// swapped ("Ried" for "Reid") is one slip, not two.
import { distance } from 'fastest-levenshtein';

/** Letters inserted, deleted, changed, or (one adjacent pair) swapped between a and b. */
export function letterEdits(a: string, b: string): number {
  const d = distance(a, b);
  if (d === 2 && a.length === b.length && oneSwapApart(a, b)) return 1;
  return d;
}

function oneSwapApart(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
