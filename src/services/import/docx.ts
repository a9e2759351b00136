// Word documents: mammoth turns the document's paragraph styles into HTML
// (Title → h1, Heading 1/2/3 → h1/h2/h3, Subtitle → standfirst, lists,
// bold and italic), and the HTML path does the rest.
import { Buffer } from 'node:buffer';
import mammoth from 'mammoth';
import type { ImportedCopy } from '../../shared/import/imported-copy';
import { checkSize, checkZip, unreadable } from './decode';
import { importHtml } from './html';
import { messageOf } from '../../shared/message-of';
import { checkZipSizes } from './zip-limits';
import { markTrackedChanges } from './tracked-changes';

// Matched by style name (what Word shows) and by style id (what a document
// that references a style without defining it still carries).
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  'p.Title => h1:fresh',
  "p[style-name='Subtitle'] => p.standfirst:fresh",
  'p.Subtitle => p.standfirst:fresh',
  "p[style-name='Standfirst'] => p.standfirst:fresh",
  "p[style-name='Byline'] => p.byline:fresh",
];

// Images are never copy: skip reading them rather than inline them as data URIs.
const noImages = mammoth.images.imgElement(async () => ({ src: '' }));

/** `now` dates a tracked change the file left undated. */
export async function importDocx(name: string, bytes: Uint8Array, now = new Date()): Promise<ImportedCopy> {
  checkSize(name, bytes);
  checkZip(name, bytes);
  await checkZipSizes(name, bytes);
  let html: string;
  let tracked: Awaited<ReturnType<typeof markTrackedChanges>>;
  try {
    tracked = await markTrackedChanges(bytes);
    const readable = tracked.bytes;
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(readable.buffer, readable.byteOffset, readable.byteLength) },
      // externalFileAccess: a document may link files on the sub's disk; never follow them.
      { styleMap: STYLE_MAP, convertImage: noImages, externalFileAccess: false, ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    const reason = messageOf(error);
    throw unreadable(name, `could not be read as a Word document (${reason.slice(0, 200)}).`);
  }
  if (!/\S/.test(html.replace(/<[^>]*>/g, ''))) throw unreadable(name, 'is a Word document with no text in it.');
  return importHtml(html, tracked.changes.length ? { tracked: { changes: tracked.changes, importedAt: now } } : {}, name);
}
