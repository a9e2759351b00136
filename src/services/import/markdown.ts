// Markdown copy: rendered to HTML by marked and read as HTML, so "# " is the
// headline, "##" a crosshead, lists and emphasis come through, and any raw
// HTML a reporter pasted in is sanitised like any other.
import { Marked } from 'marked';
import type { ImportedCopy } from '../../shared/import/imported-copy';
import { unreadable } from './decode';
import { importHtml } from './html';
import { MAX_RENDERED_HTML_CHARS } from './import-limits';
import { checkMarkdownNesting } from './markup-limits';
import { messageOf } from '../../shared/message-of';

// A private instance: extensions someone adds to the global `marked` elsewhere
// must not change how copy is read.
const markdown = new Marked({ gfm: true, breaks: false, async: false });

/** `name` names the copy in a refusal, already quoted. */
export function importMarkdown(text: string, name = 'The copy'): ImportedCopy {
  checkMarkdownNesting(name, text);
  let html: string;
  try {
    html = markdown.parse(text, { async: false });
  } catch (error) {
    // marked recurses into nested blocks: what it cannot take apart is refused, not thrown as a bug.
    const reason = messageOf(error);
    throw unreadable(name, `could not be read as Markdown (${reason.slice(0, 160)}).`);
  }
  if (html.length > MAX_RENDERED_HTML_CHARS) throw unreadable(name, 'expands to far more text than any story when read as Markdown; Galley cannot read it as copy.');
  return importHtml(html, { italicStandfirst: true }, name);
}
