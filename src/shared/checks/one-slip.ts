// Whether a word is one slip from a word the dictionary knows: a letter
// added, dropped or changed, or two neighbours swapped. The dictionary's own
// suggest does far more (and takes seconds on a long word in capitals); this
// asks only the few hundred one-slip spellings, each a look-up.

const LOWER_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const UPPER_LETTERS = LOWER_LETTERS.toUpperCase();

/**
 * Whether some spelling one slip from `word`, in its own case, is known. With `spaces`, a space put
 * between two known words counts as the slip too ("EACHOTHER" is "EACH OTHER" run together).
 */
export function oneSlipFromKnown(word: string, knows: (spelling: string) => boolean, spaces = false): boolean {
  const letters = word === word.toUpperCase() ? UPPER_LETTERS : LOWER_LETTERS;
  const n = word.length;
  for (let i = 0; i <= n; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < n && n > 2 && knows(head + tail.slice(1))) return true;
    if (i < n - 1 && knows(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const letter of letters) {
      if (knows(head + letter + tail)) return true;
      if (i < n && letter !== tail[0] && knows(head + letter + tail.slice(1))) return true;
    }
    if (spaces && i >= 1 && i < n && knows(head) && knows(tail)) return true;
  }
  return false;
}

/**
 * Whether `word` is two slips from a known spelling where one of them is the commonest slip of all, a
 * letter doubled or single that should not be, or two letters swapped ("TOMMOROW", "DISSAPOINT"): a
 * few dozen one-slip searches, not the hundreds of thousands a full two-slip search would take.
 */
export function doublingSlipFromKnown(word: string, knows: (spelling: string) => boolean, spaces = false): boolean {
  for (let i = 0; i < word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i > 0 && word[i - 1] === word[i] && oneSlipFromKnown(head + tail.slice(1), knows, spaces)) return true;
    if ((i === 0 || word[i - 1] !== word[i]) && oneSlipFromKnown(head + word[i] + tail, knows, spaces)) return true;
  }
  return false;
}
