// Text typed after the last good save, left by a crash, a closed window or a
// failing disk: offered back when the story is next opened, to restore or
// discard.
import { useState } from 'react';
import type { JournalEntry, RecoveryJournal } from '../editor/recovery-journal';
import type { Draft } from './draft';
import { journalMatches } from '../editor/journal-matches';

interface Props {
  articleId: string;
  /** The revision the story opened at: a journal entry older than it was made before a save elsewhere. */
  revision: number;
  journal: RecoveryJournal;
  draft: Draft;
}

/** The recovered-text bar, shown while the journal holds text for this story from before it opened. */
export function RecoveryBar({ articleId, revision, journal, draft }: Props) {
  const [recovered, setRecovered] = useState<JournalEntry | null>(() => {
    const entry = journal.read(articleId);
    // Kept as the window went while a save was on its way, and that save landed: nothing to offer back.
    if (entry && entry.baseRevision < revision && journalMatches(entry.snapshot, draft.snapshot())) {
      journal.clear(articleId);
      return null;
    }
    return entry;
  });
  if (!recovered) return null;
  return (
    <div className="recovery-bar" role="alert" aria-label="Recovered text">
      <span>
        Galley kept text you typed at {new Date(recovered.at).toLocaleString()} that was not saved
        {recovered.baseRevision < revision ? ' (the story has been saved elsewhere since)' : ''}.
      </span>
      <button
        type="button"
        className="primary"
        onClick={() => {
          // Only if the journal still holds it: a save since opening has made it stale.
          if (journal.read(articleId)) draft.restore(recovered);
          setRecovered(null);
        }}
      >
        Restore it
      </button>
      <button
        type="button"
        onClick={() => {
          journal.clear(articleId);
          setRecovered(null);
        }}
      >
        Discard
      </button>
    </div>
  );
}
