// The sub's choices for one article's preview: which layout, which slot,
// which pull quote. Kept in the article (its `layout`), so the command line
// and a batch PDF export print the story as the sub previewed it.
import { LayoutChoice } from '../../shared/article/article-choices';
import { articleChoices } from '../editor/article-choices';
import { takeFromWindowStorage } from '../editor/window-storage';

export type PreviewChoices = LayoutChoice;

const NONE: PreviewChoices = { templateId: null, slot: null, pullQuoteId: null };

/** The layout chosen for the open story `articleId`, or the defaults. */
export function readChoices(articleId: string): PreviewChoices {
  return articleChoices(articleId)?.read().layout ?? NONE;
}

/** Keeps the layout chosen for the open story `articleId`: saved with the story a moment later. */
export function writeChoices(articleId: string, choices: PreviewChoices): void {
  articleChoices(articleId)?.keep({ layout: choices });
}

/** What an earlier Galley kept in this window's storage for the story, taken once (the key is cleared) into the article. */
export function takeStoredChoices(articleId: string): PreviewChoices | null {
  return takeFromWindowStorage(`galley.preview.${articleId}`, LayoutChoice);
}
