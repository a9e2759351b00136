// The story's blocks on their way to the checks worker after each pause.
// Sending every block's text each time copied the whole story (some 60 KB for
// 10,000 words) into the worker after every pause, though typing changes one
// paragraph: a block the worker was sent in the last list goes as its place
// in that list instead, and only new blocks go whole. The body's blocks are
// kept per ProseMirror node (story-blocks.ts), so an untouched paragraph is
// the very block sent before.
import type { CheckBlock } from '../../shared/checks/model';

/** A block whole, or the place of the same block in the list sent last. */
export type WireBlocks = Array<CheckBlock | number>;

/** The window's side: the list it sent last, by block. */
export class BlockSender {
  private last = new Map<CheckBlock, number>();

  /** `blocks` as they go to the worker; the list becomes the one sent last. */
  send(blocks: readonly CheckBlock[]): WireBlocks {
    const wire = blocks.map((block) => this.last.get(block) ?? block);
    this.last = new Map(blocks.map((block, i) => [block, i]));
    return wire;
  }

  /** The next list goes whole: after a failed check nothing is assumed of what the worker kept. */
  forget(): void {
    this.last = new Map();
  }
}

/** The worker's side: the list it was sent last. Read as each message arrives, in the order they were sent. */
export class BlockReceiver {
  private last: readonly CheckBlock[] = [];

  /** The blocks `wire` stands for; they become the list sent last. */
  receive(wire: WireBlocks): CheckBlock[] {
    const blocks = wire.map((item) => (typeof item === 'number' ? this.last[item] : item));
    if (blocks.some((block) => block === undefined)) {
      this.last = [];
      throw new Error('the checks lost track of the story’s paragraphs; they will be checked again whole');
    }
    this.last = blocks;
    return blocks;
  }
}
