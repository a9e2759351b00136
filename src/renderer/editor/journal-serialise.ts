// The recovery journal's entry as a string, made mostly of strings made
// before. The journal is written every couple of seconds while the sub types,
// and stringifying a 10,000-word body each time was the typing path's
// rarest and slowest moment (and its heap's biggest churn). The settled
// document shares a block's JSON for as long as the block is unchanged, so
// each block's string is kept for as long as that JSON lives: a write
// converts the blocks typed in since the last and joins the rest.
import type { BlockNode, DocNode } from '../../shared/article/model';
import type { JournalEntry } from './recovery-journal';

const blockStrings = new WeakMap<BlockNode, string>();

/** A block's JSON text, made once for as long as the block's JSON lives. */
export function blockString(block: BlockNode): string {
  let text = blockStrings.get(block);
  if (text === undefined) blockStrings.set(block, (text = JSON.stringify(block)));
  return text;
}

/** A body made by the settled document ({ type, content } and nothing else), else null. */
export function plainDoc(body: unknown): DocNode | null {
  if (!body || typeof body !== 'object') return null;
  const doc = body as DocNode;
  const keys = Object.keys(doc);
  return doc.type === 'doc' && Array.isArray(doc.content) && keys.length === 2 && keys.includes('content') ? doc : null;
}

/** Exactly JSON.stringify(entry)'s meaning (JSON.parse of either gives the same value); the body's blocks converted once each. */
export function serialiseJournalEntry(entry: JournalEntry): string {
  const { body, ...fields } = entry.snapshot.fields;
  const doc = plainDoc(body);
  if (!doc) return JSON.stringify(entry);
  const bodyText = `{"type":"doc","content":[${doc.content.map(blockString).join(',')}]}`;
  const fieldsText = JSON.stringify(fields);
  const withBody = fieldsText === '{}' ? `{"body":${bodyText}}` : `${fieldsText.slice(0, -1)},"body":${bodyText}}`;
  const { fields: _fields, ...rest } = entry.snapshot;
  const restText = JSON.stringify(rest);
  const snapshot = restText === '{}' ? `{"fields":${withBody}}` : `{"fields":${withBody},${restText.slice(1)}`;
  const { snapshot: _snapshot, ...head } = entry;
  const headText = JSON.stringify(head);
  return headText === '{}' ? `{"snapshot":${snapshot}}` : `${headText.slice(0, -1)},"snapshot":${snapshot}}`;
}
