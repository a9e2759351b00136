// Choose who said it: search the directory by name, role or organisation,
// or add a new speaker. Keyboard first: type, arrows, Enter; Escape cancels.
// The story's own speakers come first, and the list opens on the quote's
// current speaker (speaker-order.ts).
import { useEffect, useMemo, useRef, useState } from 'react';
import { fold } from '../../shared/article/fold';
import type { Speaker } from '../../shared/speakers/model';
import { speakerHue } from '../../shared/speakers/hue';
import { Modal } from '../ui/Modal';
import { SpeakerKindTag } from './SpeakerKindTag';
import { initialOption, storySpeakersFirst } from './speaker-order';
import { useSpeakers } from './speakers-context';
import { messageOf } from '../../shared/message-of';

interface Props {
  title: string;
  /** Offered first: e.g. the speaker detection suggested. */
  initialQuery?: string;
  currentSpeakerId?: string | null;
  /** Speakers tagged in this story, offered before the rest of the directory. */
  storySpeakerIds?: readonly (string | null)[];
  onChoose: (speaker: Speaker) => void;
  onUntag?: () => void;
  onCancel: () => void;
}

export function SpeakerPicker({ title, initialQuery = '', currentSpeakerId, storySpeakerIds = [], onChoose, onUntag, onCancel }: Props) {
  const { speakers, create } = useSpeakers();
  const [query, setQuery] = useState(initialQuery);
  const ordered = useMemo(() => storySpeakersFirst(speakers, storySpeakerIds), [speakers, storySpeakerIds]);
  const own = useMemo(() => new Set(storySpeakerIds), [storySpeakerIds]);
  const [active, setActive] = useState(() => (initialQuery ? 0 : initialOption(ordered.slice(0, 50), currentSpeakerId)));
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const matches = useMemo(() => {
    const q = fold(query);
    const list = q ? ordered.filter((s) => fold(`${s.name} ${s.role} ${s.organisation} ${s.laterReference}`).includes(q)) : ordered;
    return list.slice(0, 50);
  }, [ordered, query]);
  const exact = matches.some((s) => fold(s.name) === fold(query));
  const options: Array<{ kind: 'speaker'; speaker: Speaker } | { kind: 'new'; name: string }> = [
    ...matches.map((speaker) => ({ kind: 'speaker' as const, speaker })),
    ...(query.trim() && !exact ? [{ kind: 'new' as const, name: query.trim() }] : []),
  ];

  const choose = async (index: number) => {
    const option = options[index];
    if (!option) return;
    try {
      onChoose(option.kind === 'speaker' ? option.speaker : await create({ name: option.name }));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <Modal
      className="picker"
      label={title}
      onClose={onCancel}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          setActive((a) => Math.max(0, Math.min(options.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
        } else if (e.key === 'Enter') {
          e.preventDefault();
          void choose(active);
        }
      }}
    >
      <h2 className="modal-title">{title}</h2>
      <input
        ref={input}
        aria-label="Speaker"
        placeholder="Search speakers, or type a new name"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        role="combobox"
        aria-expanded="true"
        aria-controls="speaker-options"
        aria-activedescendant={options[active] ? `speaker-option-${active}` : undefined}
      />
      <ul id="speaker-options" role="listbox" aria-label="Speakers" className="picker-options">
        {options.map((option, i) => (
          <li
            key={option.kind === 'speaker' ? option.speaker.id : 'new'}
            id={`speaker-option-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'active' : undefined}
            onMouseEnter={() => setActive(i)}
            onClick={() => void choose(i)}
          >
            {option.kind === 'speaker' ? (
              <>
                <span className="speaker-swatch" style={{ ['--speaker-hue' as string]: speakerHue(option.speaker.id) }} data-speaker-id={option.speaker.id} />
                <span className="picker-name">{option.speaker.name}</span>
                <SpeakerKindTag kind={option.speaker.kind} />
                {option.speaker.id === currentSpeakerId ? <span className="dim"> · current</span> : own.has(option.speaker.id) && <span className="dim"> · in this story</span>}
                <span className="dim picker-role">{[option.speaker.role, option.speaker.organisation].filter(Boolean).join(', ')}</span>
              </>
            ) : (
              <span>
                New speaker “<b>{option.name}</b>”
              </span>
            )}
          </li>
        ))}
        {options.length === 0 && <li className="dim">Type a name to add a speaker.</li>}
      </ul>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="modal-actions">
        {onUntag && (
          <button type="button" onClick={onUntag}>
            Untag quote
          </button>
        )}
        <div className="spacer" />
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Modal>
  );
}
