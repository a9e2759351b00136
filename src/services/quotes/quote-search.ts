// The library's tagged quotes, found across every article: all the quotes of
// one speaker (what a merge or a correction would touch), or the quotes that
// hold some words, by any speaker or one.
import { fold } from '../../shared/article/fold';
import type { Article } from '../../shared/article/model';
import { taggedQuotes, type TaggedQuote } from '../../shared/article/quote-marks';
import type { QuoteHit } from '../../shared/contract/api';
import { GalleyError } from '../../shared/contract/errors';
import type { Speaker } from '../../shared/speakers/model';
import type { SpeakerDirectory } from '../speakers/speaker-directory';
import type { ArticleStore } from '../store/article-store';

/** Visits every article that can be read; a damaged one is quarantined by get() and the walk goes on. */
async function forEachArticle(store: ArticleStore, visit: (article: Article) => void): Promise<void> {
  for (const id of store.ids()) {
    let article: Article;
    try {
      article = await store.get(id);
    } catch {
      continue;
    }
    visit(article);
  }
}

/** The article's tagged quotes that `keep` accepts, as hits. */
function quoteHits(article: Article, keep: (quote: TaggedQuote) => boolean): QuoteHit[] {
  return taggedQuotes(article.body)
    .filter(keep)
    .map((q) => ({ articleId: article.id, headline: article.headline, quoteId: q.quoteId, speakerId: q.speakerId, text: q.text }));
}

/** Every quote in the library tagged with speaker `id`; a speaker not in the directory is refused by name. */
export async function speakerUsage(store: ArticleStore, speakers: SpeakerDirectory, id: string): Promise<{ speaker: Speaker; quotes: QuoteHit[] }> {
  const speaker = speakers.get(id);
  if (!speaker) throw new GalleyError('not-found', `There is no speaker ${id} in the directory.`);
  const quotes: QuoteHit[] = [];
  await forEachArticle(store, (article) => void quotes.push(...quoteHits(article, (q) => q.speakerId === id)));
  return { speaker, quotes };
}

/** The quotes holding every one of `words` (case and typography folded), of one speaker when given. */
export async function searchQuotes(store: ArticleStore, { speakerId, words }: { speakerId?: string; words?: string }): Promise<{ hits: QuoteHit[] }> {
  const terms = fold(words ?? '').split(/\s+/).filter(Boolean);
  const hits: QuoteHit[] = [];
  await forEachArticle(store, (article) => {
    hits.push(
      ...quoteHits(article, (q) => {
        if (speakerId && q.speakerId !== speakerId) return false;
        const text = fold(q.text);
        return terms.every((t) => text.includes(t));
      }),
    );
  });
  return { hits };
}
