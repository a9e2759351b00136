// Markdown copy: rendered to HTML by marked and read as HTML, so "# " is the
// headline, "##" a crosshead, lists and emphasis come through, and any raw
// HTML a reporter pasted in is sanitised like any other.
import { Marked } from 'marked';
import type { ImportedCopy } from '../../shared/import/imported-copy';
import { importHtml } from './html';

// A private instance: extensions someone adds to the global `marked` elsewhere
// must not change how copy is read.
const markdown = new Marked({ gfm: true, breaks: false, async: false });

export function importMarkdown(text: string): ImportedCopy {
  const html = markdown.parse(text, { async: false });
  return importHtml(html, { italicStandfirst: true });
}
