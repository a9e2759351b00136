// Speaker records the directory cannot read (a name over the limit, a record
// from a newer Galley, something that is not a speaker at all). One bad
// record must not cost the desk every other speaker: it is set aside, the
// rest load, and the record is kept twice over: left in speakers.json exactly
// as it was (the directory writes it back untouched) and copied, with the
// reason, into quarantine/speakers-set-aside.json, which is only ever added to.
import { join } from 'node:path';
import { z } from 'zod';
import { Speaker } from '../../shared/speakers/model';
import type { JsonFiles } from '../store/json-file';
import type { Quarantine } from '../store/quarantine';

/** The directory file as read: any records, and any other fields a newer Galley wrote (kept as they are). */
export const LooseDirectoryFile = z.looseObject({ speakers: z.array(z.unknown()) });

/** A record the directory could not read, and why. */
export interface SetAsideRecord {
  record: unknown;
  reason: string;
}

const KeptFile = z.object({ setAside: z.array(z.object({ at: z.string(), reason: z.string(), record: z.unknown() })) });

/** The file under quarantine/ that keeps every record ever set aside. */
export const SET_ASIDE_FILE = 'speakers-set-aside.json';

/** The readable speakers, and the records set aside with a reason each. */
export function splitRecords(records: readonly unknown[]): { speakers: Speaker[]; setAside: SetAsideRecord[] } {
  const speakers: Speaker[] = [];
  const setAside: SetAsideRecord[] = [];
  records.forEach((record, i) => {
    const parsed = Speaker.safeParse(record);
    if (parsed.success) speakers.push(parsed.data);
    else setAside.push({ record, reason: `record ${i + 1}${nameOf(record)}: ${why(record, parsed.error.issues[0])}` });
  });
  return { speakers, setAside };
}

function nameOf(record: unknown): string {
  const name = typeof record === 'object' && record !== null ? (record as { name?: unknown }).name : undefined;
  if (typeof name !== 'string' || !name.trim()) return '';
  return ` (“${name.length > 40 ? `${name.slice(0, 39)}…` : name}”)`;
}

/** The first thing wrong with a record, in words a sub can act on. */
function why(record: unknown, issue: z.core.$ZodIssue | undefined): string {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'it is not a speaker record';
  if (!issue) return 'it is not a speaker record';
  const field = issue.path.map(String).join('.') || 'the record';
  if (issue.code === 'too_big' && issue.origin === 'string') return `${field} is longer than ${issue.maximum} characters`;
  if (issue.code === 'too_small' && issue.origin === 'string') return `${field} is empty`;
  if (issue.code === 'unrecognized_keys') return `it has fields this Galley does not know (${issue.keys.join(', ')})`;
  if (issue.code === 'invalid_type') return `${field} is missing or of the wrong kind`;
  return `${field}: ${issue.message}`;
}

/**
 * Copies records not copied before into quarantine/speakers-set-aside.json and
 * lists speakers.json among the damaged files with the reasons. Never throws:
 * the directory opens whatever the disk says.
 */
export async function keepSetAside(setAside: readonly SetAsideRecord[], files: JsonFiles, quarantine: Quarantine, at: string): Promise<void> {
  if (setAside.length === 0) return;
  const path = join(quarantine.folder, SET_ASIDE_FILE);
  try {
    await files.fs.mkdir(quarantine.folder, { recursive: true });
    const read = await files.read(path, KeptFile);
    const kept = read.kind === 'ok' ? [...read.value.setAside] : [];
    const known = new Set(kept.map((k) => JSON.stringify(k.record)));
    const fresh = setAside.filter((s) => !known.has(JSON.stringify(s.record)));
    // A copy file that cannot be read is not overwritten: the records stay in speakers.json all the same.
    if (fresh.length > 0 && read.kind !== 'damaged') {
      await files.write(path, { setAside: [...kept, ...fresh.map((s) => ({ at, reason: s.reason, record: s.record }))] }, 'the set-aside speaker records');
    }
  } catch {
    // The report below still says what was set aside.
  }
  const count = setAside.length === 1 ? '1 speaker record could not be read and was' : `${setAside.length} speaker records could not be read and were`;
  await quarantine.noteSetAside(
    'speakers.json',
    path,
    `${count} set aside; the other speakers load. They stay in speakers.json as they were, and a copy is kept in quarantine/${SET_ASIDE_FILE}. ${setAside.map((s) => s.reason).join('; ')}.`,
  );
}
