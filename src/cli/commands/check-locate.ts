// Where a match is, as `story:line:column` says it. A plain-text or Markdown
// file is found again in the file as written, so the line and column are the
// file's own (an editor's "go to line" lands on the word), even where the
// importer changed the copy: Markdown markup taken out, runs of spaces and
// line breaks inside a paragraph made one space, a byte-order mark or
// no-break space dropped. Copy from other formats, and library articles,
// count one line per block (headline, standfirst, byline, then each
// paragraph). Columns count characters (code points), from 1; offsets count
// UTF-16 code units, as a JavaScript string is indexed.
import type { CheckBlock } from '../../shared/checks/model';

export interface Place {
  line: number;
  column: number;
  /** Offset from the start of the file (or of the story's text, one block a line). */
  offset: number;
}

export type Locate = (block: number, start: number) => Place;

/** Where each character of a block stands in the file: a fixed base (found as written), or one offset per character. */
type BlockPlace = number | Int32Array;

const BOM = 0xfeff;

/** A locator for blocks found in `source` (the file's text), else by block. */
export function locator(blocks: readonly CheckBlock[], source: string | null): Locate {
  const places = source === null ? null : findBlocks(blocks, source);
  const text = places ? source! : blocks.map((b) => b.text).join('\n');
  const starts: BlockPlace[] = [];
  if (places) starts.push(...places);
  else blocks.reduce((at, b) => (starts.push(at), at + b.text.length + 1), 0);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x0a) lineStarts.push(i + 1);
  return (block, start) => {
    const place = starts[block];
    const offset = typeof place === 'number' ? place + start : place[Math.min(start, place.length - 1)];
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    // An editor shows no byte-order mark, so it is no column.
    const from = lineStarts[lo] === 0 && text.charCodeAt(0) === BOM ? 1 : lineStarts[lo];
    return { line: lo + 1, column: [...text.slice(from, Math.max(from, offset))].length + 1, offset };
  };
}

/**
 * Each block's place in the file, in order. A block found as written is a base offset; one the
 * importer changed is lined up with the file character by character (alignBlock). One not found
 * at all is placed where the previous one ended, so its line is near. Null when most blocks cannot
 * be found: the file is not the copy as read.
 */
function findBlocks(blocks: readonly CheckBlock[], source: string): BlockPlace[] | null {
  const out: BlockPlace[] = [];
  let cursor = 0;
  let lost = 0;
  for (const block of blocks) {
    const at = source.indexOf(block.text, cursor);
    if (at >= 0) {
      out.push(at);
      cursor = at + block.text.length;
      continue;
    }
    const aligned = alignBlock(block.text, source, cursor);
    if (aligned) {
      out.push(aligned);
      cursor = aligned[aligned.length - 1];
      continue;
    }
    lost++;
    out.push(Math.min(cursor + 1, source.length));
  }
  return lost * 2 > blocks.length ? null : out;
}

/** How far ahead of the last block a changed block's first character is looked for (furniture the importer dropped lies between). */
const LOOK_AHEAD = 4_000;
/** How many characters of markup (a link's address, emphasis marks) may stand between two of the block's. */
const MAX_SKIP = 400;

const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2007 || c === 0x202f || c === 0x200b || c === BOM || c === 0xad;
const isWordChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c > 0x7f;

/**
 * The file offset of each character of a block the importer changed (and one past its end), found
 * by walking the block and the file together from the first place the whole block lines up: a space
 * in the block stands for a run of white space in the file, and the file may hold markup between
 * the block's characters (emphasis marks, a link's brackets and address) but no letter or figure the
 * block lacks, except inside a link's address before a space. Null when the block is not in the file.
 */
function alignBlock(text: string, source: string, from: number): Int32Array | null {
  const last = Math.min(source.length, from + LOOK_AHEAD);
  for (let at = source.indexOf(text[0], from); at >= 0 && at < last; at = source.indexOf(text[0], at + 1)) {
    const map = alignFrom(text, source, at);
    if (map) return map;
  }
  return null;
}

function alignFrom(text: string, source: string, at: number): Int32Array | null {
  const map = new Int32Array(text.length + 1);
  let j = at;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const skipFrom = j;
    if (c === 0x20) {
      // Markup may close before the space ("**10%** and", "[trust](https://…) would").
      while (j < source.length && !isSpace(source.charCodeAt(j)) && j - skipFrom < MAX_SKIP) j++;
      if (j >= source.length || !isSpace(source.charCodeAt(j))) return null;
      map[i] = j;
      while (j < source.length && isSpace(source.charCodeAt(j))) j++;
      continue;
    }
    while (j < source.length && source.charCodeAt(j) !== c && j - skipFrom < MAX_SKIP) {
      const s = source.charCodeAt(j);
      // A letter or figure the block does not hold: this is not where the block is.
      if (isWordChar(s) && !isSpace(s)) return null;
      j++;
    }
    if (j >= source.length || source.charCodeAt(j) !== c) return null;
    map[i] = j++;
  }
  map[text.length] = j;
  return map;
}
