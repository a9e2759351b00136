// What the import did to the copy, said above it when the story first opens:
// how many tracked changes became suggestions, what a field read before its
// tracked changes were taken, and how many lines of page furniture were
// removed, with the lines themselves one click away and each one able to go
// back into the copy if the stripper was wrong.
import type { Editor } from '@tiptap/core';
import { useState } from 'react';
import { importSummary, type ImportReport, type RemovedLine } from '../../shared/import/report';
import { reportFor, updateReport } from './import-reports';
import { putBack } from './put-back';
import './import.css';

interface Props {
  articleId: string;
  editor: Editor;
}

/** The rule's name as a sub reads it: "share-prompt" → "share prompt". */
const ruleLabel = (rule: string) => rule.replace(/^page-/, 'page ').replace(/-/g, ' ');

export function ImportReportBar({ articleId, editor }: Props) {
  const [report, setReport] = useState<ImportReport | null>(() => reportFor(articleId));
  const [open, setOpen] = useState(false);
  if (!report) return null;

  const change = (next: ImportReport | null) => {
    updateReport(articleId, next);
    setReport(next);
  };
  const restore = (line: RemovedLine, index: number) => {
    if (!putBack(editor, line)) return;
    editor.commands.focus();
    change({ ...report, removed: report.removed.filter((_, i) => i !== index) });
  };
  const furniture = report.removed.length;

  return (
    <section className="import-report" aria-label="Import report">
      <div className="import-report-head">
        <div className="import-report-lines">
          {importSummary(report).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        {furniture > 0 && (
          <button type="button" aria-expanded={open} onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide removed lines' : 'Show removed lines'}
          </button>
        )}
        <button type="button" className="ghost" aria-label="Dismiss import report" onMouseDown={(e) => e.preventDefault()} onClick={() => change(null)}>
          ×
        </button>
      </div>
      {open && furniture > 0 && (
        <ol className="import-removed" aria-label="Removed lines">
          {report.removed.map((line, i) => (
            <li key={`${i}:${line.text}`}>
              <span className="import-rule">{ruleLabel(line.rule)}</span>
              <span className="import-text">{line.text}</span>
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => restore(line, i)} aria-label={`Put back “${line.text}”`}>
                Put back
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
