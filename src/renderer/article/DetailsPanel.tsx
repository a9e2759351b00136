// The story's details beside the copy: catchline, section, tags, status,
// target length and notes. Each edit goes to the draft; leaving a field saves.
import { ARTICLE_STATUSES } from '../../shared/article/model';
import type { Draft, EditableFields } from './draft';

/** The Details tab of the side column. */
export function DetailsPanel({ fields, draft }: { fields: EditableFields; draft: Draft }) {
  const flush = () => void draft.saver.flush();
  return (
    <section className="panel" aria-label="Details">
      <h2 className="panel-title">Details</h2>
      <label className="row-field">
        <span>Catchline</span>
        <input className="mono" value={fields.catchline} onChange={(e) => draft.setField('catchline', e.target.value.toLowerCase().replace(/\s+/g, '-'))} onBlur={flush} />
      </label>
      <label className="row-field">
        <span>Section</span>
        <input value={fields.section} onChange={(e) => draft.setField('section', e.target.value)} onBlur={flush} />
      </label>
      <label className="row-field">
        <span>Tags</span>
        <input
          value={fields.tags.join(', ')}
          onChange={(e) =>
            draft.setField(
              'tags',
              e.target.value
                .split(',')
                .map((t) => t.trimStart())
                .filter((t, i, all) => t.length > 0 || i === all.length - 1),
            )
          }
          onBlur={() => {
            draft.setField('tags', draft.state.fields.tags.map((t) => t.trim()).filter(Boolean));
            flush();
          }}
          placeholder="comma, separated"
        />
      </label>
      <label className="row-field">
        <span>Status</span>
        <select value={fields.status} onChange={(e) => draft.setField('status', e.target.value as EditableFields['status'])}>
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
          onChange={(e) => draft.setField('targetWords', e.target.value === '' ? null : Math.max(0, Math.round(Number(e.target.value))))}
          onBlur={flush}
        />
      </label>
      <label className="row-field column">
        <span>Notes</span>
        <textarea rows={3} value={fields.notes} onChange={(e) => draft.setField('notes', e.target.value)} onBlur={flush} />
      </label>
    </section>
  );
}
