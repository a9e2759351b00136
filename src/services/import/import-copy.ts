// Importing copy: a reporter's file or pasted text in, article fields out.
// This module only chooses the reader by format; decode.ts refuses what is
// not readable copy, and the shared pipeline (src/shared/import) finds the
// headline, standfirst, byline and body and strips the furniture.
import { DocNode } from '../../shared/article/model';
import { copyFromBlocks, type ImportedCopy } from '../../shared/import/imported-copy';
import { blocksFromPlainText } from '../../shared/import/plain-text';
import { checkText, decodeText, formatOf, named, unreadable } from './decode';
import { importDocx } from './docx';
import { importHtml } from './html';
import { importMarkdown } from './markdown';

export type { ImportedCopy } from '../../shared/import/imported-copy';

function fromText(text: string, format: 'txt' | 'md' | 'html', name: string): ImportedCopy {
  if (format === 'md') return importMarkdown(text, name);
  if (format === 'html') return importHtml(text, {}, name);
  return copyFromBlocks(blocksFromPlainText(text));
}

/**
 * The body must pass the article model's own schema, which caps paragraphs
 * and nesting: better to tell the sub now, naming the file, than to have the
 * store refuse an article it cannot explain.
 */
function fitsOneArticle(name: string, copy: ImportedCopy): ImportedCopy {
  const checked = DocNode.safeParse(copy.body);
  if (!checked.success) {
    const issue = checked.error.issues[0]?.message ?? 'the body is not valid';
    throw unreadable(name, `is too large or too deeply nested to be one article (${issue}).`);
  }
  return copy;
}

/** A file as dropped or opened: .txt .md .markdown .html .htm .docx */
export async function importFile(fileName: string, bytes: Uint8Array): Promise<ImportedCopy> {
  const name = named(fileName);
  const format = formatOf(fileName);
  const copy = format === 'docx' ? await importDocx(name, bytes) : fromText(decodeText(name, bytes), format, name);
  return fitsOneArticle(name, copy);
}

/** Pasted copy: plain text, markdown, or HTML from the clipboard. */
export async function importText(text: string, format: 'txt' | 'md' | 'html'): Promise<ImportedCopy> {
  const name = 'The pasted text';
  return fitsOneArticle(name, fromText(checkText(name, text), format, name));
}
