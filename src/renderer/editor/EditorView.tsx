// One article open for subbing: the headline, standfirst and byline set as
// they will read, the body in TipTap, the article's details and counts in a
// side column, the save state always in view.
import { EditorContent, type Editor } from '@tiptap/react';
import { loadArticle, takeArrivedArticle } from '../api/article-loader';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ARTICLE_STATUSES, type Article, type ArticleFields, type DocNode, type QuoteRecord, type SourceMaterial } from '../../shared/article/model';
import { countCharacters } from '../../shared/article/text';
import { COMMANDS } from '../../shared/commands';
import type { MenuCommand } from '../../shared/contract/shell';
import { client } from '../api/client';
import type { NoticeMessage } from '../app/Notice';
import { withShortcut } from '../app/shortcuts';
import { Autosaver, describeSaveState } from './autosave';
import { browserJournal, type JournalEntry } from './recovery-journal';
import { countText, describeTarget, type Counts } from './counts';
import { takeStoryEditor } from './body-editor';
import { Toolbar } from './Toolbar';
import { ChecksPanel } from '../quotes/ChecksPanel';
import { quoteIdAt, quoteRanges } from '../quotes/positions';
import { selectQuote, tagSelection, untagQuote, retagQuote } from '../quotes/quote-commands';
import { QuotesPanel, standingOf } from '../quotes/QuotesPanel';
import { SourcesPanel } from '../quotes/SourcesPanel';
import { SpeakerPicker } from '../quotes/SpeakerPicker';
import { useSpeakers } from '../quotes/speakers-context';
import { useQuoteModel } from '../quotes/use-quote-model';
import { useSuggestions } from '../quotes/use-suggestions';
import { PreviewPane } from '../preview/PreviewPane';
import { ExportDialog } from '../export/ExportDialog';
import { HistoryControl } from '../history/HistoryControl';
import { SuggestionControl } from '../suggestions/SuggestionControl';
import type { CopyfitResult } from '../../shared/layout/copyfit';

export interface EditorHandle {
  /** True when everything is saved; false when the save failed (the text stays in the editor). */
  flush(): Promise<boolean>;
  run(command: MenuCommand): void;
}

interface Props {
  articleId: string;
  /** Open with this quote selected (from a quote search). */
  focusQuoteId?: string | null;
  onClose: () => void;
  onNotice: (notice: NoticeMessage) => void;
}

type EditableFields = Omit<ArticleFields, 'body'>;
const COUNT_DELAY_MS = 250;

type Opening = { kind: 'loading' } | { kind: 'open'; article: Article; editor: Editor } | { kind: 'failed'; message: string };

export const EditorView = forwardRef<EditorHandle, Props>(function EditorView({ articleId, focusQuoteId, onClose, onNotice }, ref) {
  // The story goes into the editor as soon as it is here, outside React's render where it can.
  const openStory = (article: Article): Opening => {
    try {
      return { kind: 'open', article, editor: takeStoryEditor(article) };
    } catch (error) {
      // Nothing is saved from a story that could not be set, so the file on disk stays as it is.
      return { kind: 'failed', message: `This story’s copy could not be set in the editor, and nothing in it has been changed: ${error instanceof Error ? error.message : String(error)}` };
    }
  };
  const [opening, setOpening] = useState<Opening>(() => {
    const arrived = takeArrivedArticle(articleId);
    return arrived ? openStory(arrived) : { kind: 'loading' };
  });
  const shown = useRef(opening);
  shown.current = opening;
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);

  useEffect(() => {
    if (opening.kind === 'open' && opening.article.id === articleId) return;
    // A read that comes back after the view has gone, or been asked for another story, takes no editor.
    let wanted = true;
    loadArticle(articleId).then(
      (article) => wanted && setOpening(openStory(article)),
      (error: unknown) => wanted && setOpening({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => void (wanted = false);
  }, [articleId]);

  if (opening.kind === 'failed') {
    return (
      <main className="editor">
        <header className="toolbar">
          <button type="button" onClick={onClose}>
            ← Library
          </button>
        </header>
        <p className="load-error" role="alert">
          {opening.message}
        </p>
      </main>
    );
  }
  if (opening.kind === 'loading') return <main className="editor" aria-busy="true" />;
  const { article, editor } = opening;
  // Keyed by revision: loading the version saved elsewhere starts the editor afresh on it.
  return (
    <LoadedEditor
      key={article.revision}
      ref={ref}
      article={article}
      editor={editor}
      focusQuoteId={focusQuoteId ?? null}
      onClose={onClose}
      onNotice={onNotice}
      onReload={() =>
        void client.getArticle({ id: articleId }).then(
          (fresh) => {
            // Loading theirs twice, or after leaving: nothing newer to show, and no editor to take.
            const now = shown.current;
            if (!mounted.current || (now.kind === 'open' && now.article.revision >= fresh.revision)) return;
            setOpening(openStory(fresh));
          },
          (error: unknown) => onNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) }),
        )
      }
    />
  );
});

type SideTab = 'details' | 'quotes' | 'checks' | 'sources';
type Picker = { mode: 'tag'; quoteId: string | null; speakerId: string | null } | { mode: 'suggestion'; id: string } | null;

const journal = browserJournal();
/** Editors whose view has gone, destroyed a moment later unless the same editor is shown again (React's strict mode remounts). */
const leaving = new Map<Editor, ReturnType<typeof setTimeout>>();

const LoadedEditor = forwardRef<
  EditorHandle,
  { article: Article; editor: Editor; focusQuoteId: string | null; onClose: () => void; onNotice: (n: NoticeMessage) => void; onReload: () => void }
>(function LoadedEditor({ article, editor, focusQuoteId, onClose, onNotice, onReload }, ref) {
  const [fields, setFields] = useState<EditableFields>(() => {
    const { catchline, headline, standfirst, byline, section, tags, status, targetWords, notes } = article;
    return { catchline, headline, standfirst, byline, section, tags, status, targetWords, notes };
  });
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const [records, setRecords] = useState<QuoteRecord[]>(article.quotes);
  const [sources, setSources] = useState<SourceMaterial[]>(article.sources);
  const recordsRef = useRef(records);
  recordsRef.current = records;
  const sourcesRef = useRef(sources);
  sourcesRef.current = sources;
  const [tab, setTab] = useState<SideTab>(article.quotes.length || article.sources.length ? 'quotes' : 'details');
  const [picker, setPicker] = useState<Picker>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [copyfit, setCopyfit] = useState<CopyfitResult | null>(null);

  const autosaver = useMemo(
    () =>
      new Autosaver(client, article.id, article.revision, () => ({
        fields: { ...fieldsRef.current, body: editor.getJSON() as DocNode },
        quotes: recordsRef.current,
        sources: sourcesRef.current,
      }), journal),
    [article.id, article.revision, editor],
  );
  // Text typed after the last good save, left by a crash, a closed window or a failing disk.
  const [recovered, setRecovered] = useState<JournalEntry | null>(() => journal.read(article.id));
  useEffect(() => () => autosaver.dispose(), [autosaver]);

  const [counts, setCounts] = useState<Counts>({ words: 0, characters: 0 });
  const countTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The typing path: ProseMirror only (the editor never re-renders this component). Counts and autosave are told, and act later.
  useEffect(() => {
    const pending = leaving.get(editor);
    if (pending) clearTimeout(pending);
    leaving.delete(editor);
    const count = () => setCounts(countText(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', '\n')));
    const first = requestIdleCallback(count, { timeout: 500 });
    const onUpdate = () => {
      autosaver.touch();
      if (countTimer.current) clearTimeout(countTimer.current);
      countTimer.current = setTimeout(count, COUNT_DELAY_MS);
    };
    const onBlur = () => void autosaver.flush();
    editor.on('update', onUpdate);
    editor.on('blur', onBlur);
    return () => {
      cancelIdleCallback(first);
      if (countTimer.current) clearTimeout(countTimer.current);
      editor.off('update', onUpdate);
      editor.off('blur', onBlur);
      leaving.set(editor, setTimeout(() => {
        leaving.delete(editor);
        editor.destroy();
      }));
    };
  }, [editor, autosaver]);
  useEffect(() => {
    if (!focusQuoteId) return;
    const frame = requestAnimationFrame(() => selectQuote(editor, focusQuoteId));
    return () => cancelAnimationFrame(frame);
  }, [editor]);

  const { speakers: directory } = useSpeakers();

  const setField = <K extends keyof EditableFields>(key: K, value: EditableFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    fieldsRef.current = { ...fieldsRef.current, [key]: value };
    autosaver.touch();
  };

  const model = useQuoteModel(editor);
  const { suggestions, detect, accept, reject, changeSpeaker } = useSuggestions(editor);

  const updateRecords = useCallback(
    (next: QuoteRecord[]) => {
      recordsRef.current = next;
      setRecords(next);
      autosaver.touch();
    },
    [autosaver],
  );
  // A quote that matches its source word for word counts as verified as it now reads.
  useEffect(() => {
    if (!sources.length) return;
    let changed = false;
    const next = [...recordsRef.current];
    for (const quote of model.tagged) {
      const standing = standingOf(quote, next, sources);
      if (standing.comparison?.verdict !== 'verbatim') continue;
      const index = next.findIndex((r) => r.id === quote.quoteId);
      const record = index >= 0 ? next[index] : { id: quote.quoteId, verifiedText: null, checkedByHand: null };
      if (record.verifiedText === quote.text) continue;
      const updated = { ...record, verifiedText: quote.text };
      if (index >= 0) next[index] = updated;
      else next.push(updated);
      changed = true;
    }
    // Not an edit of the sub's: it rides with the next save, so opening a story never makes a revision of it.
    if (changed) {
      recordsRef.current = next;
      setRecords(next);
    }
  }, [model, sources]);

  const openTagPicker = useCallback(() => {
    if (!editor) return;
    const { from, to, empty } = editor.state.selection;
    const quoteId = quoteIdAt(editor.state.doc, from, to);
    if (empty && !quoteId) {
      onNotice({ kind: 'info', text: 'Select the words of the quote first, then tag them.' });
      return;
    }
    const speakerId = quoteId ? (quoteRanges(editor.state.doc, quoteId)[0]?.speakerId ?? null) : null;
    setPicker({ mode: 'tag', quoteId, speakerId });
  }, [editor, onNotice]);

  const runDetect = useCallback(() => {
    const count = detect();
    setTab('quotes');
    onNotice({ kind: 'info', text: count ? `Found ${count} quote${count === 1 ? '' : 's'} to check.` : 'No untagged quotes found.' });
  }, [detect, onNotice]);

  // What goes to the wire must be what the sub sees: export only once it is saved.
  const exportWhenSaved = useCallback(async () => {
    if (await autosaver.flush()) setExporting(true);
    else onNotice({ kind: 'error', text: 'Not exported: the latest changes could not be saved (see the save state). Your text is still here.' });
  }, [autosaver, onNotice]);

  useImperativeHandle(
    ref,
    () => ({
      flush: () => autosaver.flush(),
      run: (command) => {
        if (command === 'tag-quote') openTagPicker();
        else if (command === 'detect-quotes') runDetect();
        else if (command === 'toggle-preview') setPreviewOpen((o) => !o);
        else if (command === 'export') void exportWhenSaved();
      },
    }),
    [autosaver, openTagPicker, runDetect, exportWhenSaved],
  );

  const target = describeTarget(counts.words, fields.targetWords);
  const headlineChars = countCharacters(fields.headline);

  return (
    <main className="editor" aria-label="Editor">
      <header className="toolbar">
        <button type="button" onClick={onClose} title={withShortcut('Back to the library', COMMANDS['show-library'].shortcut)}>
          ← Library
        </button>
        <span className="doc-title" title={fields.headline}>
          {fields.catchline ? <span className="mono dim">{fields.catchline} · </span> : null}
          {fields.headline || 'Untitled'}
        </span>
        <div className="spacer" />
        <SaveStateText autosaver={autosaver} className="save-state" live />
        <button
          type="button"
          aria-pressed={previewOpen}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setPreviewOpen((o) => !o)}
          title={withShortcut('Preview the page, the web and mobile', COMMANDS['toggle-preview'].shortcut)}
        >
          Preview
        </button>
        <SuggestionControl editor={editor} />
        <HistoryControl editor={editor} articleId={article.id} current={() => ({ fields: fieldsRef.current, quotes: recordsRef.current })} flush={() => autosaver.flush()} onNotice={onNotice}
          onRestore={(next, quotes) => (setFields((fieldsRef.current = next)), setRecords((recordsRef.current = quotes)), autosaver.touch())} />
        <button type="button" onClick={() => void autosaver.flush()} title={withShortcut('Save now', COMMANDS['save-now'].shortcut)}>
          Save
        </button>
        <button type="button" onClick={() => void exportWhenSaved()} title={withShortcut('Export to print, web and the wire', COMMANDS.export.shortcut)}>
          Export…
        </button>
      </header>

      <ConflictBar autosaver={autosaver} onLoadTheirs={onReload} />

      {recovered && (
        <div className="recovery-bar" role="alert" aria-label="Recovered text">
          <span>
            Galley kept text you typed at {new Date(recovered.at).toLocaleString()} that was not saved
            {recovered.baseRevision < article.revision ? ' (the article has been saved elsewhere since)' : ''}.
          </span>
          <button
            type="button"
            className="primary"
            onClick={() => {
              // Only if the journal still holds it: a save since opening has made it stale.
              if (!journal.read(article.id)) return setRecovered(null);
              const { body, ...rest } = recovered.snapshot.fields;
              const next = { ...fieldsRef.current, ...rest };
              fieldsRef.current = next;
              setFields(next);
              // An update like any edit: counts, quote panels and the preview follow.
              if (body && editor) editor.commands.setContent(body);
              if (recovered.snapshot.quotes) setRecords((recordsRef.current = recovered.snapshot.quotes));
              if (recovered.snapshot.sources) setSources((sourcesRef.current = recovered.snapshot.sources));
              setRecovered(null);
              autosaver.touch();
            }}
          >
            Restore it
          </button>
          <button
            type="button"
            onClick={() => {
              journal.clear(article.id);
              setRecovered(null);
            }}
          >
            Discard
          </button>
        </div>
      )}

      <div className="editor-columns">
        <section className="copy-column" aria-label="Copy">
          <div className="copy-sheet">
            <label className="field field-headline">
              <span className="field-label">Headline</span>
              <textarea
                rows={1}
                className="headline-input"
                value={fields.headline}
                onChange={(e) => setField('headline', e.target.value.replace(/\n/g, ' '))}
                onBlur={() => void autosaver.flush()}
                placeholder="Headline"
              />
            </label>
            <label className="field field-standfirst">
              <span className="field-label">Standfirst</span>
              <textarea
                rows={2}
                className="standfirst-input"
                value={fields.standfirst}
                onChange={(e) => setField('standfirst', e.target.value.replace(/\n/g, ' '))}
                onBlur={() => void autosaver.flush()}
                placeholder="Standfirst: the one- or two-sentence summary"
              />
            </label>
            <label className="field field-byline">
              <span className="field-label">Byline</span>
              <input className="byline-input" value={fields.byline} onChange={(e) => setField('byline', e.target.value)} onBlur={() => void autosaver.flush()} placeholder="By …" />
            </label>
            {editor && (
              <Toolbar editor={editor}>
                <span className="sep" />
                <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={openTagPicker} title={withShortcut('Tag quote', COMMANDS['tag-quote'].shortcut)} aria-label="Tag quote">
                  “Q”
                </button>
              </Toolbar>
            )}
            <EditorContent editor={editor} className="body-wrap" />
          </div>
        </section>

        {previewOpen && editor ? (
          <div className="preview-slot">
            <PreviewPane
              editor={editor}
              article={{ id: article.id, headline: fields.headline, standfirst: fields.standfirst, byline: fields.byline }}
              speakers={directory}
              onCopyfit={setCopyfit}
            />
          </div>
        ) : null}

        <aside className="side-column" aria-label="Side panels">
          <div className="side-tabs" role="tablist" aria-label="Panels">
            {(['details', 'quotes', 'checks', 'sources'] as const).map((t) => (
              <button key={t} type="button" role="tab" aria-selected={tab === t} onMouseDown={(e) => e.preventDefault()} onClick={() => setTab(t)}>
                {t[0].toUpperCase() + t.slice(1)}
                {t === 'quotes' && model.tagged.length ? <span className="count">{model.tagged.length}</span> : null}
                {t === 'quotes' && suggestions.length ? <span className="count warn">+{suggestions.length}</span> : null}
              </button>
            ))}
          </div>
          {tab === 'quotes' && editor && (
            <QuotesPanel
              editor={editor}
              model={model}
              records={records}
              sources={sources}
              suggestions={suggestions}
              onDetect={runDetect}
              onAccept={(ids) => void accept(ids).catch((e: unknown) => onNotice({ kind: 'error', text: e instanceof Error ? e.message : String(e) }))}
              onReject={reject}
              onChangeSuggestionSpeaker={(id) => setPicker({ mode: 'suggestion', id })}
              onCheckByHand={(quoteId, text, note) =>
                updateRecords([
                  ...records.filter((r) => r.id !== quoteId),
                  { id: quoteId, verifiedText: text, checkedByHand: { note, at: new Date().toISOString() } },
                ])
              }
            />
          )}
          {tab === 'checks' && editor && <ChecksPanel editor={editor} model={model} />}
          {tab === 'sources' && (
            <SourcesPanel
              sources={sources}
              onChange={(next) => {
                sourcesRef.current = next;
                setSources(next);
                autosaver.touch();
              }}
            />
          )}
          {tab === 'details' && (
          <section className="panel" aria-label="Details">
            <h2 className="panel-title">Details</h2>
            <label className="row-field">
              <span>Catchline</span>
              <input className="mono" value={fields.catchline} onChange={(e) => setField('catchline', e.target.value.toLowerCase().replace(/\s+/g, '-'))} onBlur={() => void autosaver.flush()} />
            </label>
            <label className="row-field">
              <span>Section</span>
              <input value={fields.section} onChange={(e) => setField('section', e.target.value)} onBlur={() => void autosaver.flush()} />
            </label>
            <label className="row-field">
              <span>Tags</span>
              <input
                value={fields.tags.join(', ')}
                onChange={(e) =>
                  setField(
                    'tags',
                    e.target.value
                      .split(',')
                      .map((t) => t.trimStart())
                      .filter((t, i, all) => t.length > 0 || i === all.length - 1),
                  )
                }
                onBlur={() => {
                  setField('tags', fieldsRef.current.tags.map((t) => t.trim()).filter(Boolean));
                  void autosaver.flush();
                }}
                placeholder="comma, separated"
              />
            </label>
            <label className="row-field">
              <span>Status</span>
              <select value={fields.status} onChange={(e) => setField('status', e.target.value as EditableFields['status'])}>
                {ARTICLE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {s[0].toUpperCase() + s.slice(1)}
                  </option>
                ))}
              </select>
            </label>
            <label className="row-field">
              <span>Target words</span>
              <input
                type="number"
                min={0}
                step={10}
                value={fields.targetWords ?? ''}
                onChange={(e) => setField('targetWords', e.target.value === '' ? null : Math.max(0, Math.round(Number(e.target.value))))}
                onBlur={() => void autosaver.flush()}
              />
            </label>
            <label className="row-field column">
              <span>Notes</span>
              <textarea rows={3} value={fields.notes} onChange={(e) => setField('notes', e.target.value)} onBlur={() => void autosaver.flush()} />
            </label>
          </section>
          )}

          <section className="panel" aria-label="Counts">
            <h2 className="panel-title">Counts</h2>
            <dl className="counts">
              <dt>Words</dt>
              <dd data-testid="word-count">{counts.words.toLocaleString()}</dd>
              <dt>Target</dt>
              <dd className={target?.includes('over') ? 'over' : undefined}>{fields.targetWords ? `${fields.targetWords} · ${target}` : '—'}</dd>
              <dt>Characters</dt>
              <dd>{counts.characters.toLocaleString()}</dd>
              <dt>Headline</dt>
              <dd>{headlineChars} chars</dd>
            </dl>
          </section>
        </aside>
      </div>

      {picker && editor && (
        <SpeakerPicker
          title={picker.mode === 'tag' ? (picker.quoteId ? 'Retag quote' : 'Tag quote') : 'Speaker of suggested quote'}
          currentSpeakerId={picker.mode === 'tag' ? picker.speakerId : null}
          onCancel={() => {
            setPicker(null);
            editor.commands.focus();
          }}
          onUntag={
            picker.mode === 'tag' && picker.quoteId
              ? () => {
                  untagQuote(editor, picker.quoteId!);
                  setPicker(null);
                }
              : undefined
          }
          onChoose={(speaker) => {
            if (picker.mode === 'tag') {
              if (picker.quoteId) retagQuote(editor, picker.quoteId, speaker.id);
              else tagSelection(editor, speaker.id);
              setTab('quotes');
            } else changeSpeaker(picker.id, speaker);
            setPicker(null);
            editor.commands.focus();
          }}
        />
      )}

      {exporting && (
        <ExportDialog
          articleIds={[article.id]}
          onClose={() => setExporting(false)}
          onExported={() => {
            // Exporting marks the article exported (a new revision): follow it, so the next autosave is not a conflict.
            client.getArticle({ id: article.id }).then(
              (saved) => {
                autosaver.followOwnSave(saved.revision);
                setFields((f) => ({ ...f, status: saved.status }));
                fieldsRef.current = { ...fieldsRef.current, status: saved.status };
              },
              (error: unknown) => onNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) }),
            );
          }}
        />
      )}

      <footer className="statusbar">
        <span>{counts.words.toLocaleString()} words</span>
        {target && <span className={target.includes('over') ? 'over' : undefined}>{target}</span>}
        <span>{counts.characters.toLocaleString()} characters</span>
        <span>headline {headlineChars}</span>
        {previewOpen && copyfit && <span className={copyfit.state === 'over' ? 'over' : undefined}>{copyfit.message}</span>}
        <div className="spacer" />
        <SaveStateText autosaver={autosaver} />
      </footer>
    </main>
  );
});

/**
 * The save state on its own subscription: a save (or the first key of a burst)
 * re-renders these few words, never the editor, its panels or the preview.
 */
/**
 * Another window or Galley process saved this story since it was opened
 * here: nothing is overwritten until the sub says which version stands.
 * Loading theirs keeps this one in the recovery journal, offered back on top.
 */
function ConflictBar({ autosaver, onLoadTheirs }: { autosaver: Autosaver; onLoadTheirs: () => void }) {
  const state = useSyncExternalStore(autosaver.subscribe, () => autosaver.state);
  if (state.kind !== 'error' || state.code !== 'conflict') return null;
  return (
    <div className="recovery-bar conflict-bar" role="alert" aria-label="Save conflict">
      <span>This story was saved in another window or by another Galley since you opened it. Your changes are not saved yet.</span>
      <button type="button" className="primary" onMouseDown={(e) => e.preventDefault()} onClick={() => void autosaver.keepMine()} title="Save your version over the other one">
        Keep mine
      </button>
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={onLoadTheirs} title="Open the version saved elsewhere; yours is offered back to restore">
        Load theirs
      </button>
    </div>
  );
}

function SaveStateText({ autosaver, className = '', live = false }: { autosaver: Autosaver; className?: string; live?: boolean }) {
  const state = useSyncExternalStore(autosaver.subscribe, () => autosaver.state);
  return (
    <span className={`${className} save-${state.kind}`.trim()} title={describeSaveState(state)} {...(live ? { role: 'status', 'aria-live': 'polite' as const, 'aria-label': 'Save state' } : {})}>
      {describeSaveState(state)}
    </span>
  );
}
