// Text typed since the last good save, kept in the renderer's own storage
// (not the library folder), so a failing disk, a crash or a closed tab loses
// nothing: on the next open of the article it is offered back.
import type { Snapshot } from './autosave';

export interface JournalEntry {
  articleId: string;
  /** The revision the unsaved text was based on. */
  baseRevision: number;
  at: string;
  snapshot: Snapshot;
}

const KEY = (id: string) => `galley.recovery.${id}`;

export interface RecoveryJournal {
  write(entry: JournalEntry): void;
  read(articleId: string): JournalEntry | null;
  clear(articleId: string): void;
}

export function browserJournal(storage: Storage | undefined = globalThis.localStorage): RecoveryJournal {
  return {
    write(entry) {
      try {
        storage?.setItem(KEY(entry.articleId), JSON.stringify(entry));
      } catch {
        // Storage full or disabled: the editor still holds the text; nothing more can be done here.
      }
    },
    read(articleId) {
      try {
        const raw = storage?.getItem(KEY(articleId));
        if (!raw) return null;
        const entry = JSON.parse(raw) as JournalEntry;
        return entry && entry.articleId === articleId && entry.snapshot?.fields ? entry : null;
      } catch {
        return null;
      }
    },
    clear(articleId) {
      try {
        storage?.removeItem(KEY(articleId));
      } catch {
        /* nothing to clear */
      }
    },
  };
}
