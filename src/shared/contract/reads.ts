// Which calls only read the library, as names alone: the renderer's client
// needs this before any call, and importing the contract table for it would
// build every zod schema in the window's first script. The table's `read`
// rows stay the authority: test/contract/reads.test.ts holds this list to them.
import type { CallName } from './channels';

/** The calls made with `read` in api.ts: nothing in the library changes when one is answered. */
export const READ_CALL_NAMES: ReadonlySet<CallName> = new Set<CallName>([
  'listArticles',
  'getArticle',
  'searchArticles',
  'listSpeakers',
  'speakerUsage',
  'searchQuotes',
  'exportDefaults',
  'getSettings',
  'listRevisions',
  'getRevision',
]);
