// A number the sub types: held as typed until it is a value the slot can
// take, so that typing "12" does not snap to the minimum at "1". The allowed
// range stands beside the field; a value out of it stays as typed, marked
// invalid and named as refused, while the value in force is kept.
import { useEffect, useId, useState } from 'react';

interface Props {
  label: string;
  unit?: string;
  value: number;
  min: number;
  max: number;
  step: number;
  onChange(value: number): void;
}

export function NumberField({ label, unit, value, min, max, step, onChange }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const n = Number(draft);
  const refused = draft.trim() !== '' && !(Number.isFinite(n) && n >= min && n <= max);
  const range = `${min}–${max}${unit ? ` ${unit}` : ''}`;
  return (
    <span className="preview-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        min={min}
        max={max}
        step={step}
        value={draft}
        aria-invalid={refused || undefined}
        aria-describedby={`${id}-range`}
        onChange={(e) => {
          setDraft(e.target.value);
          const typed = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(typed) && typed >= min && typed <= max) onChange(typed);
        }}
        // Left empty: the value in force comes back. Left refused: it stays, so the refusal is seen.
        onBlur={() => draft.trim() === '' && setDraft(String(value))}
      />
      <span id={`${id}-range`} className="preview-range">
        {range}
      </span>
      {refused ? (
        <span role="alert" className="preview-refused">
          {label} {draft}
          {unit ? ` ${unit}` : ''} refused: the layout takes {range}.
        </span>
      ) : null}
    </span>
  );
}
