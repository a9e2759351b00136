// A journal entry as the article may hold it. The journal keeps what the
// editor held, which an older Galley (or a bad paste before the repair step
// existed) may have let in: a quote id the model refuses, a control
// character in a headline. Restoring it must not make the story unsaveable,
// so every part is repaired, and a record that cannot be is left out.
import { ARTICLE_STATUSES, QuoteRecord, SourceMaterial, type ArticleFields } from '../../shared/article/model';
import { cleanLine, repairDoc } from '../../shared/article/repair';
import type { Snapshot } from './autosave';

const LINES = ['catchline', 'headline', 'standfirst', 'byline', 'section'] as const;

/** The snapshot with every field, quote record and source the contract would accept; the rest dropped. */
export function repairSnapshot(snapshot: Snapshot, knownSpeakerIds: ReadonlySet<string> | null): Snapshot {
  const raw = snapshot.fields as Record<string, unknown>;
  const fields: Partial<ArticleFields> = {};
  for (const key of LINES) if (typeof raw[key] === 'string') fields[key] = cleanLine(raw[key] as string);
  if (Array.isArray(raw.tags)) fields.tags = raw.tags.filter((t): t is string => typeof t === 'string').map(cleanLine);
  if (typeof raw.status === 'string' && (ARTICLE_STATUSES as readonly string[]).includes(raw.status)) fields.status = raw.status as ArticleFields['status'];
  if (raw.targetWords === null || (typeof raw.targetWords === 'number' && Number.isInteger(raw.targetWords) && raw.targetWords >= 0)) fields.targetWords = raw.targetWords as number | null;
  if (typeof raw.notes === 'string') fields.notes = raw.notes;
  if (raw.body !== undefined) fields.body = repairDoc(raw.body, { knownSpeakerIds }).value;
  const out: Snapshot = { fields };
  if (Array.isArray(snapshot.quotes)) out.quotes = snapshot.quotes.flatMap((q) => validOrNothing(QuoteRecord, q));
  if (Array.isArray(snapshot.sources)) out.sources = snapshot.sources.flatMap((s) => validOrNothing(SourceMaterial, s));
  return out;
}

function validOrNothing<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false } }, value: unknown): T[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [parsed.data] : [];
}
