// Where a match is, as `story:line:column` says it. A plain-text or Markdown
// file is found again in the file as written, so the line and column are the
// file's own (an editor's "go to line" lands on the word); copy from other
// formats, and library articles, count one line per block (headline,
// standfirst, byline, then each paragraph). Columns count characters, from 1.
import type { CheckBlock } from '../../shared/checks/model';

export interface Place {
  line: number;
  column: number;
  /** Offset from the start of the file (or of the story's text, one block a line). */
  offset: number;
}

export type Locate = (block: number, start: number) => Place;

/** A locator for blocks found in `source` (the file's text), else by block. */
export function locator(blocks: readonly CheckBlock[], source: string | null): Locate {
  const bases = source === null ? null : findBlocks(blocks, source);
  const text = bases ? source! : blocks.map((b) => b.text).join('\n');
  const starts: number[] = [];
  if (bases) starts.push(...bases);
  else blocks.reduce((at, b) => (starts.push(at), at + b.text.length + 1), 0);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return (block, start) => {
    const offset = starts[block] + start;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: [...text.slice(lineStarts[lo], offset)].length + 1, offset };
  };
}

/**
 * Each block's offset in the file, in order. A block the importer changed
 * (stripped, joined, retyped) is looked for by its opening words; one not
 * found at all is placed where the previous one ended, so its line is near.
 * Null when most blocks cannot be found: the file is not the copy as read.
 */
function findBlocks(blocks: readonly CheckBlock[], source: string): number[] | null {
  const out: number[] = [];
  let cursor = 0;
  let lost = 0;
  for (const block of blocks) {
    let at = source.indexOf(block.text, cursor);
    if (at < 0 && block.text.length > 24) at = source.indexOf(block.text.slice(0, 24), cursor);
    if (at < 0) {
      lost++;
      out.push(Math.min(cursor + 1, source.length));
      continue;
    }
    out.push(at);
    cursor = at + block.text.length;
  }
  return lost * 2 > blocks.length ? null : out;
}
