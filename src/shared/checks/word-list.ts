// Word lists as the desk keeps them (the starter newsroom list, the desk
// dictionary): one word a line, lines starting # are notes.

/** The words of a word-list file, in order, without notes, blanks or repeats. */
export function readWordList(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split(/\r?\n/u)) {
    const word = line.trim();
    if (word && !word.startsWith('#')) out.add(word.normalize('NFC'));
  }
  return [...out];
}

/** Whether a word can go in the desk dictionary: one word, no spaces, of reasonable length, no control characters. */
export function isDeskWord(word: string): boolean {
  return /^[^\s#\p{Cc}][^\s\p{Cc}]{0,99}$/u.test(word);
}
