// What a sub decides about one story beside its copy: the layout it is
// previewed and printed in, the words ignored and rules dismissed in its
// checks, and detection's quote suggestions rejected or given a speaker.
// Kept in the article file (optional fields of ArticleFields), so they follow
// the story to another window, the command line and a batch export, and are
// saved, conflicted and kept in revisions like any field.
import { z } from 'zod';
import { Slot } from '../layout/template';

/** The preview's choices: which template, which slot, which pull quote; null means the template's default (or none). */
export const LayoutChoice = z
  .object({
    templateId: z.string().max(40).nullable(),
    slot: Slot.nullable(),
    pullQuoteId: z.string().max(64).nullable(),
  })
  .strict();
export type LayoutChoice = z.infer<typeof LayoutChoice>;

const Word = z.string().min(1).max(200);

/** Set aside in this story's checks: words ignored in it, rules dismissed in it (house-style rule ids). */
export const CheckChoices = z
  .object({
    ignoredWords: z.array(Word).max(10_000),
    dismissedRules: z.array(Word).max(2_000),
  })
  .strict();
export type CheckChoices = z.infer<typeof CheckChoices>;

const SuggestionKey = z.string().max(2_000);
const MAX_SUGGESTIONS = 5_000;

/**
 * What the sub decided about detection's quote suggestions in this story:
 * whether detection was run (it runs again on return, so the suggestions come
 * back), the suggestions rejected, by key (their words, folded), and the
 * speaker chosen for a suggestion before accepting it (null: no speaker).
 */
export const QuoteSuggestionChoices = z
  .object({
    detected: z.boolean(),
    rejected: z.array(SuggestionKey).max(MAX_SUGGESTIONS),
    speakers: z
      .record(
        SuggestionKey,
        z.object({ name: z.string().max(200), key: z.string().max(200), directoryId: z.string().max(200).optional() }).strict().nullable(),
      )
      .refine((speakers) => Object.keys(speakers).length <= MAX_SUGGESTIONS, `more than ${MAX_SUGGESTIONS} speakers chosen for suggestions`),
  })
  .strict();
export type QuoteSuggestionChoices = z.infer<typeof QuoteSuggestionChoices>;

/** The three, as the article carries them: each absent until the sub first decides something. */
export interface ArticleChoices {
  layout?: LayoutChoice;
  checks?: CheckChoices;
  quoteSuggestions?: QuoteSuggestionChoices;
}
/** The article fields that hold the story's choices. */
export const ARTICLE_CHOICE_FIELDS = ['layout', 'checks', 'quoteSuggestions'] as const satisfies ReadonlyArray<keyof ArticleChoices>;
