// HTML copy: sanitise, take away the page furniture its markup names, walk
// what is left into copy blocks, and hand them to the shared pipeline.
// Markdown and Word documents arrive here too, as HTML.
import { copyFromBlocks, type CopyOptions, type ImportedCopy } from '../../shared/import/imported-copy';
import { blocksFromDom } from './html-walk';
import { checkMarkup } from './markup-limits';
import { removePageFurniture } from './page-furniture';
import { sanitisedBody } from './sanitise';

/** `name` names the copy in a refusal, already quoted: “story.html”, or the pasted text. */
export function importHtml(html: string, options: CopyOptions = {}, name = 'The copy'): ImportedCopy {
  checkMarkup(name, html);
  const body = sanitisedBody(html);
  const removed = removePageFurniture(body);
  return copyFromBlocks(blocksFromDom(body), { ...options, removed: [...(options.removed ?? []), ...removed] });
}
