// What the words before a quotation say it is, when no cue says who spoke:
// a text being shown ("The album opens with the lines:", "the card her
// grandmother kept, reproduced in full:") is nobody's speech in the story,
// and a quotation answering a question in a Q&A interview is the
// interviewee's.
import { isCueAt } from './cues';
import type { Token } from './tokens';

/** Things written rather than said: lyrics, recipes, cards, letters, inscriptions. */
const TEXT_NOUNS = new Set(
  `line lines lyric lyrics verse verses chorus refrain stanza poem recipe card cards inscription inscriptions sign
  plaque caption menu label notice epitaph motto slogan passage extract excerpt entry page text wording
  letter note postcard message telegram placard banner graffiti headline`.split(/\s+/u),
);
/** Verbs that show a text: "the sign reads", "the card says in full". */
const SHOWING = new Set(['reads', 'read', 'reproduced', 'engraved', 'inscribed', 'printed', 'scrawled', 'painted']);

const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

/**
 * Whether tokens [from, to) introduce a text: they name one ("the lines",
 * "the card") or show one ("reads"), and have no verb of speaking. "In a
 * letter, the council said:" and "In a letter, Mark Ellery set out …:" are
 * their authors speaking; "The letter reads:" is not.
 */
function showsText(tokens: readonly Token[], from: number, to: number): boolean {
  let text = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!isWord(t)) continue;
    const low = t.text.toLowerCase();
    if (isCueAt(tokens, k) && !SHOWING.has(low)) return false;
    // "In a letter to residents, the chief executive set out …:" names the letter's author: that is his speech.
    if (TEXT_NOUNS.has(low) && [1, 2, 3].some((d) => tokens[k - d]?.text.toLowerCase() === 'in')) return false;
    if (TEXT_NOUNS.has(low) || SHOWING.has(low)) text = true;
  }
  return text;
}

/** The paragraph ends with a colon after a clause that introduces a text: the quotation that follows is the text. */
export function introducesText(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  if (!last || last.text !== ':') return false;
  return showsText(tokens, last.sentenceFrom, tokens.length - 1);
}

/** "The sign on the door reads: “Back in five minutes.”": the colon before the quote at `q` introduces a text. */
export function colonShowsText(tokens: readonly Token[], q: number): boolean {
  return tokens[q - 1]?.text === ':' && showsText(tokens, tokens[q].sentenceFrom, q - 1);
}

/** The paragraph is a question put to the interviewee ("Where did that come from?"), with no quotation of its own. */
export function asksQuestion(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1];
  return !!last && last.text === '?' && !tokens.some((t) => t.kind === 'quote');
}
