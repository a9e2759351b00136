// Plain text into copy blocks. Plain text has no markup, only line breaks,
// and reporters use them two ways: one paragraph per line (what a web page
// pasted into a text file gives, as the seed article does), or paragraphs
// hard-wrapped at a fixed width and separated by blank lines (email copy).
// The second is recognised by its shape, and its lines are rejoined.
import { paragraphBlock, type CopyBlock } from './blocks';

const WRAP_MIN = 55;
const WRAP_MAX = 100;

/**
 * Hard-wrapped copy: most lines of any length sit in one band of widths and
 * none runs far past it. A file of one-line paragraphs has long lines (the
 * seed's run to several hundred characters), so it never qualifies.
 */
function looksHardWrapped(lines: readonly string[]): boolean {
  const long = lines.filter((l) => l.trim().length >= 30);
  if (long.length < 3) return false;
  if (long.some((l) => l.length > WRAP_MAX)) return false;
  const banded = long.filter((l) => l.length >= WRAP_MIN).length;
  return banded / long.length >= 0.6;
}

export function blocksFromPlainText(text: string): CopyBlock[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const wrapped = looksHardWrapped(lines);
  const blocks: CopyBlock[] = [];
  let pending: string[] = [];
  const flush = () => {
    if (pending.length) blocks.push(paragraphBlock(pending.join(' ')));
    pending = [];
  };
  for (const line of lines) {
    if (!line.trim()) flush();
    else if (!wrapped) blocks.push(paragraphBlock(line));
    else {
      // A line well short of the wrap width was not wrapped: it ends its
      // paragraph, so a column of short labels stays a column of blocks.
      pending.push(line);
      if (line.trim().length < WRAP_MIN - 15) flush();
    }
  }
  flush();
  return blocks;
}
