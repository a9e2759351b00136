// The changes of one comparison as a list a sub reads down: fields first, then
// the quotes whose words or speaker changed (what a lawyer looks for), then
// each change in the body, with a button to put that one change back.
import type { Comparison, TextPart } from '../../shared/history/compare';

const FIELD_LABELS: Record<string, string> = {
  headline: 'Headline',
  standfirst: 'Standfirst',
  byline: 'Byline',
  catchline: 'Catchline',
  section: 'Section',
  tags: 'Tags',
  status: 'Status',
  targetWords: 'Target words',
  notes: 'Notes',
};

const QUOTE_KINDS = { words: 'Quote’s words changed', speaker: 'Quote’s speaker changed', tagged: 'Quote tagged since', untagged: 'Quote no longer tagged' };

export function Marked({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.op === 'same' ? <span key={i}>{p.text}</span> : p.op === 'deleted' ? <del key={i} className="history-del">{p.text}</del> : <ins key={i} className="history-ins">{p.text}</ins>,
      )}
    </>
  );
}

export function ChangeList({ comparison, canPutBack, onPutBack }: { comparison: Comparison; canPutBack: boolean; onPutBack: (index: number) => void }) {
  const { fields, quotes, body } = comparison;
  if (!fields.length && !quotes.length && !body.length) return <p className="history-none">No changes.</p>;
  return (
    <div className="history-changes">
      {fields.length > 0 && (
        <dl className="history-fields" aria-label="Changed fields">
          {fields.map((f) => (
            <div key={f.field}>
              <dt>{FIELD_LABELS[f.field] ?? f.field}</dt>
              <dd>
                <Marked parts={f.parts} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {quotes.length > 0 && (
        <ul className="history-quotes" aria-label="Changed quotes">
          {quotes.map((q) => (
            <li key={q.quoteId} className={`quote-change ${q.kind}`}>
              <strong>{QUOTE_KINDS[q.kind]}:</strong> <Marked parts={q.parts} />
            </li>
          ))}
        </ul>
      )}
      {body.length > 0 && (
        <ol className="history-body-changes" aria-label="Changes in the body">
          {body.map((c, i) => (
            <li key={`${c.fromB}-${i}`}>
              {c.deleted && <del className="history-del">{c.deleted}</del>}
              {c.deleted && c.inserted ? ' → ' : ''}
              {c.inserted && <ins className="history-ins">{c.inserted}</ins>}
              {c.quoteIds.length > 0 && <span className="history-in-quote"> (in a quote)</span>}
              {canPutBack && (
                <button type="button" className="history-put-back" onClick={() => onPutBack(i)} aria-label={`Put back change ${i + 1}`}>
                  Put back
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
