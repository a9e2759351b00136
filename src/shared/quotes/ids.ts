// A tagged quote's id: what joins a run-on quote's pieces across paragraphs
// and ties its record (verified text, a check by hand) to its words. Made
// here, below the editor and the quote panels, so both can mint one.

/** A fresh quote id, `q-` and thirteen characters of a random UUID. */
export function newQuoteId(): string {
  return `q-${crypto.randomUUID().slice(0, 13)}`;
}
