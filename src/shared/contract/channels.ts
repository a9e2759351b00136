// The names of every call, with no schema attached: the preload imports this
// file alone so that its sandboxed bundle stays small. `api.ts` must define
// exactly these names (the compiler checks it).
export const CALL_NAMES = [
  'listArticles',
  'getArticle',
  'createArticle',
  'updateArticle',
  'deleteArticle',
  'restoreArticle',
  'emptyTrash',
  'searchArticles',
  'importFile',
  'importText',
  'listSpeakers',
  'createSpeaker',
  'updateSpeaker',
  'mergeSpeakers',
  'speakerUsage',
  'searchQuotes',
  'exportArticles',
  'exportDefaults',
  'getSettings',
  'updateSettings',
  'chooseExportFolder',
  'getDeskChecks',
  'addDeskWord',
  'listRevisions',
  'getRevision',
  'createRevision',
  'restoreRevision',
] as const;
export type CallName = (typeof CALL_NAMES)[number];

export const IPC_PREFIX = 'galley:';
export const channelOf = (name: CallName) => `${IPC_PREFIX}${name}`;

/**
 * One function per call, each made by `make`: the loop every binding of the
 * contract shares (the preload's bridge, the renderer's and the command
 * line's clients), so none of them can leave a call out.
 */
export function perCall<F>(make: (name: CallName) => F): Record<CallName, F> {
  return Object.fromEntries(CALL_NAMES.map((name) => [name, make(name)])) as Record<CallName, F>;
}
