// Importing copy: a reporter's file or pasted text in, article fields out.
// This module only chooses the reader by format; decode.ts refuses what is
// not readable copy, and the shared pipeline (src/shared/import) finds the
// headline, standfirst, byline and body and strips the furniture.
import { copyFromBlocks, type ImportedCopy } from '../../shared/import/imported-copy';
import { blocksFromPlainText } from '../../shared/import/plain-text';
import { checkText, decodeText, formatOf, named } from './decode';
import { importDocx } from './docx';
import { importHtml } from './html';
import { importMarkdown } from './markdown';

export type { ImportedCopy } from '../../shared/import/imported-copy';

function fromText(text: string, format: 'txt' | 'md' | 'html'): ImportedCopy {
  if (format === 'md') return importMarkdown(text);
  if (format === 'html') return importHtml(text);
  return copyFromBlocks(blocksFromPlainText(text));
}

/** A file as dropped or opened: .txt .md .markdown .html .htm .docx */
export async function importFile(fileName: string, bytes: Uint8Array): Promise<ImportedCopy> {
  const name = named(fileName);
  const format = formatOf(fileName);
  if (format === 'docx') return importDocx(name, bytes);
  return fromText(decodeText(name, bytes), format);
}

/** Pasted copy: plain text, markdown, or HTML from the clipboard. */
export async function importText(text: string, format: 'txt' | 'md' | 'html'): Promise<ImportedCopy> {
  return fromText(checkText('The pasted text', text), format);
}
