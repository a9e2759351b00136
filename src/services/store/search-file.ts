// search-index.bin: the search index as it was last packed, with the text of
// every story it holds, kept beside index.json so a library opens searchable
// without reading every story, and a search reads a hit's text with one read
// at a known place instead of opening and parsing the story's file. Like
// index.json it is a cache: each story in it carries the mtime and size of
// the file it was read from, and a story whose file no longer matches is read
// again. A file that is damaged, from another version or cut short is
// answered as absent, and the index is built afresh from the stories.
//
// Layout: "GSX2", the stories' texts, the postings, the header as JSON (the
// stories with where each one's text lies and its checksum, the words, where
// each word's postings end, a checksum of the postings), the header's length
// (4 bytes, little-endian), "GSX2". The header comes last so the texts can be
// written as they are gathered.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { renameWithRetry, tempNameFor } from './atomic-file';
import type { PackedIndex } from './search-index';
import type { StoreFs } from './store-fs';

const MAGIC = 'GSX2';

/** Where a story's text lies in the file, and its checksum: a text that does not match is read from the story instead. */
export interface TextRef {
  at: number;
  length: number;
  crc: number;
  /** The checksum of its first HEAD_BYTES (or all of it, if shorter). */
  headCrc: number;
}

/** How much of a story's text a snippet is first looked for in: most terms a sub searches for are in a story's top. */
export const HEAD_BYTES = 2048;

/** An open search-index.bin: the index, and where each story's text lies in it. */
export interface SearchFile {
  index: PackedIndex;
  refs: Map<string, TextRef>;
  /** The open file the texts are read from; the caller closes it. */
  fd: number;
}

const Header = z
  .object({
    docs: z.array(z.tuple([z.string(), z.string(), z.number(), z.number(), z.number().int().min(0), z.number().int().min(0), z.number().int(), z.number().int()])),
    terms: z.array(z.string()),
    ends: z.array(z.number().int().min(0)),
    postingsAt: z.number().int().min(0),
    checksum: z.number().int(),
  })
  .strict();

function readAt(fd: number, at: number, length: number, into?: Buffer): Buffer {
  const out = into ? into.subarray(0, length) : Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, out, done, length - done, at + done);
    if (n === 0) throw new Error('cut short');
    done += n;
  }
  return out;
}

/** Opens search-index.bin: null when it is missing or cannot be used, and the index is built afresh. */
export function readSearchFile(path: string): SearchFile | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const decoded = decode(fd);
    if (decoded) return { ...decoded, fd };
  } catch {
    // unreadable: answered as absent below
  }
  closeSync(fd);
  return null;
}

function decode(fd: number): Omit<SearchFile, 'fd'> | null {
  const size = fstatSync(fd).size;
  if (size < 16 || readAt(fd, 0, 4).toString('latin1') !== MAGIC) return null;
  const tail = readAt(fd, size - 8, 8);
  if (tail.toString('latin1', 4) !== MAGIC) return null;
  const headerLength = tail.readUInt32LE(0);
  if (headerLength > size - 16) return null;
  const header = Header.parse(JSON.parse(readAt(fd, size - 8 - headerLength, headerLength).toString('utf8')));
  const { docs, terms, ends, postingsAt, checksum } = header;
  const postingsLength = ends.length ? ends[ends.length - 1] : 0;
  if (ends.length !== terms.length || postingsAt + postingsLength !== size - 8 - headerLength) return null;
  for (let i = 1; i < terms.length; i++) {
    // Words in order (a search finds them by halving) and postings in bounds, or the file is not ours.
    if (!(terms[i - 1] < terms[i]) || ends[i] < ends[i - 1]) return null;
  }
  const postings = readAt(fd, postingsAt, postingsLength);
  if (crc32(postings) !== checksum) return null;
  const refs = new Map<string, TextRef>();
  for (const [id, , , , at, length, crc, headCrc] of docs) {
    if (at + length > postingsAt) return null;
    refs.set(id, { at, length, crc, headCrc });
  }
  return {
    index: { docs: docs.map(([id, headline, mtimeMs, size]) => ({ id, headline, mtimeMs, size })), terms, ends: Uint32Array.from(ends), bytes: new Uint8Array(postings) },
    refs,
  };
}

/** A story's text from the open file, or null if it is not there whole (the caller reads the story). */
export function readText(fd: number, ref: TextRef): string | null {
  try {
    // One buffer reused: a search reads up to 200 texts, and a buffer each kept the collector busy.
    if (scratch.length < ref.length) scratch = Buffer.alloc(Math.max(ref.length, scratch.length * 2));
    const bytes = readAt(fd, ref.at, ref.length, scratch);
    return crc32(bytes) === ref.crc ? bytes.toString('utf8') : null;
  } catch {
    return null;
  }
}

let scratch = Buffer.alloc(1 << 16);

/** The beginning of a story's text (HEAD_BYTES; a character cut in two at the end reads as U+FFFD), or null if it is not there whole. */
export function readTextHead(fd: number, ref: TextRef): string | null {
  try {
    const bytes = readAt(fd, ref.at, Math.min(HEAD_BYTES, ref.length), scratch);
    return crc32(bytes) === ref.headCrc ? bytes.toString('utf8') : null;
  } catch {
    return null;
  }
}

/** Bytes gathered before each write: large enough to write few times, small enough to hold. */
const CHUNK = 1 << 20;

/**
 * Writes search-index.bin whole with each story's text (`textOf`), through a temp file renamed into
 * place, so a crash leaves the old file or the new; answers the new file, open.
 */
export async function writeSearchFile(path: string, index: PackedIndex, textOf: (id: string) => string | null, fs: StoreFs): Promise<SearchFile> {
  const temp = tempNameFor(path);
  const handle = await open(temp, 'w');
  try {
    const refs = new Map<string, TextRef>();
    let chunks: Buffer[] = [Buffer.from(MAGIC, 'latin1')];
    let pending = 4;
    let at = 4;
    let written = 0;
    const flush = async () => {
      const bytes = Buffer.concat(chunks);
      chunks = [];
      pending = 0;
      await handle.write(bytes, 0, bytes.length, written);
      written += bytes.length;
    };
    for (const doc of index.docs) {
      const bytes = Buffer.from(textOf(doc.id) ?? '', 'utf8');
      refs.set(doc.id, { at, length: bytes.length, crc: crc32(bytes), headCrc: crc32(bytes.subarray(0, HEAD_BYTES)) });
      chunks.push(bytes);
      pending += bytes.length;
      at += bytes.length;
      if (pending >= CHUNK) await flush();
    }
    const postingsAt = at;
    const header = Buffer.from(
      JSON.stringify({
        docs: index.docs.map((d) => {
          const ref = refs.get(d.id)!;
          return [d.id, d.headline, d.mtimeMs, d.size, ref.at, ref.length, ref.crc, ref.headCrc];
        }),
        terms: index.terms,
        ends: [...index.ends],
        postingsAt,
        checksum: crc32(index.bytes),
      }),
      'utf8',
    );
    const tail = Buffer.alloc(8);
    tail.writeUInt32LE(header.length, 0);
    tail.write(MAGIC, 4, 'latin1');
    chunks.push(Buffer.from(index.bytes.buffer, index.bytes.byteOffset, index.bytes.byteLength), header, tail);
    await flush();
    await handle.sync();
    await handle.close();
    await renameWithRetry(fs, temp, path);
    return { index, refs, fd: openSync(path, 'r') };
  } catch (error) {
    await handle.close().catch(() => {});
    await fs.unlink(temp).catch(() => {});
    throw error;
  }
}
