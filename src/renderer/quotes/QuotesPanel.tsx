// Every quote in the story, in order, with who said it and how it stands
// against the source material; detection's suggestions above, to accept,
// change or reject. Clicking a quote selects it in the text.
import type { Editor } from '@tiptap/react';
import { useMemo, useState } from 'react';
import type { QuoteRecord, SourceMaterial } from '../../shared/article/model';
import { COMMANDS } from '../../shared/commands';
import { standingOf } from '../../shared/quotes/standing';
import { formatShortcut, withShortcut } from '../ui/shortcuts';
import { speakerHue } from '../../shared/speakers/hue';
import { selectQuote } from './quote-commands';
import { SpeakerKindTag } from './SpeakerKindTag';
import { useSpeakers } from './speakers-context';
import type { Suggestion } from './use-suggestions';
import type { QuoteModel } from './use-quote-model';

interface Props {
  editor: Editor;
  model: QuoteModel;
  records: QuoteRecord[];
  sources: SourceMaterial[];
  suggestions: Suggestion[];
  onDetect(): void;
  onAccept(ids: string[]): void;
  onReject(ids: string[]): void;
  onChangeSuggestionSpeaker(id: string): void;
  onCheckByHand(quoteId: string, text: string, note: string): void;
}

const STATUS_TEXT: Record<string, string> = {
  verbatim: 'Verbatim',
  differs: 'Differs from source',
  'not-found': 'Not in sources',
  'checked-by-hand': 'Checked by hand',
  'changed-since-check': 'Changed since checked',
  unchecked: 'Unchecked',
  verified: 'Verified',
};

export function QuotesPanel(props: Props) {
  const { editor, model, records, sources, suggestions } = props;
  const { byId } = useSpeakers();
  const [filter, setFilter] = useState<string>('');
  const [open, setOpen] = useState<string | null>(null);
  const [note, setNote] = useState('');

  const standings = useMemo(() => new Map(model.tagged.map((q) => [q.quoteId, standingOf(q, records, sources)])), [model, records, sources]);

  // Who is quoted, with counts, in order of first appearance.
  const quoted = useMemo(() => {
    const counts = new Map<string | null, number>();
    for (const q of model.tagged) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
    return [...counts.entries()];
  }, [model]);

  const shown = filter ? model.tagged.filter((q) => (filter === 'none' ? q.speakerId === null : q.speakerId === filter)) : model.tagged;
  const nameOf = (id: string | null) => (id ? (byId.get(id)?.name ?? 'Unknown speaker') : 'No speaker');

  return (
    <section className="panel quotes-panel" aria-label="Quotes">
      <div className="panel-head">
        <h2 className="panel-title">Quotes</h2>
        <div className="spacer" />
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={props.onDetect} title={withShortcut('Find the direct quotes and suggest who said each', COMMANDS['detect-quotes'].shortcut)}>
          Detect quotes
        </button>
      </div>

      {suggestions.length > 0 && (
        <div className="suggestions" role="region" aria-label="Suggested quotes">
          <div className="panel-head">
            <span>
              {suggestions.length} suggested
            </span>
            <div className="spacer" />
            <button type="button" onClick={() => props.onAccept(suggestions.map((s) => s.id))}>
              Accept all
            </button>
            <button type="button" className="ghost" onClick={() => props.onReject(suggestions.map((s) => s.id))}>
              Reject all
            </button>
          </div>
          <ol className="quote-list">
            {suggestions.map((s) => (
              <li key={s.id} className="quote-item suggestion" aria-label={`Suggested quote ${s.quote.number}`}>
                <div className="quote-text">“{clip(s.text)}”</div>
                <div className="quote-meta">
                  <button type="button" className="link" onClick={() => props.onChangeSuggestionSpeaker(s.id)} aria-label={`${s.speaker ? s.speaker.name : 'No speaker found'}: change speaker of suggested quote ${s.quote.number}`}>
                    {s.speaker ? s.speaker.name : 'No speaker found'}
                  </button>
                  {s.speaker && <SpeakerKindTag kind={s.speaker.directoryId ? byId.get(s.speaker.directoryId)?.kind : s.speaker.detected?.kind} />}
                  {s.speaker && <span className="dim">{s.speaker.directoryId ? '(in the directory)' : '(new speaker)'}</span>}
                  {s.quote.cue && <span className="dim">“{s.quote.cue}”</span>}
                  <div className="spacer" />
                  <button type="button" className="small" onClick={() => props.onAccept([s.id])} aria-label={`Accept suggested quote ${s.quote.number}`}>
                    Accept
                  </button>
                  <button type="button" className="small ghost" onClick={() => props.onReject([s.id])} aria-label={`Reject suggested quote ${s.quote.number}`}>
                    Reject
                  </button>
                </div>
              </li>
            ))}
          </ol>
        </div>
      )}

      {quoted.length > 0 && (
        <div className="quoted-speakers" role="region" aria-label="Speakers quoted">
          <h3 className="sub-title">Speakers</h3>
          <ul>
            {quoted.map(([id, count]) => (
              <li key={id ?? 'none'}>
                <button type="button" className={`speaker-chip ${filter === (id ?? 'none') ? 'on' : ''}`} aria-pressed={filter === (id ?? 'none')} onClick={() => setFilter((f) => (f === (id ?? 'none') ? '' : (id ?? 'none')))}>
                  <span className="speaker-swatch" style={{ ['--speaker-hue' as string]: id ? speakerHue(id) : 0 }} data-speaker-id={id ?? undefined} data-none={id ? undefined : 'true'} />
                  <span className="speaker-name">{nameOf(id)}</span>
                  {id && <SpeakerKindTag kind={byId.get(id)?.kind} />}
                  <span className="count">{count}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}

      <ol className="quote-list" aria-label="Tagged quotes">
        {shown.map((q) => {
          const standing = standings.get(q.quoteId)!;
          // The sub's own judgement stands over the comparison, as in the checks panel (shared/quotes/checks.ts).
          const state = standing.status === 'changed-since-check' || standing.status === 'checked-by-hand' ? standing.status : (standing.comparison?.verdict ?? standing.status);
          const expanded = open === q.quoteId;
          return (
            <li key={q.quoteId} className="quote-item" data-quote-id={q.quoteId}>
              <button
                type="button"
                className="quote-button"
                onClick={() => {
                  selectQuote(editor, q.quoteId);
                  setOpen(expanded ? null : q.quoteId);
                }}
                aria-expanded={expanded}
              >
                <span className="speaker-swatch" style={{ ['--speaker-hue' as string]: q.speakerId ? speakerHue(q.speakerId) : 0 }} data-speaker-id={q.speakerId ?? undefined} data-none={q.speakerId ? undefined : 'true'} />
                <span className="quote-speaker">
                  {nameOf(q.speakerId)}
                  {q.speakerId && <SpeakerKindTag kind={byId.get(q.speakerId)?.kind} />}
                </span>
                <span className={`integrity integrity-${state}`}>{STATUS_TEXT[state]}</span>
                <span className="quote-text">“{clip(q.text)}”</span>
              </button>
              {expanded && (
                <div className="quote-detail">
                  {standing.comparison?.verdict === 'differs' && standing.comparison.diff && (
                    <p className="diff" aria-label="Differences from the source">
                      {standing.comparison.diff.map((d, i) => (
                        <span key={i} className={`diff-${d.op}`}>
                          {d.text}{' '}
                        </span>
                      ))}
                    </p>
                  )}
                  {standing.comparison?.passage && (
                    <p className="dim source-passage">
                      Source ({sources.find((s) => s.id === standing.comparison!.sourceId)?.label}): “{clip(standing.comparison.passage, 240)}”
                    </p>
                  )}
                  <div className="check-row">
                    <input aria-label="Check note" placeholder="Note, e.g. “confirmed by phone”" value={note} onChange={(e) => setNote(e.target.value)} />
                    <button
                      type="button"
                      onClick={() => {
                        props.onCheckByHand(q.quoteId, q.text, note);
                        setNote('');
                      }}
                    >
                      Mark checked
                    </button>
                  </div>
                </div>
              )}
            </li>
          );
        })}
        {model.tagged.length === 0 && suggestions.length === 0 && (
          <li className="dim empty-note">No quotes tagged. Select a quote and press {formatShortcut(COMMANDS['tag-quote'].shortcut!)}, or detect them.</li>
        )}
      </ol>
    </section>
  );
}

const clip = (s: string, n = 140) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
