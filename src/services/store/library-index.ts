// index.json: the summaries the library list shows, so opening a library of
// 10,000 articles reads one file instead of 10,000. It is a cache of the
// article files and is rebuilt from them when missing, damaged or stale.
import { z } from 'zod';
import { ArticleSummary, type Article } from '../../shared/article/model';
import { bodyWords } from '../../shared/article/text';

export const IndexEntry = ArticleSummary.extend({
  /** The file's mtime and size when summarised: a mismatch at open means the entry is stale. */
  mtimeMs: z.number(),
  size: z.number(),
}).strict();
export type IndexEntry = z.infer<typeof IndexEntry>;

export const IndexFile = z
  .object({
    version: z.literal(1),
    articles: z.record(z.string(), IndexEntry),
    trash: z.record(z.string(), IndexEntry),
  })
  .strict();
export type IndexFile = z.infer<typeof IndexFile>;

export function summarise(article: Article, file: { mtimeMs: number; size: number }): IndexEntry {
  return {
    id: article.id,
    catchline: article.catchline,
    headline: article.headline,
    section: article.section,
    status: article.status,
    words: bodyWords(article.body),
    targetWords: article.targetWords,
    updatedAt: article.updatedAt,
    createdAt: article.createdAt,
    revision: article.revision,
    mtimeMs: file.mtimeMs,
    size: file.size,
  };
}

export function toSummary(entry: IndexEntry): ArticleSummary {
  const { mtimeMs: _m, size: _s, ...summary } = entry;
  return summary;
}
