// Character classes read one UTF-16 unit at a time, for the scans that walk
// a whole story (words for spelling, phrases for swap lists, repeated words):
// each unit's answer is worked out once by a regular expression and then
// kept in a table, so the walk costs an array read per character.

/** The length (1, or 2 for a surrogate pair) of the character at `i` when it is in the class, else 0. */
export type CharTest = (text: string, i: number) => number;

/** A test for one character class, e.g. /[\p{L}\p{N}]/u. */
export function charTest(cls: RegExp): CharTest {
  const kind = new Uint8Array(0x10000); // 0 not yet known, 1 in the class, 2 not
  return (text, i) => {
    const c = text.charCodeAt(i);
    let k = kind[c];
    if (k === 0) {
      if (c >= 0xd800 && c <= 0xdbff) {
        const pair = String.fromCodePoint(text.codePointAt(i)!);
        return pair.length === 2 && cls.test(pair) ? 2 : 0;
      }
      k = cls.test(String.fromCharCode(c)) ? 1 : 2;
      kind[c] = k;
    }
    return k === 1 ? 1 : 0;
  };
}

/** Letters and figures: what the rules' word boundaries stand between. */
export const letterOrFigureAt = charTest(/[\p{L}\p{N}]/u);
