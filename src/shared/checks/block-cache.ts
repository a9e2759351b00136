// A story checked again after an edit: each block's spelling and style is
// kept by its text, so only the blocks that changed are checked afresh; the
// story-wide checks (names) run over the whole story each time. The worker
// and the bench both use this, so the bench times what the window runs.
import type { Checker } from './engine';
import type { CheckBlock, CheckMatch } from './model';

/**
 * What else decides a block's answer besides its text: only its tagged quotes (left alone when
 * quotes are left as spoken). The field does not: a headline and a paragraph alike are checked alike.
 */
const quotesOf = (block: CheckBlock): string => (block.quoted?.length ? block.quoted.flat().join(',') : '');

/** A block's answer, and the quotes it was found with. */
interface Kept {
  quotes: string;
  matches: CheckMatch[];
}

export class BlockCache {
  // Keyed by the text itself: the string the story already holds, hashed once by the engine and
  // never copied into a longer key (a key holding the paragraph is a fresh string to build and hash).
  private kept = new Map<string, Kept[]>();

  /** Forgets every block: after the words the speller accepts have changed. */
  clear(): void {
    this.kept.clear();
  }

  /** Every match in the story, and how many blocks had to be checked afresh. */
  check(checker: Checker, blocks: readonly CheckBlock[]): { matches: CheckMatch[]; checked: number } {
    const seen = new Map<string, Kept[]>();
    const answers: Array<Kept | undefined> = new Array(blocks.length);
    const fresh: CheckBlock[] = [];
    const freshKept: Kept[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const quotes = quotesOf(block);
      let kept = find(seen.get(block.text), quotes);
      if (!kept) {
        kept = find(this.kept.get(block.text), quotes);
        if (!kept) {
          // Not seen before: checked below, with the other new blocks, one pass of each rule over them all.
          kept = { quotes, matches: [] };
          fresh.push(block);
          freshKept.push(kept);
        }
        const list = seen.get(block.text);
        if (list) list.push(kept);
        else seen.set(block.text, [kept]);
      }
      answers[i] = kept;
    }
    const found = fresh.length ? checker.checkBlocks(fresh) : [];
    for (let i = 0; i < found.length; i++) freshKept[i].matches = found[i];
    // Most blocks have no match: they give the one empty list rather than a fresh copy of theirs.
    const matches = checker.checkStory(blocks, (_block, index) => {
      const kept = answers[index]!.matches;
      return kept.length === 0 ? NONE : kept.map((m) => ({ ...m, block: index }));
    });
    // Only blocks the story still has are kept: the cache follows the story, not its history.
    this.kept = seen;
    return { matches, checked: fresh.length };
  }
}

const NONE: readonly CheckMatch[] = Object.freeze([]);

function find(list: Kept[] | undefined, quotes: string): Kept | undefined {
  if (!list) return undefined;
  for (const kept of list) if (kept.quotes === quotes) return kept;
  return undefined;
}
