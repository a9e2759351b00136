// A story's history as it is stored (revisions/<id>.json beside the library's
// articles) and sent across the process boundary. One revision holds the whole
// story as it stood: every field, the body with its quote marks, and the
// sub's quote records, so any revision can be compared or restored alone.
import { z } from 'zod';
import { ArticleFields, ArticleId, QuoteRecord } from '../article/model';

/**
 * Why a revision was kept. `filed` is the copy as it came in (never thinned);
 * `checkpoint` one taken while the sub worked (thinned as it ages); `named` one
 * the sub asked for ("subbed", "legalled"); `restored` one made by going back.
 */
export const RevisionKind = z.enum(['filed', 'checkpoint', 'named', 'restored']);
export type RevisionKind = z.infer<typeof RevisionKind>;

/** A revision's number within its story: 1 is the first kept, and numbers are never reused. */
export const RevisionNumber = z.number().int().min(1).max(1_000_000_000);

/** The sub's label for a named revision, or why a checkpoint was taken. */
export const RevisionReason = z.string().min(1).max(200);

export const Revision = z
  .object({
    n: RevisionNumber,
    at: z.string().datetime(),
    author: z.string().max(200),
    kind: RevisionKind,
    reason: RevisionReason,
    /** The article's save counter when this was kept: which saved state it is. */
    articleRevision: z.number().int().min(1),
    fields: ArticleFields,
    quotes: z.array(QuoteRecord).max(10_000),
  })
  .strict();
export type Revision = z.infer<typeof Revision>;

/** What the history list shows of a revision, without its copy. */
export const RevisionSummary = z
  .object({
    n: RevisionNumber,
    at: z.string(),
    author: z.string(),
    kind: RevisionKind,
    reason: z.string(),
    articleRevision: z.number().int(),
    headline: z.string(),
    status: z.string(),
    words: z.number().int().min(0),
  })
  .strict();
export type RevisionSummary = z.infer<typeof RevisionSummary>;

/** The history file of one story. */
export const HistoryFile = z
  .object({
    version: z.literal(1),
    articleId: ArticleId,
    /** The number the next revision takes. */
    next: RevisionNumber,
    revisions: z.array(Revision).max(2_000),
  })
  .strict();
export type HistoryFile = z.infer<typeof HistoryFile>;
