// One article open for subbing, laid out: the headline, standfirst and byline
// set as they will read, the body in TipTap, the article's details, quotes
// and counts in a side column, the save state always in view. What each part
// does lives in its own file; a new panel is mounted here with one line.
import type { Editor } from '@tiptap/react';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Article } from '../../shared/article/model';
import { COMMANDS } from '../../shared/commands';
import type { MenuCommand } from '../../shared/contract/shell';
import type { CopyfitResult } from '../../shared/layout/copyfit';
import { adviseFields } from '../../shared/article/field-advice';
import { messageOf } from '../../shared/message-of';
import { verifyVerbatim } from '../../shared/quotes/standing';
import { client } from '../api/client';
import { hideCopy } from '../editor/copy-layer';
import { CopyColumn } from '../editor/CopyColumn';
import { browserJournal } from '../editor/recovery-journal';
import { Toolbar } from '../editor/Toolbar';
import { ImportReportBar } from '../import/ImportReportBar';
import { SuggestionControl } from '../suggestions/SuggestionControl';
import { SubbingChecks } from '../checks/SubbingChecks';
import { ChecksPanel } from '../quotes/ChecksPanel';
import { quoteIdAt, quoteRanges } from '../quotes/positions';
import { selectQuote } from '../quotes/quote-commands';
import { QuotesPanel } from '../quotes/QuotesPanel';
import { SourcesPanel } from '../quotes/SourcesPanel';
import { useSpeakers } from '../quotes/speakers-context';
import { useQuoteModel } from '../quotes/use-quote-model';
import { useStoryColours } from '../quotes/use-story-colours';
import { useSuggestions } from '../quotes/use-suggestions';
import type { NoticeMessage } from '../ui/Notice';
import { withShortcut } from '../ui/shortcuts';
import { ConflictBar } from './ConflictBar';
import { CopyFields } from './CopyFields';
import { CountsPanel, StatusBar } from './Counts';
import { DetailsPanel } from './DetailsPanel';
import { ExportDialogLater, HistoryControlLater, loadPanelsWhenIdle, PreviewPaneLater } from './panels-later';
import { Draft } from './draft';
import { QuotePicker, type Picker } from './QuotePicker';
import { RecoveryBar } from './RecoveryBar';
import { SaveState } from './SaveState';
import { useBodyEditor } from './use-body-editor';
import { useCounts } from './use-counts';
import { useFurnished } from './use-furnished';
import { useOpening } from './use-opening';

export interface EditorHandle {
  /** True when everything is saved; false when the save failed (the text stays in the editor). */
  flush(): Promise<boolean>;
  /** The window is going: what is not yet on disk goes to the recovery journal now (see Autosaver.keepUnsaved). */
  keepUnsaved(): void;
  run(command: MenuCommand): void;
}

interface Props {
  articleId: string;
  /** Open with this quote selected (from a quote search). */
  focusQuoteId?: string | null;
  onClose: () => void;
  onNotice: (notice: NoticeMessage) => void;
}

/** The open article: loading, refused with the reason, or open in its editor. */
export const ArticleEditor = forwardRef<EditorHandle, Props>(function ArticleEditor({ articleId, focusQuoteId, onClose, onNotice }, ref) {
  const { opening, reload } = useOpening(articleId, onNotice);
  // No story in the view: nor in the copy layer (the window's first view may have put one there).
  useLayoutEffect(() => void (opening.kind !== 'open' && hideCopy()), [opening.kind]);
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
  return <LoadedEditor key={article.revision} ref={ref} article={article} editor={editor} focusQuoteId={focusQuoteId ?? null} onClose={onClose} onNotice={onNotice} onReload={reload} />;
});

type SideTab = 'details' | 'quotes' | 'checks' | 'sources';
const journal = browserJournal();

const LoadedEditor = forwardRef<
  EditorHandle,
  { article: Article; editor: Editor; focusQuoteId: string | null; onClose: () => void; onNotice: (n: NoticeMessage) => void; onReload: () => void }
>(function LoadedEditor({ article, editor, focusQuoteId, onClose, onNotice, onReload }, ref) {
  const draft = useMemo(() => new Draft(article, editor, client, journal), [article, editor]);
  const { fields, records, sources } = useSyncExternalStore(draft.subscribe, () => draft.state);
  const autosaver = draft.saver;
  useEffect(() => () => draft.dispose(), [draft]);
  useBodyEditor(editor, autosaver);
  // The story is on screen: what it does not show yet is fetched when the window is idle.
  useEffect(loadPanelsWhenIdle, []);

  // The body's frame first, then the panels around it (use-furnished.ts).
  const furnished = useFurnished();
  const [tab, setTab] = useState<SideTab>(article.quotes.length || article.sources.length ? 'quotes' : 'details');
  const [picker, setPicker] = useState<Picker | null>(null);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [copyfit, setCopyfit] = useState<CopyfitResult | null>(null);
  const counts = useCounts(editor);
  const { speakers: directory } = useSpeakers();
  const model = useQuoteModel(editor);
  useStoryColours(model);
  const { suggestions, detect, accept, reject, changeSpeaker } = useSuggestions(editor, article.id);

  useEffect(() => {
    if (!focusQuoteId) return;
    const frame = requestAnimationFrame(() => selectQuote(editor, focusQuoteId));
    return () => cancelAnimationFrame(frame);
  }, [editor]);
  // A quote that matches its source word for word counts as verified as it now reads.
  useEffect(() => {
    const verified = verifyVerbatim(model.tagged, draft.state.records, sources);
    if (verified) draft.followRecords(verified);
  }, [model, sources]);

  const openTagPicker = useCallback(() => {
    const { from, to, empty } = editor.state.selection;
    const quoteId = quoteIdAt(editor.state.doc, from, to);
    if (empty && !quoteId) return onNotice({ kind: 'info', text: 'Select the words of the quote first, then tag them.' });
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
      keepUnsaved: () => autosaver.keepUnsaved(),
      run: (command) => {
        if (command === 'tag-quote') openTagPicker();
        else if (command === 'detect-quotes') runDetect();
        else if (command === 'toggle-preview') setPreviewOpen((o) => !o);
        else if (command === 'export') void exportWhenSaved();
      },
    }),
    [autosaver, openTagPicker, runDetect, exportWhenSaved],
  );

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
        {furnished && (
          <>
            <SaveState autosaver={autosaver} className="save-state" live />
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
            <HistoryControlLater
              editor={editor}
              articleId={article.id}
              current={() => ({ fields: draft.state.fields, quotes: draft.state.records })}
              flush={() => autosaver.flush()}
              onNotice={onNotice}
              onRestore={(next, quotes) => draft.putBack(next, quotes)}
            />
            <button type="button" onClick={() => void autosaver.flush()} title={withShortcut('Save now', COMMANDS['save-now'].shortcut)}>
              Save
            </button>
            <button type="button" onClick={() => void exportWhenSaved()} title={withShortcut('Export to print, web and the wire', COMMANDS.export.shortcut)}>
              Export…
            </button>
          </>
        )}
      </header>

      {furnished && (
        <>
          <ConflictBar autosaver={autosaver} onLoadTheirs={onReload} />
          <RecoveryBar articleId={article.id} revision={article.revision} journal={journal} draft={draft} />
          <ImportReportBar articleId={article.id} editor={editor} />
        </>
      )}

      <div className="editor-columns">
        <CopyColumn editor={editor}>
          <CopyFields fields={fields} draft={draft} />
          {furnished && (
            <Toolbar editor={editor}>
              <span className="sep" />
              <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={openTagPicker} title={withShortcut('Tag quote', COMMANDS['tag-quote'].shortcut)} aria-label="“Q” Tag quote">
                “Q”
              </button>
            </Toolbar>
          )}
        </CopyColumn>

        {previewOpen ? (
          <div className="preview-slot">
            <PreviewPaneLater editor={editor} article={{ id: article.id, headline: fields.headline, standfirst: fields.standfirst, byline: fields.byline }} speakers={directory} onCopyfit={setCopyfit} />
          </div>
        ) : null}

        <aside className="side-column" aria-label="Side panels">
          {furnished && (
            <>
              <div className="side-tabs" role="tablist" aria-label="Panels">
                {(['details', 'quotes', 'checks', 'sources'] as const).map((t) => (
                  <button key={t} type="button" role="tab" aria-selected={tab === t} onMouseDown={(e) => e.preventDefault()} onClick={() => setTab(t)}>
                    {t[0].toUpperCase() + t.slice(1)}
                    {t === 'quotes' && model.tagged.length ? <span className="count">{model.tagged.length}</span> : null}
                    {t === 'quotes' && suggestions.length ? <span className="count warn">+{suggestions.length}</span> : null}
                  </button>
                ))}
              </div>
              {tab === 'quotes' && (
                <QuotesPanel
                  editor={editor}
                  model={model}
                  records={records}
                  sources={sources}
                  suggestions={suggestions}
                  onDetect={runDetect}
                  onAccept={(ids) => void accept(ids).catch((e: unknown) => onNotice({ kind: 'error', text: messageOf(e) }))}
                  onReject={reject}
                  onChangeSuggestionSpeaker={(id) => setPicker({ mode: 'suggestion', id })}
                  onCheckByHand={(quoteId, text, note) =>
                    draft.setRecords([...records.filter((r) => r.id !== quoteId), { id: quoteId, verifiedText: text, checkedByHand: { note, at: new Date().toISOString() } }])
                  }
                />
              )}
              {tab === 'checks' && <ChecksPanel editor={editor} model={model} advice={adviseFields(fields)} sources={sources} records={records} />}
              <SubbingChecks editor={editor} articleId={article.id} fields={fields} setField={(field, value) => draft.setField(field, value)} showList={tab === 'checks'} />
              {tab === 'sources' && <SourcesPanel sources={sources} onChange={(next) => draft.setSources(next)} />}
              {tab === 'details' && <DetailsPanel fields={fields} draft={draft} />}
              <CountsPanel counts={counts} headline={fields.headline} targetWords={fields.targetWords} />
            </>
          )}
        </aside>
      </div>

      {picker && <QuotePicker picker={picker} editor={editor} onClose={() => setPicker(null)} onTagged={() => setTab('quotes')} onSuggestionSpeaker={changeSpeaker} />}

      {exporting && (
        <ExportDialogLater
          articleIds={[article.id]}
          onClose={() => setExporting(false)}
          onExported={() => {
            // Exporting marks the article exported (a new revision): follow it, so the next autosave is not a conflict.
            client.getArticle({ id: article.id }).then(
              (saved) => {
                autosaver.followOwnSave(saved.revision);
                draft.followField('status', saved.status);
              },
              (error: unknown) => onNotice({ kind: 'error', text: messageOf(error) }),
            );
          }}
        />
      )}

      {furnished && <StatusBar counts={counts} headline={fields.headline} targetWords={fields.targetWords} copyfit={previewOpen ? copyfit : null} autosaver={autosaver} />}
    </main>
  );
});
