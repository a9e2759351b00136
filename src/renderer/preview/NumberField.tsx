// A number the sub types: held as typed until it is a value the slot can
// take, so that typing "12" does not snap to the minimum at "1"; put back to
// the value in force when the field is left.
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
        onChange={(e) => {
          setDraft(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value !== '' && Number.isFinite(n) && n >= min && n <= max) onChange(n);
        }}
        onBlur={() => setDraft(String(value))}
      />
      {unit ? <span className="preview-unit">{unit}</span> : null}
    </span>
  );
}
