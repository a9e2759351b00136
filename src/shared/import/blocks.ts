// The copy block: the one shape every import format reduces to before any
// judgement is made about it. Plain text, HTML, markdown and Word each become
// a flat list of these, so furniture stripping and field finding are written
// once, as pure functions, and tested without a parser in sight.

export type CopyMark = 'bold' | 'italic';

/** A stretch of inline text carrying the same marks. */
export interface CopyRun {
  text: string;
  marks?: CopyMark[];
  /** A tracked change from a Word file, kept as a suggestion (see tracked.ts). */
  suggestion?: RunSuggestion;
}

/** Words a Word file carried as a tracked insertion or deletion, with the suggestion id they become. */
export interface RunSuggestion {
  kind: 'insertion' | 'deletion';
  id: string;
}

/**
 * What the source markup said a block was for, when it said so: a class such
 * as `standfirst` or `byline`, or Word's Subtitle style. A hint, not a
 * verdict: copy-to-fields still checks the text looks the part.
 */
export type CopyRole = 'standfirst' | 'byline';

export interface ListPlace {
  /** Which list this item belongs to: two lists side by side stay two lists. */
  list: number;
  /** Which item: two paragraphs of one `<li>` stay one list item. */
  item: number;
  ordered: boolean;
  /** 1 for a top-level list, 2 for a list inside one of its items, … */
  depth: number;
  start?: number;
}

export interface CopyBlock {
  kind: 'paragraph' | 'heading' | 'listItem' | 'blockquote' | 'rule';
  /** The runs' text joined: what rules and field finding read. */
  text: string;
  runs: CopyRun[];
  /** Heading level as the source had it (1 = the page title). */
  level?: number;
  list?: ListPlace;
  /** Blockquote group: paragraphs of one `<blockquote>` share a number. */
  quote?: number;
  role?: CopyRole;
}

/** A plain paragraph with no marks: what plain text is made of. */
export function paragraphBlock(text: string): CopyBlock {
  return { kind: 'paragraph', text, runs: text ? [{ text }] : [] };
}

/** True when every letter of the block sits in runs carrying `mark`. */
export function wholly(block: CopyBlock, mark: CopyMark): boolean {
  let seen = false;
  for (const run of block.runs) {
    if (!/\S/.test(run.text)) continue;
    if (!run.marks?.includes(mark)) return false;
    seen = true;
  }
  return seen;
}
