// The window: the library or one open article, a status line, the command
// bindings, and import by drop or paste anywhere.
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { COMMANDS } from '../../shared/commands';
import { messageOf } from '../../shared/message-of';
import type { MenuCommand } from '../../shared/contract/shell';
import { client, runtime, shell } from '../api/client';
import { fetchAhead, readSettled } from '../editor/story-opening';
import { prepareBodyEditor } from '../editor/body-editor';
import { ArticleEditor, type EditorHandle } from '../article/ArticleEditor';
import { loadPanelsWhenIdle } from '../article/panels-later';
import { articleInAddress, showInAddress } from './address';
import { ImportControl, type ImportHandle } from '../import/ImportControl';
import { LibraryView, type LibraryHandle } from '../library/LibraryView';
import { matchesShortcut } from '../ui/shortcuts';
import { Notice, type NoticeMessage } from '../ui/Notice';
import { SpeakersProvider } from '../quotes/speakers-context';
import { Palettes, type PaletteKind } from '../palette/Palettes';

/** How long the library stays on screen waiting for a story being opened before the editor shows, loading. */
const STORY_WAIT_MS = 150;

export function App() {
  const [openId, setOpenId] = useState<string | null>(articleInAddress);
  const [focusQuoteId, setFocusQuoteId] = useState<string | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [palette, setPalette] = useState<PaletteKind>(null);
  const editorRef = useRef<EditorHandle>(null);
  const libraryRef = useRef<LibraryHandle>(null);
  const importRef = useRef<ImportHandle>(null);

  const opening = useRef(0);
  const open = useCallback(async (id: string | null, quoteId: string | null = null) => {
    const seq = ++opening.current;
    if (id) void fetchAhead(id);
    // The view changes once, to the story set in its editor, rather than to an empty editor that
    // fills a moment later: the window waits a little for the read, then shows the editor either way.
    if (id) await readSettled(id, STORY_WAIT_MS);
    if (seq !== opening.current) return; // the sub has asked for something else since
    // Leaving an article whose last save failed would leave its text only in the journal: stay and say so.
    // Saved after the wait, so a key typed in the open article meanwhile is saved with the rest.
    if (editorRef.current && !(await editorRef.current.flush())) {
      setNotice({ kind: 'error', text: 'The story could not be saved, so it stays open: see the save state. Your text is safe here and in the recovery journal.' });
      return;
    }
    if (seq !== opening.current) return;
    flushSync(() => {
      setFocusQuoteId(quoteId);
      setOpenId(id);
    });
    // The address follows once the story's frame is painted: rewriting it costs Chromium a same-document
    // navigation (25 ms in the open bench's profile) that the sub would otherwise wait on for the story.
    requestAnimationFrame(() => setTimeout(() => seq === opening.current && showInAddress(id)));
  }, []);

  const newArticle = useCallback(async () => {
    try {
      const article = await client.createArticle({ fields: {} });
      await open(article.id);
    } catch (error) {
      setNotice({ kind: 'error', text: messageOf(error) });
    }
  }, [open]);

  const run = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'new-article':
          void newArticle();
          return;
        case 'import':
          importRef.current?.choose();
          return;
        case 'show-library':
          void open(null);
          return;
        case 'find':
          if (openId) void open(null).then(() => setTimeout(() => libraryRef.current?.focusSearch()));
          else libraryRef.current?.focusSearch();
          return;
        case 'export':
          if (openId) editorRef.current?.run('export');
          else libraryRef.current?.exportSelection();
          return;
        case 'command-palette':
          setPalette('palette');
          return;
        case 'shortcut-sheet':
          setPalette('sheet');
          return;
        case 'save-now':
          void editorRef.current?.flush();
          return;
        default:
          editorRef.current?.run(command);
      }
    },
    [open, openId, newArticle],
  );

  // The first story opened is set in an editor built while the library was on screen.
  useEffect(prepareBodyEditor, []);
  // The History button sits in every open story's toolbar: its code is fetched while the library is idle, so
  // opening a story never waits on a chunk (with the preview and export dialog, one part per idle moment).
  useEffect(loadPanelsWhenIdle, []);

  // Desktop: the native menu sends commands (its accelerators already caught the keys).
  useEffect(() => shell?.onMenuCommand(run), [run]);
  // Closing the window or quitting: save first.
  useEffect(
    () =>
      shell?.onFlushRequest(async () => {
        await editorRef.current?.flush();
      }),
    [],
  );

  // Browser mode: the same shortcuts, bound on the page (on the desktop the menu has the first of each).
  useEffect(() => {
    // Listed once, not on every key: this listener hears every keystroke typed in the copy.
    const bound = Object.entries(COMMANDS).flatMap(([command, info]) =>
      [...(runtime === 'desktop' ? [] : [info.shortcut]), ...(info.alternatives ?? [])].flatMap((key) => (key ? [{ command: command as MenuCommand, key }] : [])),
    );
    // A character typed without Mod, Ctrl or Alt is a shortcut only if one is written so (a bare or shifted
    // character): none is today, so the copy's keystrokes leave here without each shortcut parsed against them.
    const bareCharacter = bound.some(({ key }) => !/(^|\+)(Mod|Ctrl|Alt)\+/.test(key) && key.split('+').pop()!.length === 1);
    const onKey = (event: KeyboardEvent) => {
      if (!bareCharacter && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) return;
      const hit = bound.find(({ key }) => matchesShortcut(event, key));
      // AltGr reads as Ctrl+Alt on Windows: it types letters (ń, €), it is no shortcut. A dialog owns its keys.
      if (!hit || event.getModifierState('AltGraph') || (event.target as Element | null)?.closest?.('[aria-modal="true"]')) return;
      event.preventDefault();
      run(hit.command);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  // Leaving the page in browser mode: last chance to save what is pending.
  useEffect(() => {
    const onHide = () => {
      editorRef.current?.keepUnsaved();
      void editorRef.current?.flush();
    };
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, []);

  return (
    <SpeakersProvider>
    <div className="app">
      <ImportControl
        ref={importRef}
        onImported={(article) => {
          setNotice({ kind: 'info', text: `Imported “${article.headline || 'untitled'}”.` });
          void open(article.id);
        }}
        onError={(text) => setNotice({ kind: 'error', text })}
      />
      {openId ? (
        <ArticleEditor
          key={openId}
          ref={editorRef}
          articleId={openId}
          focusQuoteId={focusQuoteId}
          onClose={() => void open(null)}
          onNotice={setNotice}
        />
      ) : (
        <LibraryView ref={libraryRef} onOpen={(id, quoteId) => void open(id, quoteId ?? null)} onNotice={setNotice} onImport={() => importRef.current?.choose()} onNew={() => void newArticle()} />
      )}
      <Notice message={notice} onDismiss={() => setNotice(null)} />
      <Palettes kind={palette} articleOpen={!!openId} onRun={run} onClose={() => setPalette(null)} />
    </div>
    </SpeakersProvider>
  );
}
