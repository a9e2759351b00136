// The headline, standfirst and byline above the body, set as they will read.
// Headline and standfirst are one line each however they are typed or pasted.
import { FieldAdviceNote } from '../editor/FieldAdvice';
import type { Draft, EditableFields } from './draft';

/** The three fields set above the body copy. */
export function CopyFields({ fields, draft }: { fields: EditableFields; draft: Draft }) {
  const flush = () => void draft.saver.flush();
  return (
    <>
      <label className="field field-headline">
        <span className="field-label">Headline</span>
        <textarea rows={1} className="headline-input" value={fields.headline} onChange={(e) => draft.setField('headline', e.target.value.replace(/\n/g, ' '))} onBlur={flush} placeholder="Headline" />
      </label>
      <FieldAdviceNote field="headline" value={fields.headline} />
      <label className="field field-standfirst">
        <span className="field-label">Standfirst</span>
        <textarea
          rows={2}
          className="standfirst-input"
          value={fields.standfirst}
          onChange={(e) => draft.setField('standfirst', e.target.value.replace(/\n/g, ' '))}
          onBlur={flush}
          placeholder="Standfirst: the one- or two-sentence summary"
        />
      </label>
      <FieldAdviceNote field="standfirst" value={fields.standfirst} />
      <label className="field field-byline">
        <span className="field-label">Byline</span>
        <input className="byline-input" value={fields.byline} onChange={(e) => draft.setField('byline', e.target.value)} onBlur={flush} placeholder="By …" />
      </label>
      <FieldAdviceNote field="byline" value={fields.byline} />
    </>
  );
}
