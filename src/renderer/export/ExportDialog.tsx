// The export dialog: which formats, which folder and (from the library)
// which articles; then the files written, or why not. The services do the
// work (exportArticles) and mark the articles exported; the dialog only asks
// and reports. The page never names a folder of its own: a subfolder of the
// exports root, or (desktop app) a folder picked in the system's dialog,
// known here only by its handle. Modal: focus stays inside, Escape closes
// (while exporting it cancels: the dialog stops waiting and says what is
// known to be written), Enter exports.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus } from '../../shared/article/model';
import type { ArgsOf } from '../../shared/contract/api';
import { subfolderParts } from '../../shared/export/folder-rules';
import { EXPORT_FORMATS, FORMAT_LABELS, type ExportFormat } from '../../shared/export/formats';
import { client, shell } from '../api/client';
import { Modal } from '../ui/Modal';
import { CancelledReport, ExportReport, type Abandoned, type ExportResult } from './ExportReport';
import { UnresolvedNote } from './UnresolvedNote';
import { messageOf } from '../../shared/message-of';

export type { ExportResult } from './ExportReport';

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

type Phase = { kind: 'choosing' } | { kind: 'exporting' } | { kind: 'done'; result: ExportResult } | { kind: 'cancelled'; abandoned: Abandoned };
type Chosen = { handle: string; folder: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const joinFolder = (root: string, sub: string) => (sub.trim() ? `${root.replace(/[\\/]+$/, '')}/${sub.trim()}` : root);

export function ExportDialog({ articleIds, origin = 'editor', onClose, onExported }: ExportDialogProps) {
  const formRef = useRef<HTMLFormElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [offered, setOffered] = useState<ExportFormat[] | null>(null);
  const [chosen, setChosen] = useState<Set<ExportFormat>>(() => new Set(INITIAL_FORMATS));
  const [root, setRoot] = useState('');
  const [subfolder, setSubfolder] = useState('');
  const [chosenFolder, setChosenFolder] = useState<Chosen | null>(null);
  const exportRun = useRef(0);
  const [scope, setScope] = useState<'selected' | 'status'>(articleIds.length > 0 ? 'selected' : 'status');
  const [status, setStatus] = useState<ArticleStatus>('ready');
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    client.exportDefaults({}).then(
      (defaults) => {
        if (!live) return;
        setOffered(defaults.formats);
        setRoot(defaults.folder);
      },
      (e: unknown) => live && setError(messageOf(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (phase.kind === 'done' || phase.kind === 'cancelled') closeRef.current?.focus();
  }, [phase.kind]);

  const pdfOffered = offered?.includes('pdf') ?? false;
  const busy = phase.kind === 'exporting';
  // The answer to an export arrives in a closure made before any cancel: it reads the phase from here.
  const phaseRef = useRef(phase.kind);
  phaseRef.current = phase.kind;
  const toggle = (format: ExportFormat, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(format);
      else next.delete(format);
      return next;
    });

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (phase.kind !== 'choosing') return;
    const formats = EXPORT_FORMATS.filter((f) => chosen.has(f) && (offered?.includes(f) ?? f !== 'pdf'));
    if (formats.length === 0) return setError('Choose at least one format to export.');
    const sub = subfolderParts(subfolder);
    if ('reason' in sub) return setError(`Cannot export to the subfolder “${subfolder.trim()}”: ${sub.reason}.`);
    const where = { subfolder: sub.parts.join('/'), ...(chosenFolder ? { folderHandle: chosenFolder.handle } : {}) };
    const args: ArgsOf<'exportArticles'> =
      origin === 'library' && scope === 'status' ? { status, formats, ...where } : { ids: articleIds, formats, ...where };
    const folder = joinFolder(chosenFolder?.folder ?? root, where.subfolder);
    const run = ++exportRun.current;
    setError(null);
    setPhase({ kind: 'exporting' });
    try {
      const result = await client.exportArticles(args);
      onExported(result);
      settle(run, folder, { kind: 'finished', result });
    } catch (e) {
      settle(run, folder, { kind: 'failed', message: messageOf(e) });
    }
  };

  /** The export answered: shown as done or as an error, or, if the sub cancelled meanwhile, added to the cancel note. */
  const settle = (run: number, folder: string, outcome: Exclude<Abandoned['outcome'], { kind: 'waiting' }>) => {
    if (run !== exportRun.current) return;
    if (phaseRef.current === 'cancelled') return setPhase({ kind: 'cancelled', abandoned: { folder, outcome } });
    if (outcome.kind === 'finished') return setPhase({ kind: 'done', result: outcome.result });
    setError(outcome.message);
    setPhase({ kind: 'choosing' });
  };

  /** Cancel while exporting: stop waiting, say what is known, and keep listening for the answer. */
  const cancel = () => {
    if (phase.kind !== 'exporting') return onClose();
    const folder = joinFolder(chosenFolder?.folder ?? root, subfolder);
    setPhase({ kind: 'cancelled', abandoned: { folder, outcome: { kind: 'waiting' } } });
  };

  const chooseFolder = async () => {
    try {
      const answer = await client.chooseExportFolder({});
      if (answer.kind === 'chosen') setChosenFolder({ handle: answer.handle, folder: answer.folder });
      else if (answer.kind === 'root') setRoot(answer.folder);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement) && phase.kind === 'choosing') {
      // Enter on a checkbox, radio or the folder field exports; on a button it presses that button.
      event.preventDefault();
      formRef.current?.requestSubmit();
    }
  };

  const what =
    origin === 'library' && scope === 'status'
      ? `every ${STATUS_LABELS[status].toLowerCase()} story`
      : articleIds.length === 1 && origin === 'editor'
        ? 'this story'
        : plural(articleIds.length, 'selected story', 'selected stories');

  // Escape cancels (stopping the wait while exporting); a stray click outside keeps what the sub has chosen.
  return (
    <Modal className="export-dialog" label="Export" onClose={cancel} closeOnBackdrop={false} onKeyDown={onKeyDown}>
      <h2 className="export-title">Export {what}</h2>
      {phase.kind === 'done' ? (
        <ExportReport result={phase.result} />
      ) : phase.kind === 'cancelled' ? (
        <CancelledReport abandoned={phase.abandoned} />
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

          <fieldset className="export-group">
            <legend>Folder</legend>
            <p className="export-root">
              Into <span className="mono">{chosenFolder?.folder ?? (root || '…')}</span>
              {shell && (
                <>
                  {' '}
                  <button type="button" onClick={() => void chooseFolder()} disabled={busy}>
                    Choose folder…
                  </button>
                </>
              )}
            </p>
            <label className="export-folder">
              <span>Subfolder</span>
              <input type="text" className="mono" value={subfolder} spellCheck={false} placeholder="(none)" onChange={(e) => setSubfolder(e.target.value)} />
            </label>
            <p className="export-note dim">
              Files are named after the catchline. Galley replaces only its own earlier export of the same story; a name taken by any other file gets a number.
            </p>
          </fieldset>
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
            {/* Enabled while exporting: it stops the wait (see cancel). */}
            <button type="button" onClick={cancel}>
              Cancel
            </button>
            {/* Never disabled while exporting: focus stays on it, and submit() ignores a second press. */}
            <button type="submit" className="primary" aria-disabled={busy}>
              Export
            </button>
          </div>
        </form>
      )}
      {(phase.kind === 'done' || phase.kind === 'cancelled') && (
        <div className="export-actions">
          <button ref={closeRef} type="button" className="primary" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </Modal>
  );
}
