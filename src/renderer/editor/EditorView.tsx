// One article open for subbing: the headline, standfirst and byline set as
// they will read, the body in TipTap, the article's details and counts in a
// side column, the save state always in view.
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { ARTICLE_STATUSES, type Article, type ArticleFields, type DocNode } from '../../shared/article/model';
import { countCharacters } from '../../shared/article/text';
import { COMMANDS } from '../../shared/commands';
import type { MenuCommand } from '../../shared/contract/shell';
import { client } from '../api/client';
import type { NoticeMessage } from '../app/Notice';
import { withShortcut } from '../app/shortcuts';
import { Autosaver, describeSaveState } from './autosave';
import { countText, describeTarget, type Counts } from './counts';
import { bodyExtensions } from './extensions';
import { sanitisePastedHtml } from './sanitise-paste';
import { Toolbar } from './Toolbar';

export interface EditorHandle {
  flush(): Promise<void>;
  run(command: MenuCommand): void;
}

interface Props {
  articleId: string;
  onClose: () => void;
  onNotice: (notice: NoticeMessage) => void;
  onRun: (command: MenuCommand) => void;
}

type EditableFields = Omit<ArticleFields, 'body'>;
const COUNT_DELAY_MS = 250;

export const EditorView = forwardRef<EditorHandle, Props>(function EditorView({ articleId, onClose, onNotice }, ref) {
  const [article, setArticle] = useState<Article | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    client.getArticle({ id: articleId }).then(setArticle, (error: unknown) => setLoadError(error instanceof Error ? error.message : String(error)));
  }, [articleId]);

  if (loadError) {
    return (
      <main className="editor">
        <header className="toolbar">
          <button type="button" onClick={onClose}>
            ← Library
          </button>
        </header>
        <p className="load-error" role="alert">
          {loadError}
        </p>
      </main>
    );
  }
  if (!article) return <main className="editor" aria-busy="true" />;
  return <LoadedEditor ref={ref} article={article} onClose={onClose} onNotice={onNotice} />;
});

const LoadedEditor = forwardRef<EditorHandle, { article: Article; onClose: () => void; onNotice: (n: NoticeMessage) => void }>(function LoadedEditor(
  { article, onClose },
  ref,
) {
  const [fields, setFields] = useState<EditableFields>(() => {
    const { catchline, headline, standfirst, byline, section, tags, status, targetWords, notes } = article;
    return { catchline, headline, standfirst, byline, section, tags, status, targetWords, notes };
  });
  const fieldsRef = useRef(fields);
  fieldsRef.current = fields;
  const editorRef = useRef<Editor | null>(null);

  const autosaver = useMemo(
    () =>
      new Autosaver(client, article.id, article.revision, () => ({
        fields: { ...fieldsRef.current, ...(editorRef.current ? { body: editorRef.current.getJSON() as DocNode } : {}) },
      })),
    [article.id, article.revision],
  );
  useEffect(() => () => autosaver.dispose(), [autosaver]);
  const saveState = useSyncExternalStore(autosaver.subscribe, () => autosaver.state);

  const [counts, setCounts] = useState<Counts>({ words: 0, characters: 0 });
  const countTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const recount = useCallback((editor: Editor) => {
    if (countTimer.current) clearTimeout(countTimer.current);
    countTimer.current = setTimeout(() => setCounts(countText(editor.state.doc.textBetween(0, editor.state.doc.content.size, '\n', '\n'))), COUNT_DELAY_MS);
  }, []);

  const editor = useEditor({
    extensions: bodyExtensions,
    content: article.body,
    // The typing path: ProseMirror only. Counts and autosave are told, and act later.
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { 'aria-label': 'Body', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', class: 'body-copy' },
      transformPastedHTML: sanitisePastedHtml,
    },
    onCreate: ({ editor: e }) => {
      editorRef.current = e;
      setCounts(countText(e.state.doc.textBetween(0, e.state.doc.content.size, '\n', '\n')));
    },
    onUpdate: ({ editor: e }) => {
      autosaver.touch();
      recount(e);
    },
    onBlur: () => void autosaver.flush(),
  });
  editorRef.current = editor;

  const setField = <K extends keyof EditableFields>(key: K, value: EditableFields[K]) => {
    setFields((f) => ({ ...f, [key]: value }));
    fieldsRef.current = { ...fieldsRef.current, [key]: value };
    autosaver.touch();
  };

  useImperativeHandle(
    ref,
    () => ({
      flush: () => autosaver.flush(),
      run: () => {},
    }),
    [autosaver],
  );

  const target = describeTarget(counts.words, fields.targetWords);
  const saveText = describeSaveState(saveState);
  const headlineChars = countCharacters(fields.headline);

  return (
    <main className="editor" aria-label="Editor">
      <header className="toolbar">
        <button type="button" onClick={() => void autosaver.flush().then(onClose)} title={withShortcut('Back to the library', COMMANDS['show-library'].shortcut)}>
          ← Library
        </button>
        <span className="doc-title" title={fields.headline}>
          {fields.catchline ? <span className="mono dim">{fields.catchline} · </span> : null}
          {fields.headline || 'Untitled'}
        </span>
        <div className="spacer" />
        <span className={`save-state save-${saveState.kind}`} role="status" aria-live="polite" aria-label="Save state">
          {saveText}
        </span>
        <button type="button" onClick={() => void autosaver.flush()} title={withShortcut('Save now', COMMANDS['save-now'].shortcut)}>
          Save
        </button>
      </header>

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
            {editor && <Toolbar editor={editor} />}
            <EditorContent editor={editor} className="body-wrap" />
          </div>
        </section>

        <aside className="side-column" aria-label="Article details">
          <section className="panel">
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

      <footer className="statusbar">
        <span>{counts.words.toLocaleString()} words</span>
        {target && <span className={target.includes('over') ? 'over' : undefined}>{target}</span>}
        <span>{counts.characters.toLocaleString()} characters</span>
        <span>headline {headlineChars}</span>
        <div className="spacer" />
        <span className={`save-${saveState.kind}`}>{saveText}</span>
      </footer>
    </main>
  );
});
