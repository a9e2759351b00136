// What a line of copy looks like, in the terms a sub would use: is it a
// sentence, does it quote someone, how many words. Furniture rules and field
// finding both ask these questions, so they are answered once, here.

const WORD = /[\p{L}\p{N}]+(?:['’\-‐][\p{L}\p{N}]+)*/gu;

export function wordsIn(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

// Closing marks that may follow a full stop: quotes, brackets.
const CLOSERS = `"'”’»)\\]`;

/** Ends as running prose does: a full stop or ellipsis, perhaps inside a closing quote. */
export function endsWithFullStop(text: string): boolean {
  return new RegExp(`[.…][${CLOSERS}]*$`).test(text);
}

/** Ends with any sentence punctuation, questions and exclamations included. */
export function endsWithSentencePunctuation(text: string): boolean {
  return new RegExp(`[.…!?][${CLOSERS}]*$`).test(text);
}

/** More than one sentence: a stop followed by a space and a new sentence. */
export function holdsSeveralSentences(text: string): boolean {
  return new RegExp(`[.!?…][${CLOSERS}]*\\s+[“"‘'(\\[]?\\p{Lu}`, 'u').test(text);
}

/**
 * Reads as running prose rather than a title or label: ends with a full stop,
 * or runs on past one sentence. A headline may end with "?" or "!", so those
 * alone do not make a sentence paragraph.
 */
export function isProse(text: string): boolean {
  return endsWithFullStop(text) || holdsSeveralSentences(text);
}

/**
 * Holds a direct quotation. The typographic apostrophe (’) doubles as a
 * closing single quote, so only an opening single quote (‘) counts.
 */
export function holdsQuotation(text: string): boolean {
  return /[“”"«»„‘]/.test(text);
}
