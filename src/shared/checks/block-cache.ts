// A story checked again after an edit: each block's spelling and style is
// kept by its text, so only the blocks that changed are checked afresh; the
// story-wide checks (names) run over the whole story each time. The worker
// and the bench both use this, so the bench times what the window runs.
import type { Checker } from './engine';
import type { CheckBlock, CheckMatch } from './model';

const keyOf = (block: CheckBlock): string => (block.quoted?.length ? `${block.field}\u0000${block.quoted.flat().join(',')}\u0000${block.text}` : `${block.field}\u0000\u0000${block.text}`);

export class BlockCache {
  private kept = new Map<string, CheckMatch[]>();

  /** Forgets every block: after the words the speller accepts have changed. */
  clear(): void {
    this.kept.clear();
  }

  /** Every match in the story, and how many blocks had to be checked afresh. */
  check(checker: Checker, blocks: readonly CheckBlock[]): { matches: CheckMatch[]; checked: number } {
    const seen = new Map<string, CheckMatch[]>();
    const fresh = new Map<string, CheckBlock>();
    // Each block's key is made once: it holds the whole paragraph, so making and hashing it is not free.
    const keys = blocks.map(keyOf);
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      const key = keys[i];
      const kept = this.kept.get(key);
      if (kept) seen.set(key, kept);
      else fresh.set(key, block);
    }
    // The blocks not seen before are checked together: one pass of each rule over them all.
    const found = checker.checkBlocks([...fresh.values()]);
    [...fresh.keys()].forEach((key, i) => seen.set(key, found[i]));
    const matches = checker.checkStory(blocks, (_block, index) => seen.get(keys[index])!.map((m) => ({ ...m, block: index })));
    const checked = fresh.size;
    // Only blocks the story still has are kept: the cache follows the story, not its history.
    this.kept = seen;
    return { matches, checked };
  }
}
