// Where the panels of the open story read and keep the sub's choices about it
// (layout, checks set aside, quote suggestions): in the article, through the
// open story's draft, which saves them like any field. The draft (article/)
// sits above the panels that use this (checks/, quotes/, preview/), so it
// offers itself here by article id rather than being imported by them.
import type { ArticleChoices } from '../../shared/article/article-choices';

/** The open story's choices as its draft holds them; `keep` marks the draft changed and saves it a moment later. */
export interface ArticleChoicesHost {
  read(): ArticleChoices;
  keep(change: ArticleChoices): void;
}

const hosts = new Map<string, ArticleChoicesHost>();

/** Offers the choices of the story `articleId` to its panels until the returned function is called. */
export function hostArticleChoices(articleId: string, host: ArticleChoicesHost): () => void {
  hosts.set(articleId, host);
  return () => {
    // A newer draft of the same story (its other version loaded after a conflict) may have taken over.
    if (hosts.get(articleId) === host) hosts.delete(articleId);
  };
}

/** The open story's choices, or null when `articleId` is not open in this window (its choices then last for the moment only). */
export function articleChoices(articleId: string): ArticleChoicesHost | null {
  return hosts.get(articleId) ?? null;
}
