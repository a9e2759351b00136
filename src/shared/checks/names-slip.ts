// How far apart two spellings of one name word may be and still be a slip of
// the pen rather than another name: Damerau–Levenshtein (two neighbouring
// letters swapped count as one slip, as in "Naimh" for "Niamh"), one slip in
// a name of four letters or more, two in one of eight or more ("Phillipa" for
// "Philippa" is a letter doubled and one single). In a four-letter name a
// changed letter is another name ("Joan", "John"), so only a swap or a letter
// added or dropped counts there. The first letter stays, unless the slip is
// its swap with the second: few slips fall there, and "Karen" is not "Daren".

/** Edits from a to b: letters inserted, deleted, changed, or neighbours swapped (optimal string alignment). */
export function damerauLevenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const row = new Array<number>(cols).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j < cols; j++) d[0][j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2][j - 2] + 1);
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}

/** Whether `written` is `right` (a name word, both as written) with a slip of the pen, as above; false when they are the same. */
export function isNameSlip(written: string, right: string): boolean {
  const a = written.toLowerCase();
  const b = right.toLowerCase();
  if (a === b) return false;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4 || Math.abs(a.length - b.length) > 2) return false;
  const edits = damerauLevenshtein(a, b);
  const swappedFirst = a[0] === b[1] && a[1] === b[0] && a.slice(2) === b.slice(2);
  if (a[0] !== b[0] && !swappedFirst) return false;
  if (shorter === 4) return edits === 1 && (a.length !== b.length || swappedFirst || oneSwap(a, b));
  return edits <= (shorter >= 8 ? 2 : 1);
}

/** Whether a and b are the same letters with one pair of neighbours swapped. */
function oneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
