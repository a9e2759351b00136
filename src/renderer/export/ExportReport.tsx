// What an export did, for the sub: the files written (each with what became
// of a name that was taken or an earlier export replaced), the stories over
// their slot, or, after a cancel, what is and is not known to be written.
import type { ResultOf } from '../../shared/contract/api';

export type ExportResult = ResultOf<'exportArticles'>;

/** After Cancel: the export the dialog stopped waiting for, as far as it is known. */
export type Abandoned = { folder: string; outcome: { kind: 'waiting' } | { kind: 'finished'; result: ExportResult } | { kind: 'failed'; message: string } };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ExportReport({ result }: { result: ExportResult }) {
  return (
    <div className="export-report" role="status">
      <p>
        Exported {plural(result.files.length, 'file')} to <span className="mono">{result.folder}</span>
      </p>
      <Warnings result={result} />
      <Files result={result} />
    </div>
  );
}

export function CancelledReport({ abandoned }: { abandoned: Abandoned }) {
  const { outcome } = abandoned;
  return (
    <div className="export-report" role="status">
      <p>Export cancelled: Galley stopped waiting for it.</p>
      {outcome.kind === 'waiting' && (
        <p>
          No file was confirmed written when you cancelled. The export may still finish: anything it writes goes into{' '}
          <span className="mono">{abandoned.folder}</span>, and this note will say so.
        </p>
      )}
      {outcome.kind === 'failed' && <p>It then stopped with an error, and the stories were not marked exported: {outcome.message}</p>}
      {outcome.kind === 'finished' && (
        <>
          <p>
            It had already got under way and finished after the cancel: {plural(outcome.result.files.length, 'file')} written to{' '}
            <span className="mono">{outcome.result.folder}</span>, and the articles marked exported.
          </p>
          <Warnings result={outcome.result} />
          <Files result={outcome.result} />
        </>
      )}
    </div>
  );
}

function Warnings({ result }: { result: ExportResult }) {
  if (result.warnings.length === 0) return null;
  return (
    <ul className="export-warnings" aria-label="Export warnings">
      {result.warnings.map((w, i) => (
        <li key={i}>{w.message}</li>
      ))}
    </ul>
  );
}

function Files({ result }: { result: ExportResult }) {
  return (
    <ul className="export-files" aria-label="Exported files">
      {result.files.map((file) => (
        <li key={file.path}>
          <span className="mono">{file.path}</span>
          {file.note && <span className="export-file-note"> — {file.note}</span>}
        </li>
      ))}
    </ul>
  );
}
