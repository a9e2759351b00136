// The history of the story open in the editor: its revisions, what changed
// between two of them (or one and the copy as it stands), and going back, a
// whole revision or a single change at a time. Every going back is one
// transaction in the editor, so one undo takes it out again, and it is kept
// as a revision "restored from …" once saved.
import type { Editor } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { useCallback, useEffect, useState } from 'react';
import type { ArticleFields, DocNode, QuoteRecord } from '../../shared/article/model';
import type { Comparison, Comparable } from '../../shared/history/compare';
import type { Revision, RevisionSummary } from '../../shared/history/model';
import { bodyDoc } from '../../shared/history/schema';
import { client } from '../api/client';
import type { NoticeMessage } from '../ui/Notice';
import { compare } from './compare-client';
import { ChangeList } from './ChangeList';
import { DiffView, type DiffLayout } from './DiffView';
import { putBackBody, putBackChange } from './restore';
import { messageOf } from '../../shared/message-of';

export type StoryFields = Omit<ArticleFields, 'body'>;

export interface HistoryPanelProps {
  editor: Editor;
  articleId: string;
  /** The fields and quote records as they stand in the editor now. */
  current: () => { fields: StoryFields; quotes: QuoteRecord[] };
  /** Sets fields and quote records in the editor's view (the body is set through the editor itself). */
  onRestore: (fields: StoryFields, quotes: QuoteRecord[]) => void;
  flush: () => Promise<boolean>;
  onClose: () => void;
  onNotice: (notice: NoticeMessage) => void;
}

type Target = number | 'now';
interface Result {
  comparison: Comparison;
  older: PMNode;
  newer: PMNode;
  olderLabel: string;
  newerLabel: string;
  /** The editor's document the comparison was made against, when comparing with now: single changes can be put back only into it. */
  editorDoc: PMNode | null;
  from: number;
  to: Target;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export const revisionLabel = (r: Pick<RevisionSummary, 'n' | 'reason'>) => `revision ${r.n} (${r.reason})`;

export function HistoryPanel({ editor, articleId, current, onRestore, flush, onClose, onNotice }: HistoryPanelProps) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<Target>('now');
  const [layout, setLayout] = useState<DiffLayout>('inline');
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const [label, setLabel] = useState('');
  const [undo, setUndo] = useState<{ n: number; fields: StoryFields; quotes: QuoteRecord[] } | null>(null);
  const [cache] = useState(() => new Map<number, Revision>());

  const reload = useCallback(async () => {
    try {
      const { revisions: list } = await client.listRevisions({ id: articleId });
      setRevisions(list);
      setFrom((f) => f ?? list[0]?.n ?? null);
    } catch (error) {
      onNotice({ kind: 'error', text: messageOf(error) });
    }
  }, [articleId, onNotice]);
  useEffect(() => void reload(), [reload]);

  const revision = useCallback(
    async (n: number): Promise<Revision> => {
      const kept = cache.get(n);
      if (kept) return kept;
      const fetched = await client.getRevision({ id: articleId, n });
      cache.set(n, fetched);
      return fetched;
    },
    [articleId, cache],
  );

  const run = useCallback(
    async (fromN: number, target: Target) => {
      setBusy(true);
      try {
        const older = await revision(fromN);
        let newer: Comparable;
        let editorDoc: PMNode | null = null;
        let newerLabel = 'the copy now';
        if (target === 'now') {
          editorDoc = editor.state.doc;
          newer = { ...current().fields, body: editor.getJSON() as DocNode };
        } else {
          const r = await revision(target);
          newer = r.fields;
          newerLabel = revisionLabel(r);
        }
        const comparison = await compare(older.fields, newer);
        setResult({ comparison, older: bodyDoc(older.fields.body), newer: bodyDoc(newer.body), olderLabel: revisionLabel(older), newerLabel, editorDoc, from: fromN, to: target });
      } catch (error) {
        onNotice({ kind: 'error', text: messageOf(error) });
      } finally {
        setBusy(false);
      }
    },
    [current, editor, onNotice, revision],
  );

  const filed = revisions?.find((r) => r.kind === 'filed') ?? revisions?.[0];

  const restoreRevision = async (n: number) => {
    try {
      const r = await revision(n);
      const before = current();
      const { body, ...fields } = r.fields;
      putBackBody(editor, body);
      onRestore(fields, r.quotes);
      setUndo({ n, fields: before.fields, quotes: before.quotes });
      if (await flush()) await client.createRevision({ id: articleId, label: `restored from ${revisionLabel(r)}`.slice(0, 200), kind: 'restored' });
      onNotice({ kind: 'info', text: `Restored ${revisionLabel(r)}. Undo puts the copy back as it was.` });
      await reload();
      if (result) await run(result.from, 'now');
    } catch (error) {
      onNotice({ kind: 'error', text: messageOf(error) });
    }
  };

  const undoRestore = () => {
    if (!undo) return;
    editor.commands.undo();
    onRestore(undo.fields, undo.quotes);
    setUndo(null);
    void flush();
  };

  const putBack = async (index: number) => {
    if (!result || !result.editorDoc) return;
    if (editor.state.doc !== result.editorDoc) {
      onNotice({ kind: 'info', text: 'The copy has changed since this comparison: compared again, try once more.' });
      return run(result.from, 'now');
    }
    putBackChange(editor, result.older, result.comparison.body[index]);
    await run(result.from, 'now');
  };

  const nameRevision = async () => {
    const name = label.trim();
    if (!name) return;
    if (!(await flush())) return onNotice({ kind: 'error', text: 'Not kept: the latest changes could not be saved (see the save state).' });
    try {
      await client.createRevision({ id: articleId, label: name.slice(0, 200) });
      setLabel('');
      await reload();
    } catch (error) {
      onNotice({ kind: 'error', text: messageOf(error) });
    }
  };

  return (
    <section className="history-panel" role="dialog" aria-label="History" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <header className="history-head">
        <h2 className="panel-title">History</h2>
        <button type="button" className="primary" disabled={!filed || busy} onClick={() => filed && (setFrom(filed.n), setTo('now'), void run(filed.n, 'now'))}>
          Compare with filed copy
        </button>
        <div className="spacer" />
        <button type="button" onClick={onClose} aria-label="Close history">
          ×
        </button>
      </header>
      {undo && (
        <div className="recovery-bar" role="status">
          <span>Revision {undo.n} restored.</span>
          <button type="button" onClick={undoRestore}>
            Undo restore
          </button>
        </div>
      )}
      <div className="history-body">
        <div className="history-list">
          <ol aria-label="Revisions">
            {(revisions ?? []).slice().reverse().map((r) => (
              <li key={r.n} className={`history-row kind-${r.kind}`} aria-current={r.n === from || r.n === to ? 'true' : undefined}>
                <div className="history-row-title">
                  <span className="mono">{r.n}</span> {r.reason}
                </div>
                <div className="history-row-meta dim">
                  {when(r.at)} · {r.author} · {r.words} words
                </div>
                <div className="history-row-actions">
                  <button type="button" disabled={busy} onClick={() => (setFrom(r.n), setTo('now'), void run(r.n, 'now'))} aria-label={`Compare revision ${r.n} with now`}>
                    Compare with now
                  </button>
                  <button type="button" onClick={() => void restoreRevision(r.n)} aria-label={`Restore revision ${r.n}`}>
                    Restore
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <form className="history-name" onSubmit={(e) => (e.preventDefault(), void nameRevision())}>
            <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder="subbed, legalled…" aria-label="Name for this version" maxLength={200} />
            <button type="submit" disabled={!label.trim()}>
              Keep this version
            </button>
          </form>
        </div>
        <div className="history-compare">
          <div className="history-choose">
            <label>
              Compare{' '}
              <select value={from ?? ''} onChange={(e) => setFrom(Number(e.target.value))} aria-label="Older version">
                {(revisions ?? []).map((r) => (
                  <option key={r.n} value={r.n}>{`${r.n} · ${r.reason}`}</option>
                ))}
              </select>
            </label>
            <label>
              with{' '}
              <select value={String(to)} onChange={(e) => setTo(e.target.value === 'now' ? 'now' : Number(e.target.value))} aria-label="Newer version">
                <option value="now">the copy now</option>
                {(revisions ?? []).map((r) => (
                  <option key={r.n} value={r.n}>{`${r.n} · ${r.reason}`}</option>
                ))}
              </select>
            </label>
            <button type="button" disabled={from === null || busy} onClick={() => from !== null && void run(from, to)}>
              Compare
            </button>
            <span className="history-layout" role="group" aria-label="Layout">
              <button type="button" aria-pressed={layout === 'inline'} onClick={() => setLayout('inline')}>
                Inline
              </button>
              <button type="button" aria-pressed={layout === 'side-by-side'} onClick={() => setLayout('side-by-side')}>
                Side by side
              </button>
            </span>
          </div>
          {busy && <p className="dim">Comparing…</p>}
          {result && !busy && (
            <>
              <ChangeList comparison={result.comparison} canPutBack={result.editorDoc !== null} onPutBack={(i) => void putBack(i)} />
              <DiffView older={result.older} newer={result.newer} changes={result.comparison.body} layout={layout} olderLabel={result.olderLabel} newerLabel={result.newerLabel} />
            </>
          )}
        </div>
      </div>
    </section>
  );
}
