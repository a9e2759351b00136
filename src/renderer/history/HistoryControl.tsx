// The editor's History button and the panel it opens: mounted in the editor's
// toolbar with one line, so the editor itself knows nothing of revisions.
import { useState } from 'react';
import { HistoryPanel, type HistoryPanelProps } from './HistoryPanel';
import './history.css';

export function HistoryControl(props: Omit<HistoryPanelProps, 'onClose'>) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-pressed={open} onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen((o) => !o)} title="Revisions of this story: compare and go back">
        History
      </button>
      {open && <HistoryPanel {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
