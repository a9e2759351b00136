// The name an export is saved under: the catchline, made safe for any file
// system, or the article id when the catchline leaves nothing usable. Pure,
// so the save dialog, the command line and the PDF writer agree on it.
import { fold } from '../article/fold';
import type { Article } from '../article/model';

// Names Windows reserves whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

export function exportBaseName(article: Pick<Article, 'catchline' | 'id'>): string {
  const slug = fold(article.catchline)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
  return slug && !RESERVED.test(slug) ? slug : article.id;
}
