// The speaker directory: every person quoted in the library. Edit how they
// are named, merge a misspelt duplicate into the right entry, and see every
// quote of theirs.
import { useEffect, useState } from 'react';
import { Pronoun, type Speaker, type SpeakerFields } from '../../shared/speakers/model';
import { client } from '../api/client';
import type { NoticeMessage } from '../ui/Notice';
import { speakerHue } from '../../shared/speakers/hue';
import { useSpeakers } from '../quotes/speakers-context';
import { messageOf } from '../../shared/message-of';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface Props {
  onNotice: (n: NoticeMessage) => void;
  onShowQuotes: (speakerId: string) => void;
}

export function SpeakerDirectory({ onNotice, onShowQuotes }: Props) {
  const { speakers, update, refresh } = useSpeakers();
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<SpeakerFields | null>(null);
  const [mergeInto, setMergeInto] = useState('');
  const [usage, setUsage] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const current = speakers.find((s) => s.id === selected) ?? null;

  useEffect(() => {
    if (!current) return setDraft(null);
    const { name, role, organisation, laterReference, pronoun, notes } = current;
    setDraft({ name, role, organisation, laterReference, pronoun, notes });
    setMergeInto('');
    client.speakerUsage({ id: current.id }).then((u) => setUsage(u.quotes.length), () => setUsage(null));
  }, [current]);

  const fail = (e: unknown) => onNotice({ kind: 'error', text: messageOf(e) });
  const save = async () => {
    if (!current || !draft) return;
    try {
      await update(current.id, draft);
      onNotice({ kind: 'info', text: `Saved ${draft.name}.` });
    } catch (e) {
      fail(e);
    }
  };
  const keep = speakers.find((s) => s.id === mergeInto) ?? null;
  const merge = async () => {
    setConfirming(false);
    if (!current || !keep) return;
    try {
      const result = await client.mergeSpeakers({ keepId: keep.id, dropId: current.id });
      await refresh();
      setSelected(keep.id);
      onNotice({ kind: 'info', text: `Merged into ${keep.name}; ${result.articlesChanged} article${result.articlesChanged === 1 ? '' : 's'} retagged.` });
    } catch (e) {
      fail(e);
    }
  };

  const field = (key: keyof Omit<SpeakerFields, 'pronoun'>, label: string) => (
    <label className="row-field">
      <span>{label}</span>
      {key === 'notes' ? (
        <textarea rows={3} value={draft?.[key] ?? ''} onChange={(e) => setDraft((d) => d && { ...d, [key]: e.target.value })} />
      ) : (
        <input value={draft?.[key] ?? ''} onChange={(e) => setDraft((d) => d && { ...d, [key]: e.target.value })} />
      )}
    </label>
  );

  return (
    <section className="speaker-directory" aria-label="Speaker directory">
      <ul className="speaker-list" aria-label="Speakers" role="listbox">
        {speakers.map((s: Speaker) => (
          <li key={s.id} role="option" aria-selected={s.id === selected} tabIndex={0} onClick={() => setSelected(s.id)} onKeyDown={(e) => e.key === 'Enter' && setSelected(s.id)}>
            <span className="speaker-swatch" style={{ ['--speaker-hue' as string]: speakerHue(s.id) }} />
            <span className="speaker-name">{s.name}</span>
            <span className="dim">{[s.role, s.organisation].filter(Boolean).join(', ')}</span>
          </li>
        ))}
        {speakers.length === 0 && <li className="dim">No speakers yet: they join the directory as quotes are tagged.</li>}
      </ul>
      {current && draft && (
        <form
          className="speaker-form panel"
          aria-label={`Speaker ${current.name}`}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <h2 className="panel-title">{current.name}</h2>
          {field('name', 'Full name')}
          {field('role', 'Role')}
          {field('organisation', 'Organisation')}
          {field('laterReference', 'Later reference')}
          <label className="row-field">
            <span>Pronoun</span>
            <select value={draft.pronoun ?? ''} onChange={(e) => setDraft((d) => d && { ...d, pronoun: e.target.value ? (e.target.value as Pronoun) : null })}>
              <option value="">—</option>
              {Pronoun.options.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
          {field('notes', 'Notes')}
          <div className="modal-actions">
            <button type="button" onClick={() => onShowQuotes(current.id)}>
              {usage === null ? 'Quotes…' : `${usage} quote${usage === 1 ? '' : 's'}…`}
            </button>
            <div className="spacer" />
            <button type="submit" className="primary">
              Save speaker
            </button>
          </div>
          <div className="merge-row">
            <label className="row-field">
              <span>Merge into</span>
              <select aria-label="Merge into" value={mergeInto} onChange={(e) => setMergeInto(e.target.value)}>
                <option value="">Choose the entry to keep…</option>
                {speakers
                  .filter((s) => s.id !== current.id)
                  .map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
              </select>
            </label>
            <button type="button" disabled={!mergeInto} onClick={() => setConfirming(true)}>
              Merge
            </button>
          </div>
        </form>
      )}
      {confirming && current && keep && (
        <ConfirmDialog title="Merge speakers" confirmLabel="Merge" onConfirm={() => void merge()} onCancel={() => setConfirming(false)}>
          Merge “{current.name}” into “{keep.name}”? Every quote of “{current.name}” will be given to “{keep.name}”.
        </ConfirmDialog>
      )}
    </section>
  );
}
