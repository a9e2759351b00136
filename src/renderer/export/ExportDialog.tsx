// The export dialog: which formats, which folder and (from the library)
// which articles; then the files written, or why not. The services do the
// work (exportArticles) and mark the articles exported; the dialog only asks
// and reports. Modal: focus stays inside, Escape closes, Enter exports.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/article/model';
import type { ArgsOf, ResultOf } from '../../shared/contract/api';
import { EXPORT_FORMATS, FORMAT_LABELS, type ExportFormat } from '../../shared/export/formats';
import { client } from '../api/client';
import { useFocusTrap } from './focus-trap';
import { UnresolvedNote } from '../suggestions/UnresolvedNote';

export type ExportResult = ResultOf<'exportArticles'>;

export interface ExportDialogProps {
  /** The article open in the editor, or the library's selection. */
  articleIds: string[];
  /** From the library the sub may export every article of a status instead of the selection. */
  origin?: 'editor' | 'library';
  onClose(): void;
  /** Called once the files are written and the articles marked exported (the dialog stays open on the result). */
  onExported(result: ExportResult): void;
}

const STATUS_LABELS: Record<ArticleStatus, string> = { draft: 'Draft', subbing: 'Subbing', ready: 'Ready', exported: 'Exported' };

// PDF is a print proof and takes a Chromium run per article: chosen, not assumed.
const INITIAL_FORMATS: ExportFormat[] = EXPORT_FORMATS.filter((f) => f !== 'pdf');

type Phase = { kind: 'choosing' } | { kind: 'exporting' } | { kind: 'done'; result: ExportResult };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function ExportDialog({ articleIds, origin = 'editor', onClose, onExported }: ExportDialogProps) {
  const dialogRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [offered, setOffered] = useState<ExportFormat[] | null>(null);
  const [chosen, setChosen] = useState<Set<ExportFormat>>(() => new Set(INITIAL_FORMATS));
  const [folder, setFolder] = useState('');
  const folderTouched = useRef(false);
  const [scope, setScope] = useState<'selected' | 'status'>(articleIds.length > 0 ? 'selected' : 'status');
  const [status, setStatus] = useState<ArticleStatus>('ready');
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });
  const [error, setError] = useState<string | null>(null);

  useFocusTrap(dialogRef);

  useEffect(() => {
    let live = true;
    client.exportDefaults({}).then(
      (defaults) => {
        if (!live) return;
        setOffered(defaults.formats);
        // The sub may have started typing a folder before the defaults arrived: theirs wins.
        if (!folderTouched.current) setFolder(defaults.folder);
      },
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (phase.kind === 'done') closeRef.current?.focus();
  }, [phase.kind]);

  const pdfOffered = offered?.includes('pdf') ?? false;
  const busy = phase.kind === 'exporting';
  const toggle = (format: ExportFormat, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(format);
      else next.delete(format);
      return next;
    });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy || phase.kind === 'done') return;
    const formats = EXPORT_FORMATS.filter((f) => chosen.has(f) && (offered?.includes(f) ?? f !== 'pdf'));
    if (formats.length === 0) return setError('Choose at least one format to export.');
    if (!folder.trim()) return setError('Give the folder to write the files into.');
    const args: ArgsOf<'exportArticles'> =
      origin === 'library' && scope === 'status'
        ? { status, formats, folder: folder.trim() }
        : { ids: articleIds, formats, folder: folder.trim() };
    setError(null);
    setPhase({ kind: 'exporting' });
    try {
      const result = await client.exportArticles(args);
      setPhase({ kind: 'done', result });
      onExported(result);
    } catch (e) {
      setError(messageOf(e));
      setPhase({ kind: 'choosing' });
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // While the dialog is open its keys are its own: none reach the app's shortcuts behind it.
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      if (!busy) onClose();
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement) && phase.kind === 'choosing') {
      // Enter on a checkbox, radio or the folder field exports; on a button it presses that button.
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const what =
    origin === 'library' && scope === 'status'
      ? `every ${STATUS_LABELS[status].toLowerCase()} article`
      : articleIds.length === 1 && origin === 'editor'
        ? 'this article'
        : plural(articleIds.length, 'selected article');

  return createPortal(
    <div className="export-backdrop">
      <div ref={dialogRef} className="export-dialog" role="dialog" aria-modal="true" aria-label="Export" onKeyDown={onKeyDown}>
        <h2 className="export-title">Export {what}</h2>
        {phase.kind === 'done' ? (
          <ExportReport result={phase.result} />
        ) : (
          <form ref={formRef} className="export-form" onSubmit={(e) => void submit(e)} aria-busy={busy}>
            {origin === 'library' && (
              <fieldset className="export-group">
                <legend>Articles</legend>
                <label className="export-choice">
                  <input type="radio" name="export-scope" checked={scope === 'selected'} disabled={articleIds.length === 0} onChange={() => setScope('selected')} />
                  Selected articles <span className="dim">({articleIds.length})</span>
                </label>
                <div className="export-choice">
                  <label>
                    <input type="radio" name="export-scope" checked={scope === 'status'} onChange={() => setScope('status')} />
                    Every article with status
                  </label>
                  <select
                    aria-label="Status to export"
                    value={status}
                    onChange={(e) => {
                      setStatus(e.target.value as ArticleStatus);
                      setScope('status');
                    }}
                  >
                    {ARTICLE_STATUSES.map((s) => (
                      <option key={s} value={s}>
                        {STATUS_LABELS[s]}
                      </option>
                    ))}
                  </select>
                </div>
              </fieldset>
            )}

            <fieldset className="export-group">
              <legend>Formats</legend>
              <div className="export-formats">
                {EXPORT_FORMATS.map((format) => {
                  const unavailable = format === 'pdf' && !pdfOffered;
                  return (
                    <label key={format} className={`export-choice${unavailable ? ' dim' : ''}`} title={unavailable ? 'PDF needs Chromium, which this runtime did not find (set GALLEY_CHROMIUM).' : undefined}>
                      <input type="checkbox" checked={chosen.has(format) && !unavailable} disabled={unavailable} onChange={(e) => toggle(format, e.target.checked)} />
                      {FORMAT_LABELS[format]}
                    </label>
                  );
                })}
              </div>
              {offered && !pdfOffered && <p className="export-note dim">PDF needs Chromium, which was not found: set GALLEY_CHROMIUM to point Galley at it.</p>}
            </fieldset>

            <label className="export-folder">
              <span>Folder</span>
              <input
                type="text"
                className="mono"
                value={folder}
                spellCheck={false}
                onChange={(e) => {
                  folderTouched.current = true;
                  setFolder(e.target.value);
                }}
              />
            </label>
            <p className="export-note dim">Files are named after the catchline; an earlier export of the same story is replaced.</p>
            <UnresolvedNote articleIds={articleIds} />

            {error && (
              <p className="export-error" role="alert">
                {error}
              </p>
            )}
            {busy && (
              <p className="export-progress" role="status">
                <progress aria-label="Exporting" /> Exporting…
              </p>
            )}

            <div className="export-actions">
              <button type="button" onClick={onClose} disabled={busy}>
                Cancel
              </button>
              {/* Never disabled while exporting: focus stays on it, and submit() ignores a second press. */}
              <button type="submit" className="primary" aria-disabled={busy}>
                Export
              </button>
            </div>
          </form>
        )}
        {phase.kind === 'done' && (
          <div className="export-actions">
            <button ref={closeRef} type="button" className="primary" onClick={onClose}>
              Close
            </button>
          </div>
        )}
      </div>
    </div>,
    document.body,
  );
}

function ExportReport({ result }: { result: ExportResult }) {
  return (
    <div className="export-report" role="status">
      <p>
        Exported {plural(result.files.length, 'file')} to <span className="mono">{result.folder}</span>
      </p>
      <ul className="export-files" aria-label="Exported files">
        {result.files.map((file) => (
          <li key={file.path} className="mono">
            {file.path}
          </li>
        ))}
      </ul>
    </div>
  );
}
