// A Word file is a zip archive, and a zip can be a bomb: a few hundred KB that
// inflate to gigabytes. Before mammoth reads anything, every part is checked
// twice against the limits in import-limits.ts: by the size the archive
// declares for it, then by actually inflating it as a stream and counting,
// stopping at the limit (a bomb can declare a small size and inflate to a
// huge one). The archive is read by JSZip, the reader mammoth itself uses, so
// the parts counted are exactly the parts mammoth would inflate.
import JSZip from 'jszip';
import { unreadable } from './decode';
import { MAX_DOCX_ENTRIES, MAX_DOCX_ENTRY_BYTES, MAX_DOCX_TOTAL_BYTES, megabytes } from './import-limits';
import { messageOf } from '../../shared/message-of';

/** The size the central directory declares for a part. JSZip keeps it on the loaded entry's compressed data. */
function declaredSize(entry: JSZip.JSZipObject): number | null {
  const data = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof data?.uncompressedSize === 'number' ? data.uncompressedSize : null;
}

/** Inflates a part as a stream, counting; stops as soon as `limit` is passed. */
function inflatedSize(entry: JSZip.JSZipObject, limit: number): Promise<number> {
  // JSZip's stream is an older readable-stream: events, not async iteration.
  const stream = entry.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy?: () => void };
  return new Promise((resolve, reject) => {
    let size = 0;
    const stop = (outcome: () => void) => {
      stream.removeAllListeners('data');
      stream.pause();
      stream.destroy?.();
      outcome();
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) stop(() => resolve(size));
    });
    stream.on('end', () => resolve(size));
    stream.on('error', (error: Error) => stop(() => reject(error)));
  });
}

/** Refuses a Word file whose parts would unpack to more than Galley reads. `name` is already quoted. */
export async function checkZipSizes(name: string, bytes: Uint8Array): Promise<void> {
  const notWord = (reason: string) => unreadable(name, `is not a Word file Galley can read: ${reason}.`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch (error) {
    const reason = messageOf(error);
    throw unreadable(name, `could not be read as a Word document (its zip archive is damaged: ${reason.slice(0, 160)}).`);
  }
  const entries = Object.values(zip.files).filter((e) => !e.dir);
  if (entries.length > MAX_DOCX_ENTRIES) throw notWord(`it holds ${entries.length} parts, more than any document`);

  const tooBig = (part: string) => notWord(`it unpacks to over ${megabytes(MAX_DOCX_ENTRY_BYTES)} (${part} alone)`);
  const tooBigInAll = () => notWord(`it unpacks to over ${megabytes(MAX_DOCX_TOTAL_BYTES)}`);
  let declared = 0;
  for (const entry of entries) {
    const size = declaredSize(entry) ?? 0;
    if (size > MAX_DOCX_ENTRY_BYTES) throw tooBig(entry.name);
    declared += size;
    if (declared > MAX_DOCX_TOTAL_BYTES) throw tooBigInAll();
  }
  let total = 0;
  for (const entry of entries) {
    let size: number;
    try {
      size = await inflatedSize(entry, Math.min(MAX_DOCX_ENTRY_BYTES, MAX_DOCX_TOTAL_BYTES - total));
    } catch (error) {
      const reason = messageOf(error);
      throw unreadable(name, `could not be read as a Word document (part ${entry.name} of its zip archive is damaged: ${reason.slice(0, 160)}).`);
    }
    if (size > MAX_DOCX_ENTRY_BYTES) throw tooBig(entry.name);
    total += size;
    if (total > MAX_DOCX_TOTAL_BYTES) throw tooBigInAll();
  }
}
