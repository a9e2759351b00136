// Which revisions a story keeps as its history grows. Checkpoints are taken
// every few minutes while a sub works, so a story subbed over a week would
// gather hundreds; the ones that matter later are the recent ones and the
// decisions (filed, named, restored), so only old checkpoints are thinned.
import type { Revision } from './model';

export interface ThinningPolicy {
  /** Every checkpoint younger than this is kept. */
  keepAllMs: number;
  /** Older checkpoints: one per bucket of this length (the latest in it). */
  bucketMs: number;
  /** At most this many checkpoints in all: the oldest go first. */
  maxCheckpoints: number;
}

/** All of the last day, one an hour before that, never more than two hundred checkpoints (a long day's subbing at one per five minutes is under that). */
export const THINNING: ThinningPolicy = { keepAllMs: 24 * 3_600_000, bucketMs: 3_600_000, maxCheckpoints: 200 };

/**
 * The revisions to keep, in their order. Filed, named and restored revisions
 * are always kept; checkpoints are kept if recent, else the latest of their
 * hour, and then only the newest `maxCheckpoints` of them.
 */
export function thinRevisions<R extends Pick<Revision, 'kind' | 'at'>>(revisions: readonly R[], now: Date, policy: ThinningPolicy = THINNING): R[] {
  const nowMs = now.getTime();
  const keep = new Set<R>();
  const latestInBucket = new Map<number, R>();
  for (const revision of revisions) {
    if (revision.kind !== 'checkpoint') {
      keep.add(revision);
      continue;
    }
    const at = Date.parse(revision.at);
    if (nowMs - at < policy.keepAllMs) {
      keep.add(revision);
      continue;
    }
    const bucket = Math.floor(at / policy.bucketMs);
    const held = latestInBucket.get(bucket);
    if (!held || Date.parse(held.at) <= at) latestInBucket.set(bucket, revision);
  }
  for (const revision of latestInBucket.values()) keep.add(revision);
  const checkpoints = revisions.filter((r) => r.kind === 'checkpoint' && keep.has(r));
  for (const revision of checkpoints.slice(0, Math.max(0, checkpoints.length - policy.maxCheckpoints))) keep.delete(revision);
  return revisions.filter((r) => keep.has(r));
}
