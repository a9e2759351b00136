// Source material a quote must match: interview notes, a transcript, a
// press release, pasted or read from a text file, each with a label.
import { useRef, useState } from 'react';
import type { SourceMaterial } from '../../shared/article/model';

interface Props {
  sources: SourceMaterial[];
  onChange(sources: SourceMaterial[]): void;
}

export function SourcesPanel({ sources, onChange }: Props) {
  const [label, setLabel] = useState('');
  const [text, setText] = useState('');
  const file = useRef<HTMLInputElement>(null);

  const add = (l: string, t: string) => {
    if (!t.trim()) return;
    onChange([...sources, { id: `src-${crypto.randomUUID().slice(0, 12)}`, label: l.trim() || `Source ${sources.length + 1}`, text: t, addedAt: new Date().toISOString() }]);
    setLabel('');
    setText('');
  };

  return (
    <section className="panel sources-panel" aria-label="Sources">
      <h2 className="panel-title">Source material</h2>
      <ul className="source-list">
        {sources.map((s) => (
          <li key={s.id}>
            <span className="source-label">{s.label}</span>
            <span className="dim"> · {s.text.split(/\s+/).filter(Boolean).length} words</span>
            <button type="button" className="ghost small" aria-label={`Remove source ${s.label}`} onClick={() => onChange(sources.filter((x) => x.id !== s.id))}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <label className="row-field">
        <span>Label</span>
        <input aria-label="Source label" value={label} onChange={(e) => setLabel(e.target.value)} placeholder="e.g. Transcript, 14 May" />
      </label>
      <textarea aria-label="Source text" rows={5} className="source-text" value={text} onChange={(e) => setText(e.target.value)} placeholder="Paste interview notes, a transcript or a press release" />
      <div className="modal-actions">
        <button type="button" onClick={() => file.current?.click()}>
          From file…
        </button>
        <input
          ref={file}
          type="file"
          accept=".txt,.md,text/plain"
          hidden
          aria-label="Source file"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) add(label || f.name.replace(/\.[^.]+$/, ''), await f.text());
          }}
        />
        <div className="spacer" />
        <button type="button" className="primary" onClick={() => add(label, text)} disabled={!text.trim()}>
          Add source
        </button>
      </div>
    </section>
  );
}
