// Text typed since the last good save, kept in the renderer's own storage
// (not the library folder), so a failing disk, a crash or a closed tab loses
// nothing: on the next open of the article it is offered back. What is read
// back goes through the article's repair step, so restoring it can never
// bring back something the article schema refuses (journal-repair.ts). The
// body is stored in parts, so a write stores only the part typed in
// (journal-parts.ts).
import type { Snapshot } from './autosave';
import { repairSnapshot } from './journal-repair';
import { plainDoc, serialiseJournalEntry } from './journal-serialise';
import { joinParts, partsOf, partWriter } from './journal-parts';
import { knownSpeakerIds } from './known-speakers';

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
  /** The editor on the article is going: whatever the journal kept only to make its next write smaller goes. */
  close(articleId: string): void;
}

export function browserJournal(storage: Storage | undefined = globalThis.localStorage): RecoveryJournal {
  const parts = storage ? partWriter(storage, KEY) : null;
  return {
    write(entry) {
      try {
        const doc = plainDoc(entry.snapshot.fields.body);
        if (!doc || !parts) {
          storage?.setItem(KEY(entry.articleId), serialiseJournalEntry(entry));
          parts?.close(entry.articleId);
          return;
        }
        parts.write(entry.articleId, doc, (body) => JSON.stringify({ ...entry, snapshot: { ...entry.snapshot, fields: { ...entry.snapshot.fields, body } } }));
      } catch {
        // Storage full or disabled: the editor still holds the text, and the entry before is whole; nothing more can be done here.
      }
    },
    read(articleId) {
      try {
        const raw = storage?.getItem(KEY(articleId));
        if (!raw) return null;
        const entry = JSON.parse(raw) as JournalEntry;
        if (!entry || entry.articleId !== articleId || typeof entry.snapshot?.fields !== 'object' || !entry.snapshot.fields) return null;
        const names = partsOf(entry.snapshot.fields.body);
        if (names) {
          const body = joinParts(storage!, names);
          if (!body) return null;
          entry.snapshot.fields.body = body;
        }
        return { ...entry, snapshot: repairSnapshot(entry.snapshot, knownSpeakerIds()) };
      } catch {
        return null;
      }
    },
    clear(articleId) {
      try {
        storage?.removeItem(KEY(articleId));
        parts?.cleared(articleId);
      } catch {
        /* nothing to clear */
      }
    },
    close(articleId) {
      try {
        parts?.close(articleId);
      } catch {
        /* nothing to let go */
      }
    },
  };
}
