// The editor's Suggest toggle (Mod+Shift+E) and the changes panel: every
// suggestion in the story with who made it and when, to accept or reject one
// at a time, all in the selection, or all. Mounted in the toolbar with one line.
import type { Editor } from '@tiptap/core';
import { useEffect, useState } from 'react';
import { client } from '../api/client';
import { formatShortcut } from '../ui/shortcuts';
import { resolveAll, resolveInRange, resolveOne } from './resolve';
import { suggesting } from '../editor/extensions/suggest-mode';
import { settledDocument } from '../editor/settled-document';
import { listSuggestions, type Suggestion } from './suggestion-list';
import './suggestions.css';

const KIND_LABELS = { insertion: 'Inserted', deletion: 'Deleted', modification: 'Formatting' };
const when = (at: string | null) => (at ? new Date(at).toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' }) : '');

export function SuggestionControl({ editor }: { editor: Editor }) {
  const [on, setOn] = useState(() => suggesting(editor.state));
  const [list, setList] = useState<Suggestion[]>(() => listSuggestions(editor.state.doc));
  const [open, setOpen] = useState(false);

  useEffect(() => {
    let live = true;
    void client.getSettings({}).then((s) => live && (editor.storage.suggestChanges.author = s.subName.trim() || 'unnamed sub'), () => undefined);
    // Per transaction only a flag is read: React hears of it when the mode changes, not on every key.
    let shown = suggesting(editor.state);
    setOn(shown);
    const onTransaction = () => {
      const now = suggesting(editor.state);
      if (now !== shown) setOn((shown = now));
    };
    editor.on('transaction', onTransaction);
    // The list follows the settled document (after a pause), read once for every consumer.
    const stop = settledDocument(editor).subscribe(({ doc }) => setList(listSuggestions(doc)));
    return () => {
      live = false;
      stop();
      editor.off('transaction', onTransaction);
    };
  }, [editor]);

  const inSelection = () => {
    const { from, to } = editor.state.selection;
    return { from, to, ids: [...new Set(list.filter((s) => s.to > from && s.from < to).map((s) => s.id))] };
  };
  const act = (run: () => boolean) => {
    run();
    setList(listSuggestions(editor.state.doc));
    editor.commands.focus();
  };

  return (
    <>
      <button
        type="button"
        className="suggestion-toggle"
        aria-pressed={on}
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => editor.chain().focus().toggleSuggestChanges().run()}
        title={`Suggest changes: edits are kept as suggestions to accept or reject (${formatShortcut('Mod+Shift+E')})`}
      >
        Suggest
      </button>
      <button type="button" aria-pressed={open} onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen((o) => !o)} title="The suggestions in this story">
        Changes{list.length ? ` (${list.length})` : ''}
      </button>
      {open && (
        <section className="suggestions-panel" aria-label="Changes">
          <header className="suggestions-head">
            <h2 className="panel-title">Changes</h2>
            <div className="spacer" />
            <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => setOpen(false)} aria-label="Close changes">
              ×
            </button>
          </header>
          <div className="suggestions-actions">
            <button type="button" disabled={!list.length} onMouseDown={(e) => e.preventDefault()} onClick={() => act(() => resolveAll(editor, 'accept'))}>
              Accept all
            </button>
            <button type="button" disabled={!list.length} onMouseDown={(e) => e.preventDefault()} onClick={() => act(() => resolveAll(editor, 'reject'))}>
              Reject all
            </button>
            <button type="button" disabled={!list.length} onMouseDown={(e) => e.preventDefault()} onClick={() => act(() => { const s = inSelection(); return resolveInRange(editor, s.ids, s.from, s.to, 'accept'); })}>
              Accept in selection
            </button>
            <button type="button" disabled={!list.length} onMouseDown={(e) => e.preventDefault()} onClick={() => act(() => { const s = inSelection(); return resolveInRange(editor, s.ids, s.from, s.to, 'reject'); })}>
              Reject in selection
            </button>
          </div>
          {list.length === 0 ? (
            <p className="dim">No suggestions.</p>
          ) : (
            <ol className="suggestions-list" aria-label="Suggestions">
              {list.map((s) => (
                <li key={`${s.kind}:${String(s.id)}`} className={`suggestion-item ${s.kind}`}>
                  <div>
                    <strong>{KIND_LABELS[s.kind]}</strong> {s.kind === 'deletion' ? <del>{s.text}</del> : <ins>{s.text}</ins>}
                    {s.inQuote && <span className="dim"> (in a quote)</span>}
                  </div>
                  <div className="dim">
                    {s.author} {when(s.at)}
                  </div>
                  <div className="suggestion-buttons">
                    <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => act(() => resolveOne(editor, s.id, 'accept'))} aria-label={`Accept ${KIND_LABELS[s.kind].toLowerCase()} “${s.text}”`}>
                      Accept
                    </button>
                    <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => act(() => resolveOne(editor, s.id, 'reject'))} aria-label={`Reject ${KIND_LABELS[s.kind].toLowerCase()} “${s.text}”`}>
                      Reject
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </>
  );
}
