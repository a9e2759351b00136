// Filling the search index with every article's text after the library
// opens: headlines are searchable at once, bodies arrive in the background,
// and an article saved meanwhile keeps the newer text its save indexed.
import { ArticleFile, type Article } from '../../shared/article/model';
import { bodyText } from '../../shared/article/text';
import { runLimited } from './index-rebuild';
import type { JsonFiles } from './json-file';
import type { LibraryLayout } from './layout';
import type { SearchIndex } from './search-index';

/** The text search reads of an article: its standfirst and body. */
export function articleText(article: Article): string {
  return `${article.standfirst}\n${bodyText(article.body)}`;
}

/** Reads each article in `ids` and indexes its text, unless a save since opening (`savedSince`) has. */
export async function fillSearch(ids: string[], { files, layout, search, savedSince }: { files: JsonFiles; layout: LibraryLayout; search: SearchIndex; savedSince: ReadonlySet<string> }): Promise<void> {
  const work = ids.map((id) => async () => {
    if (savedSince.has(id)) return;
    const outcome = await files.read(layout.articleFile(id), ArticleFile);
    // A save while this read was in flight has already indexed the newer text.
    if (outcome.kind === 'ok' && !savedSince.has(id)) search.set(id, outcome.value.headline, articleText(outcome.value));
  });
  await runLimited(work, 8);
}
