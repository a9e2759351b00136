// The contract's history calls, and the hooks that keep a story's history as
// the other calls change it: the filed copy when a story is created or
// imported, a checkpoint after a save when one is due. A history that cannot
// be written never fails the call that saved the story: the story is safe on
// disk, and the next checkpoint tries again.
import { userInfo } from 'node:os';
import type { Article } from '../../shared/article/model';
import type { Handlers } from '../../shared/contract/api';
import type { CallName } from '../../shared/contract/channels';
import type { SettingsStore } from '../settings/settings-store';
import type { ArticleStore } from '../store/article-store';
import type { RevisionStore } from './revision-store';

export const HISTORY_CALLS = ['listRevisions', 'getRevision', 'createRevision', 'restoreRevision'] as const satisfies readonly CallName[];
export type HistoryCall = (typeof HISTORY_CALLS)[number];

/** The name revisions are signed with: the sub's name in the library settings, else the system user. */
export function authorFrom(settings: SettingsStore): () => Promise<string> {
  return async () => {
    const { subName } = await settings.get();
    if (subName.trim()) return subName.trim();
    try {
      return userInfo().username || 'unknown';
    } catch {
      return 'unknown';
    }
  };
}

/** Adds the history calls to `handlers` and wraps the calls that create and save stories. */
export function withHistory(handlers: Omit<Handlers, HistoryCall>, store: ArticleStore, revisions: RevisionStore): Handlers {
  const filed = (reason: string) => async <A extends Article>(answer: A) => {
    // An import answers with its report beside the story: the report is not part of the story's history.
    const { imported: _report, ...article } = answer as A & { imported?: unknown };
    await revisions.record(article as Article, 'filed', reason).catch(() => null);
    return answer;
  };
  const checkpoint = async (article: Article) => {
    await revisions.afterSave(article).catch(() => null);
    return article;
  };
  return {
    ...handlers,
    createArticle: (args) => handlers.createArticle(args).then(filed('filed copy: created in Galley')),
    importFile: (args) => handlers.importFile(args).then(filed(`filed copy: imported from ${args.fileName}`)),
    importText: (args) => handlers.importText(args).then(filed('filed copy: pasted in')),
    updateArticle: (args) => handlers.updateArticle(args).then(checkpoint),
    listRevisions: async ({ id }) => {
      await store.get(id); // a story that is not in the library says so, rather than showing an empty history
      return { revisions: await revisions.list(id) };
    },
    getRevision: ({ id, n }) => revisions.get(id, n),
    createRevision: async ({ id, label, kind }) => revisions.record(await store.get(id), kind ?? 'named', label),
    restoreRevision: async ({ id, n, baseRevision }) => {
      const revision = await revisions.get(id, n);
      const article = await store.update(id, baseRevision, { fields: revision.fields, quotes: revision.quotes });
      await revisions.record(article, 'restored', `restored from revision ${n} (${revision.reason})`).catch(() => null);
      return article;
    },
  };
}
