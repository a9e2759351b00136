// How long a field should be is the desk's advice, shown beside the field and
// in the checks; it never stops a save. The only limit that refuses is the
// whole article's size (MAX_ARTICLE_BYTES), which protects the machine, and
// it is told in words that name the field taking the room.
import { MAX_ARTICLE_BYTES } from './model';
import { countCharacters } from './text';

/** The one-line fields with a length a desk advises, as the sub sees them named. */
export const FIELD_ADVICE = {
  catchline: { label: 'catchline', advised: 40 },
  headline: { label: 'headline', advised: 120 },
  standfirst: { label: 'standfirst', advised: 400 },
  byline: { label: 'byline', advised: 120 },
  section: { label: 'section', advised: 40 },
} as const;
export type AdvisedField = keyof typeof FIELD_ADVICE;

/** One field over its advised length: for the note beside the field and the checks panel. */
export interface FieldAdvice {
  field: AdvisedField;
  characters: number;
  advised: number;
  message: string;
}

/** Advice for one field's value, or null when it is within what the desk advises. */
export function adviseField(field: AdvisedField, value: string): FieldAdvice | null {
  const { label, advised } = FIELD_ADVICE[field];
  // Cheap bound first: a string no longer in UTF-16 units than advised cannot have more characters.
  if (value.length <= advised) return null;
  const characters = countCharacters(value);
  if (characters <= advised) return null;
  const name = label[0].toUpperCase() + label.slice(1);
  return {
    field,
    characters,
    advised,
    message: `${name} is ${characters.toLocaleString('en-GB')} characters; a ${label} is usually no more than ${advised}. It saves as it is.`,
  };
}

/** Advice for every advised field of an article. */
export function adviseFields(fields: Partial<Record<AdvisedField, string>>): FieldAdvice[] {
  const out: FieldAdvice[] = [];
  for (const field of Object.keys(FIELD_ADVICE) as AdvisedField[]) {
    const value = fields[field];
    const advice = typeof value === 'string' ? adviseField(field, value) : null;
    if (advice) out.push(advice);
  }
  return out;
}

/** What each part of an article is called in a sentence for the sub. */
const PART_NAMES: Record<string, string> = {
  catchline: 'the catchline',
  headline: 'the headline',
  standfirst: 'the standfirst',
  byline: 'the byline',
  section: 'the section',
  tags: 'the tags',
  body: 'the body',
  notes: 'the notes',
  quotes: 'the quote checks',
  sources: 'the source material',
};

/** The newsroom name of an article's field or part (“the headline”), for messages. */
export function partName(key: string): string {
  return PART_NAMES[key] ?? `the ${key}`;
}

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;

/** UTF-8 length of a string without encoding it. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Null when an article (or the part of one being saved) is within the size a
 * story may have; else a sentence for the sub naming the part that takes the
 * most room. Measures the compact JSON that would be written.
 */
export function articleTooBig(parts: Record<string, unknown>, what = 'This story', limit = MAX_ARTICLE_BYTES): string | null {
  const sizes = Object.entries(parts)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key, utf8Bytes(JSON.stringify(value) ?? '')] as const);
  const total = sizes.reduce((sum, [, bytes]) => sum + bytes, 0);
  if (total <= limit) return null;
  const [largest, bytes] = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
  return (
    `${what} was not saved: at ${megabytes(total)} it is larger than a story can be (${megabytes(limit)}), ` +
    `and ${partName(largest)} takes ${megabytes(bytes)} of it. Cut ${partName(largest)} or split the story; your text is still in the editor.`
  );
}
