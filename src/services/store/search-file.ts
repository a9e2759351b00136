// search-index.bin: the search index as it was last packed, kept beside
// index.json so a library opens searchable without reading every story. Like
// index.json it is a cache: each story in it carries the mtime and size of the
// file it was read from, and a story whose file no longer matches is read
// again. A file that is damaged, from another version or cut short is
// answered as absent, and the index is built afresh from the stories.
//
// Layout: "GSX1", the header's length (4 bytes, little-endian), the header as
// JSON (stories, words, where each word's postings end, a checksum of the
// postings), then the postings.
import { crc32 } from 'node:zlib';
import { z } from 'zod';
import { renameWithRetry, tempNameFor } from './atomic-file';
import type { PackedIndex } from './search-index';
import type { StoreFs } from './store-fs';

const MAGIC = 'GSX1';

const Header = z
  .object({
    docs: z.array(z.tuple([z.string(), z.string(), z.number(), z.number()])),
    terms: z.array(z.string()),
    ends: z.array(z.number().int().min(0)),
    checksum: z.number().int(),
  })
  .strict();

/** The packed index as the bytes of search-index.bin. */
export function encodeSearchIndex(index: PackedIndex): Uint8Array {
  const header = {
    docs: index.docs.map((d) => [d.id, d.headline, d.mtimeMs, d.size]),
    terms: index.terms,
    ends: [...index.ends],
    checksum: crc32(index.bytes),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const out = Buffer.alloc(8 + json.length + index.bytes.length);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(json.length, 4);
  json.copy(out, 8);
  out.set(index.bytes, 8 + json.length);
  return out;
}

/** The packed index in `bytes`, or why it cannot be used (the caller rebuilds it). */
export function decodeSearchIndex(bytes: Uint8Array): { index: PackedIndex } | { damaged: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < 8 || buffer.toString('latin1', 0, 4) !== MAGIC) return { damaged: 'not a search index of this version' };
  const length = buffer.readUInt32LE(4);
  if (8 + length > buffer.length) return { damaged: 'cut short' };
  let header: z.infer<typeof Header>;
  try {
    header = Header.parse(JSON.parse(buffer.toString('utf8', 8, 8 + length)));
  } catch {
    return { damaged: 'its header is not readable' };
  }
  const postings = buffer.subarray(8 + length);
  const { docs, terms, ends, checksum } = header;
  if (crc32(postings) !== checksum) return { damaged: 'its postings do not match their checksum' };
  if (ends.length !== terms.length) return { damaged: 'its words and postings do not line up' };
  for (let i = 0; i < terms.length; i++) {
    // Words in order (a search finds them by halving) and postings in bounds, or the file is not ours.
    if ((i > 0 && !(terms[i - 1] < terms[i])) || ends[i] > postings.length || (i > 0 && ends[i] < ends[i - 1])) return { damaged: 'its words are out of order' };
  }
  return {
    index: {
      docs: docs.map(([id, headline, mtimeMs, size]) => ({ id, headline, mtimeMs, size })),
      terms,
      ends: Uint32Array.from(ends),
      bytes: new Uint8Array(postings),
    },
  };
}

/** Reads search-index.bin: null when it is missing or cannot be used, and the index is built afresh. */
export async function readSearchIndex(path: string, fs: StoreFs): Promise<PackedIndex | null> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch {
    return null;
  }
  const decoded = decodeSearchIndex(bytes);
  return 'index' in decoded ? decoded.index : null;
}

/** Writes search-index.bin whole, through a temp file renamed into place, so a crash leaves the old index or the new. */
export async function writeSearchIndex(path: string, index: PackedIndex, fs: StoreFs): Promise<void> {
  const temp = tempNameFor(path);
  try {
    await fs.writeFile(temp, encodeSearchIndex(index), { flush: true });
    await renameWithRetry(fs, temp, path);
  } catch (error) {
    await fs.unlink(temp).catch(() => {});
    throw error;
  }
}
