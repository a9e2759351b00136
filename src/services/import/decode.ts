// Bytes to text, refusing what is not text. A sub who drops the wrong file
// on Galley should be told which file and why, not handed an article of
// mojibake: so empty files, oversized files, binary files and text that is
// not UTF-8 each fail with a sentence naming the file.
import { MAX_IMPORT_BYTES } from '../../shared/contract/api';
import { GalleyError } from '../../shared/contract/errors';

export const TEXT_EXTENSIONS = { txt: 'txt', md: 'md', markdown: 'md', html: 'html', htm: 'html' } as const;
export type CopyFormat = (typeof TEXT_EXTENSIONS)[keyof typeof TEXT_EXTENSIONS] | 'docx';

const SUPPORTED = '.txt, .md, .markdown, .html, .htm or .docx';

export const unreadable = (name: string, reason: string) => new GalleyError('unreadable-file', `${name} ${reason}`);

/** Quote the file name as the sub would see it in a message. */
export const named = (fileName: string) => `“${fileName}”`;

/** Which importer reads this file, judged by its extension alone. */
export function formatOf(fileName: string): CopyFormat {
  const match = /\.([^./\\]+)$/.exec(fileName);
  if (!match) throw unreadable(named(fileName), `has no file extension; Galley imports ${SUPPORTED} files.`);
  const ext = match[1].toLowerCase();
  if (ext === 'docx') return 'docx';
  if (ext in TEXT_EXTENSIONS) return TEXT_EXTENSIONS[ext as keyof typeof TEXT_EXTENSIONS];
  throw unreadable(named(fileName), `is a .${ext} file; Galley imports ${SUPPORTED} files.`);
}

const megabytes = (n: number) => `${(n / (1024 * 1024)).toFixed(1)} MB`;

/** The checks every file passes before any parser sees it. */
export function checkSize(name: string, bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw unreadable(name, 'is empty.');
  if (bytes.byteLength > MAX_IMPORT_BYTES) {
    throw unreadable(name, `is ${megabytes(bytes.byteLength)}; Galley imports files up to ${megabytes(MAX_IMPORT_BYTES)}.`);
  }
}

/** A Word document is a zip archive, which opens with "PK\x03\x04". */
export function checkZip(name: string, bytes: Uint8Array): void {
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (!isZip) throw unreadable(name, 'is not a Word document: its contents are not a .docx (zip) archive.');
}

/**
 * Decode a text file. UTF-8 is the rule (a byte-order mark is allowed and
 * dropped); a file with a UTF-16 byte-order mark, as Windows Notepad writes,
 * is decoded as UTF-16. A NUL byte outside UTF-16 means binary data.
 */
export function decodeText(name: string, bytes: Uint8Array): string {
  checkSize(name, bytes);
  let text: string;
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) {
    try {
      text = new TextDecoder(utf16, { fatal: true }).decode(bytes);
    } catch {
      throw unreadable(name, 'starts as UTF-16 text but holds bytes that are not UTF-16; re-save it as UTF-8 text.');
    }
  } else {
    if (bytes.includes(0)) throw unreadable(name, 'holds binary data, not text.');
    try {
      // TextDecoder drops a leading UTF-8 byte-order mark by default.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw unreadable(name, 'is not UTF-8 text (it may be in an older encoding such as Windows-1252); re-save it as UTF-8.');
    }
  }
  return checkText(name, text);
}

/** Checks on text however it arrived: as a file or pasted. */
export function checkText(name: string, text: string): string {
  if (text.includes('\u0000')) throw unreadable(name, 'holds binary data, not text.');
  if (!/\S/.test(text)) throw unreadable(name, 'is empty: it holds no text.');
  if (text.length > MAX_IMPORT_BYTES) {
    throw unreadable(name, `is too long; Galley imports up to ${megabytes(MAX_IMPORT_BYTES)} of text.`);
  }
  return text;
}
