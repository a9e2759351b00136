// Phrases the desk accepts as phrases: Latin and legal terms whose words the
// dictionary lacks alone ("prima facie", "sub judice", "mens rea"). A word of
// one is known only where the whole phrase stands around it, so "facie" on
// its own is still a misspelling.

/** One accepted phrase as words, found by any of its words. */
interface Listed {
  words: string[];
}

/** Accepted phrases of two words or more, looked up from one of their words in the copy. */
export class AcceptedPhrases {
  private readonly byWord = new Map<string, Array<{ phrase: Listed; at: number }>>();
  /** Each phrase with hyphens for its spaces ("prima-facie"), which the copy writes as one word. */
  private readonly hyphenated = new Set<string>();

  get size(): number {
    return this.byWord.size;
  }

  /** Adds a phrase written with spaces between its words; a single word is not a phrase and is ignored. */
  add(phrase: string): void {
    const words = phrase.trim().toLowerCase().split(/\s+/u);
    if (words.length < 2) return;
    this.hyphenated.add(words.join('-'));
    const listed = { words };
    words.forEach((word, at) => {
      let list = this.byWord.get(word);
      if (!list) this.byWord.set(word, (list = []));
      list.push({ phrase: listed, at });
    });
  }

  /** Whether the word at [start, end) of `text` stands inside one of the phrases, each word a single space apart, in any case. */
  covers(text: string, start: number, end: number): boolean {
    const word = text.slice(start, end).toLowerCase();
    if (this.hyphenated.has(word.replace(/[‐‑]/gu, '-'))) return true;
    const listed = this.byWord.get(word);
    if (!listed) return false;
    return listed.some(({ phrase, at }) => {
      // The phrase's words before this one, then after it, read off the copy.
      let from = start;
      for (let k = at - 1; k >= 0; k--) {
        const word = phrase.words[k];
        if (text.charCodeAt(from - 1) !== 0x20 || text.slice(from - 1 - word.length, from - 1).toLowerCase() !== word) return false;
        from -= word.length + 1;
        if (from > 0 && isLetter(text, from - 1)) return false;
      }
      let to = end;
      for (let k = at + 1; k < phrase.words.length; k++) {
        const word = phrase.words[k];
        if (text.charCodeAt(to) !== 0x20 || text.slice(to + 1, to + 1 + word.length).toLowerCase() !== word) return false;
        to += word.length + 1;
        if (to < text.length && isLetter(text, to)) return false;
      }
      return true;
    });
  }
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const isLetter = (text: string, i: number): boolean => LETTER.test(text.charAt(i));
