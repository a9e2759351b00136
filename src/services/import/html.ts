// HTML copy: sanitise, take away the page furniture its markup names, walk
// what is left into copy blocks, and hand them to the shared pipeline.
// Markdown and Word documents arrive here too, as HTML.
import { copyFromBlocks, type CopyOptions, type ImportedCopy } from '../../shared/import/imported-copy';
import { blocksFromDom } from './html-walk';
import { removePageFurniture } from './page-furniture';
import { sanitisedBody } from './sanitise';

export function importHtml(html: string, options: CopyOptions = {}): ImportedCopy {
  const body = sanitisedBody(html);
  const removed = removePageFurniture(body);
  return copyFromBlocks(blocksFromDom(body), { ...options, removed: [...(options.removed ?? []), ...removed] });
}
