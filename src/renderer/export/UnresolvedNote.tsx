// The export dialog's word on suggestions not yet taken: how many, and what
// the exports do with them. Mounted in the dialog with one line.
import { useEffect, useState } from 'react';
import { countSuggestions } from '../../shared/export/resolve-suggestions';
import { client } from '../api/client';

/** Stories past this many are not read just to count: the note then says nothing. */
const MAX_READ = 50;

export function UnresolvedNote({ articleIds }: { articleIds: readonly string[] }) {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (articleIds.length === 0 || articleIds.length > MAX_READ) return;
    let live = true;
    Promise.all(articleIds.map((id) => client.getArticle({ id }).then((a) => countSuggestions(a.body), () => 0))).then(
      (counts) => live && setCount(counts.reduce((a, b) => a + b, 0)),
      () => undefined,
    );
    return () => void (live = false);
  }, [articleIds]);
  if (count === 0) return null;
  return (
    <p className="export-note" role="note" aria-label="Unresolved suggestions">
      {count === 1 ? '1 suggestion is' : `${count} suggestions are`} not yet accepted or rejected: every format but DOCX leaves them out (as if
      rejected); DOCX carries them as Word tracked changes.
    </p>
  );
}
