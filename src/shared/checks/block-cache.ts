// A story checked again after an edit: each block's spelling and style is
// kept by its text, so only the blocks that changed are checked afresh; the
// story-wide checks (names) run over the whole story each time. The worker
// and the bench both use this, so the bench times what the window runs.
import type { Checker } from './engine';
import type { CheckBlock, CheckMatch } from './model';

const keyOf = (block: CheckBlock) => `${block.field}\u0000${block.quoted?.flat().join(',') ?? ''}\u0000${block.text}`;

export class BlockCache {
  private kept = new Map<string, CheckMatch[]>();

  /** Forgets every block: after the words the speller accepts have changed. */
  clear(): void {
    this.kept.clear();
  }

  /** Every match in the story, and how many blocks had to be checked afresh. */
  check(checker: Checker, blocks: readonly CheckBlock[]): { matches: CheckMatch[]; checked: number } {
    let checked = 0;
    const seen = new Map<string, CheckMatch[]>();
    const matches = checker.checkStory(blocks, (block, index) => {
      const key = keyOf(block);
      let found = seen.get(key) ?? this.kept.get(key);
      if (!found) {
        found = checker.checkBlock(block, 0);
        checked++;
      }
      seen.set(key, found);
      return found.map((m) => ({ ...m, block: index }));
    });
    // Only blocks the story still has are kept: the cache follows the story, not its history.
    this.kept = seen;
    return { matches, checked };
  }
}
