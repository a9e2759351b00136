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
] as const;
export type CallName = (typeof CALL_NAMES)[number];

export const IPC_PREFIX = 'galley:';
export const channelOf = (name: CallName) => `${IPC_PREFIX}${name}`;
