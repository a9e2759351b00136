// The desk's advice on a field's length, live beside the field: never a
// reason to refuse a save (shared/article/field-advice.ts says why).
import { adviseField, type AdvisedField } from '../../shared/article/field-advice';
import { cleanLine } from '../../shared/article/repair';

/** The note under a field when it runs past its advised length; nothing otherwise. */
export function FieldAdviceNote({ field, value }: { field: AdvisedField; value: string }) {
  const advice = adviseField(field, value);
  if (!advice) return null;
  return (
    <p className="field-advice" data-field={field} aria-live="polite">
      {advice.message}
    </p>
  );
}

/**
 * A field's value as the article can hold it: a one-line field loses control
 * characters (a vertical tab pasted from Word), which no export can carry.
 */
export function cleanField<T>(key: string, value: T): T {
  if (key === 'notes') return value;
  if (typeof value === 'string') return cleanLine(value) as T;
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? cleanLine(v) : v)) as T;
  return value;
}
