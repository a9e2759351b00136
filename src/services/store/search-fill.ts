// Bringing the search index in line with the library after it opens: stories
// the index on disk already holds from the same file are left alone; new and
// changed ones are read and indexed in the background, and one saved
// meanwhile keeps the newer text its save indexed.
import { ArticleFile, type Article } from '../../shared/article/model';
import { bodyText } from '../../shared/article/text';
import { runLimited } from './index-rebuild';
import type { JsonFiles } from './json-file';
import type { LibraryLayout } from './layout';
import type { IndexEntry } from './library-index';
import type { SearchIndex } from './search-index';
import type { SearchTexts } from './search-texts';

/** The text search reads of an article besides its headline: its standfirst and body. */
export function articleText(article: Pick<Article, 'standfirst' | 'body'>): string {
  return `${article.standfirst}\n${bodyText(article.body)}`;
}

/**
 * Indexes each story in `entries` that the index does not hold from the same file, drops those
 * it holds that the library no longer does, and skips any a save since opening (`savedSince`) has indexed.
 * Stops early once `stopped` says so.
 */
export async function fillSearch(entries: Record<string, IndexEntry>, { files, layout, search, texts, savedSince, stopped }: { files: JsonFiles; layout: LibraryLayout; search: SearchIndex; texts: SearchTexts; savedSince: ReadonlySet<string>; stopped: () => boolean }): Promise<void> {
  for (const id of search.ids()) {
    if (entries[id] || savedSince.has(id)) continue;
    search.delete(id);
    texts.forget(id);
  }
  const work: Array<() => Promise<void>> = [];
  for (const entry of Object.values(entries)) {
    const stamp = search.stamp(entry.id);
    if (savedSince.has(entry.id) || (stamp && stamp.mtimeMs === entry.mtimeMs && stamp.size === entry.size)) continue;
    work.push(async () => {
      // A library closing stops reading: what is indexed is written, the rest is read next time.
      if (stopped()) return;
      const outcome = await files.read(layout.articleFile(entry.id), ArticleFile);
      // A save while this read was in flight has already indexed the newer text.
      if (outcome.kind !== 'ok' || savedSince.has(entry.id)) return;
      // The text search-index.bin holds is the old one; search reads the story's file until the index is written again.
      texts.forget(entry.id);
      search.set(entry.id, outcome.value.headline, articleText(outcome.value), entry);
    });
  }
  await runLimited(work, 8);
}
