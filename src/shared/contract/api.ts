// The one table of calls between the renderer and the services. The Electron
// IPC binding, the HTTP binding of browser mode and the renderer's clients are
// all built from it: adding a call means adding a row here and to CALL_NAMES.
// A row made with `read` only reads the library; one made with `call` may change it.
import { z } from 'zod';
import {
  Article,
  ArticleFields,
  ArticleId,
  ArticleStatus,
  ArticleSummary,
  DamagedFile,
  QuoteId,
  SpeakerId,
} from '../article/model';
import { ExportFormat } from '../export/formats';
import { LibrarySettings } from '../settings/model';
import { Revision, RevisionNumber, RevisionReason, RevisionSummary } from '../history/model';
import { Speaker, SpeakerFields } from '../speakers/model';
import { ImportedArticle } from '../import/report';
import type { CallName } from './channels';

const None = z.object({}).strict();
const Done = z.object({ done: z.literal(true) }).strict();

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export const LibraryListing = z
  .object({
    articles: z.array(ArticleSummary),
    trash: z.array(ArticleSummary),
    damaged: z.array(DamagedFile),
    /** Present when the listing was cut to its newest `first` articles: how many the library holds in all. */
    counts: z.object({ articles: z.number().int().min(0), trash: z.number().int().min(0) }).strict().optional(),
  })
  .strict();
export type LibraryListing = z.infer<typeof LibraryListing>;

export const SearchHit = z
  .object({ id: ArticleId, headline: z.string(), snippet: z.string(), score: z.number() })
  .strict();
export type SearchHit = z.infer<typeof SearchHit>;

export const QuoteHit = z
  .object({
    articleId: ArticleId,
    headline: z.string(),
    quoteId: QuoteId,
    speakerId: SpeakerId.nullable(),
    text: z.string(),
  })
  .strict();
export type QuoteHit = z.infer<typeof QuoteHit>;

export const SpeakerUsage = z
  .object({
    speaker: Speaker,
    quotes: z.array(QuoteHit),
  })
  .strict();

const Query = z.string().max(500);

function call<A extends z.ZodType, R extends z.ZodType>(args: A, result: R) {
  return { args, result, reads: false };
}

/** A call that only reads the library: nothing in it changes, so a window's read-ahead stays good. */
function read<A extends z.ZodType, R extends z.ZodType>(args: A, result: R) {
  return { args, result, reads: true };
}

export const api = {
  listArticles: read(
    /** `first`: only the newest articles, enough to paint the list's first screen while the rest follow. */
    z.object({ first: z.number().int().min(1).max(1000).optional() }).strict(),
    LibraryListing,
  ),
  getArticle: read(z.object({ id: ArticleId }).strict(), Article),
  createArticle: call(z.object({ fields: ArticleFields.partial() }).strict(), Article),
  updateArticle: call(
    z
      .object({
        id: ArticleId,
        /** The revision the renderer's copy was based on: a mismatch is a conflict, never a silent overwrite. */
        baseRevision: z.number().int().min(1),
        fields: ArticleFields.partial(),
        quotes: Article.shape.quotes.optional(),
        sources: Article.shape.sources.optional(),
      })
      .strict(),
    Article,
  ),
  deleteArticle: call(z.object({ id: ArticleId }).strict(), Done),
  restoreArticle: call(z.object({ id: ArticleId }).strict(), ArticleSummary),
  emptyTrash: call(None, z.object({ removed: z.number().int() }).strict()),
  searchArticles: read(
    z
      .object({ query: Query, status: ArticleStatus.optional(), section: z.string().max(80).optional() })
      .strict(),
    z.object({ hits: z.array(SearchHit) }).strict(),
  ),
  importFile: call(
    z
      .object({
        fileName: z.string().min(1).max(255),
        /** File bytes as base64: both IPC and HTTP carry it as a plain string. */
        dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8),
      })
      .strict(),
    ImportedArticle,
  ),
  importText: call(
    z.object({ text: z.string().max(MAX_IMPORT_BYTES), format: z.enum(['txt', 'md', 'html']) }).strict(),
    ImportedArticle,
  ),
  listSpeakers: read(None, z.object({ speakers: z.array(Speaker) }).strict()),
  createSpeaker: call(z.object({ fields: SpeakerFields }).strict(), Speaker),
  updateSpeaker: call(z.object({ id: SpeakerId, fields: SpeakerFields.partial() }).strict(), Speaker),
  mergeSpeakers: call(
    z.object({ keepId: SpeakerId, dropId: SpeakerId }).strict(),
    z.object({ speaker: Speaker, articlesChanged: z.number().int() }).strict(),
  ),
  speakerUsage: read(z.object({ id: SpeakerId }).strict(), SpeakerUsage),
  searchQuotes: read(
    z.object({ speakerId: SpeakerId.optional(), words: Query.optional() }).strict(),
    z.object({ hits: z.array(QuoteHit) }).strict(),
  ),
  /**
   * Writes each article in each format and marks it exported. Either `ids` (a
   * selection) or `status` (every article of it). The folder is never a path
   * from the page: `subfolder` names a folder under the exports root (the
   * library settings, the command line's --out), or `folderHandle` is what
   * chooseExportFolder handed back for a folder the sub picked in the
   * desktop app's own dialog. A name already taken by a file Galley did not
   * write for that story is never replaced; each file says what happened.
   */
  exportArticles: call(
    z
      .object({
        ids: z.array(ArticleId).min(1).max(10_000).optional(),
        status: ArticleStatus.optional(),
        formats: z.array(ExportFormat).min(1).max(8),
        subfolder: z.string().max(1024).optional(),
        folderHandle: z.string().regex(/^folder-[0-9a-f]{32}$/).optional(),
      })
      .strict()
      .refine((a) => (a.ids ? 1 : 0) + (a.status ? 1 : 0) === 1, 'give either ids or a status')
      .refine((a) => !(a.subfolder && a.folderHandle), 'give a subfolder or a chosen folder, not both'),
    z
      .object({
        folder: z.string(),
        files: z.array(z.object({ articleId: ArticleId, format: ExportFormat, path: z.string(), note: z.string().optional() }).strict()),
        /** What the sub must know about a story: over its slot by so many lines, and so on. */
        warnings: z.array(z.object({ articleId: ArticleId, message: z.string() }).strict()),
      })
      .strict(),
  ),
  /** The exports root (where exports go unless the sub chooses a folder), and which formats this runtime can write. */
  exportDefaults: read(None, z.object({ folder: z.string(), formats: z.array(ExportFormat) }).strict()),
  /**
   * The desktop app's native folder dialog, answered with an opaque handle for
   * exportArticles; browser mode answers that exports go under the root.
   */
  chooseExportFolder: call(
    None,
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('chosen'), handle: z.string(), folder: z.string() }).strict(),
      z.object({ kind: z.literal('root'), folder: z.string() }).strict(),
      z.object({ kind: z.literal('cancelled') }).strict(),
    ]),
  ),
  /** The desk's settings for this library (settings.json beside the articles). */
  getSettings: read(None, LibrarySettings),
  updateSettings: call(z.object({ settings: LibrarySettings.partial() }).strict(), LibrarySettings),
  /** The desk's check files beside the articles: house-style.yaml (the default copied in on first use) and the desk dictionary. */
  getDeskChecks: call(None, z.object({ houseStyle: z.string(), houseStylePath: z.string(), deskWords: z.array(z.string()) }).strict()),
  /** Adds one word to the desk dictionary; answers the whole list. */
  addDeskWord: call(z.object({ word: z.string().min(1).max(100) }).strict(), z.object({ deskWords: z.array(z.string()) }).strict()),
  /** A story's kept revisions, oldest first (the filed copy, checkpoints, named and restored ones). */
  listRevisions: read(z.object({ id: ArticleId }).strict(), z.object({ revisions: z.array(RevisionSummary) }).strict()),
  /** One revision whole: every field, the body with its quote marks, the quote records. Compare reads two of these. */
  getRevision: read(z.object({ id: ArticleId, n: RevisionNumber }).strict(), Revision),
  /** Keeps the story as saved now under the sub's label ("subbed", "legalled"), or as restored from an earlier revision. */
  createRevision: call(
    z.object({ id: ArticleId, label: RevisionReason, kind: z.enum(['named', 'restored']).optional() }).strict(),
    RevisionSummary,
  ),
  /** Puts a revision's fields, body and quote records back as the story's next save, kept as a revision "restored from …". */
  restoreRevision: call(z.object({ id: ArticleId, n: RevisionNumber, baseRevision: z.number().int().min(1) }).strict(), Article),
} satisfies Record<CallName, { args: z.ZodType; result: z.ZodType; reads: boolean }>;

/** The calls that only read the library (`read` rows of the table); every other call may change it. */
export const READ_CALLS: ReadonlySet<CallName> = new Set((Object.keys(api) as CallName[]).filter((name) => api[name].reads));

export type Api = typeof api;
export type ArgsOf<K extends CallName> = z.input<Api[K]['args']>;
export type ParsedArgsOf<K extends CallName> = z.output<Api[K]['args']>;
export type ResultOf<K extends CallName> = z.output<Api[K]['result']>;

/** What the services implement: parsed arguments in, results out. */
export type Handlers = { [K in CallName]: (args: ParsedArgsOf<K>) => Promise<ResultOf<K>> };

/** What the renderer sees, whether through the preload bridge or HTTP. */
export type GalleyClient = { [K in CallName]: (args: ArgsOf<K>) => Promise<ResultOf<K>> };
