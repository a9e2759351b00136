// The recovery journal's body kept in parts, each a run of blocks in a
// storage item of its own, so a write while the sub types stores the part
// holding the paragraph typed in and leaves the rest alone. Written whole,
// a 10,000-word story was a 100+ KB string made and stored every two
// seconds: the biggest thing the typing path allocated, and what set off the
// garbage collections that land on keys. Crash-safe by order: new parts go
// under names never used before, then the entry that names them replaces the
// old entry in one write, and only then do the parts it no longer names go.
// A crash at any point leaves an entry whose parts are all there. After a
// save the entry goes but this window's parts stay, unnamed, until the sub
// types again (the next write reuses them) or the editor closes.
import type { BlockNode, DocNode } from '../../shared/article/model';
import { blockString } from './journal-serialise';

/** Blocks per part: a part of a long story is a few KB, and a story of a few paragraphs is one part. */
export const PART_BLOCKS = 16;

/** What the entry's body holds in place of its blocks: the names of its parts, in order. */
export interface PartsBody {
  type: 'doc';
  journalParts: string[];
}

interface Part {
  blocks: readonly BlockNode[];
  name: string;
}

/** A body written in parts, when `body` is one. */
export function partsOf(body: unknown): string[] | null {
  const parts = (body as Partial<PartsBody> | null)?.journalParts;
  return Array.isArray(parts) && parts.every((p) => typeof p === 'string') ? parts : null;
}

/** The body put back together from its parts; null when a part is missing or damaged. */
export function joinParts(storage: Storage, names: readonly string[]): DocNode | null {
  const content: BlockNode[] = [];
  for (const name of names) {
    const text = storage.getItem(name);
    if (text === null) return null;
    const blocks = JSON.parse(text) as unknown;
    if (!Array.isArray(blocks)) return null;
    content.push(...(blocks as BlockNode[]));
  }
  return { type: 'doc', content };
}

const sameBlocks = (a: readonly BlockNode[], b: readonly BlockNode[]) => a.length === b.length && a.every((block, i) => block === b[i]);

/** One window's part writer: remembers, per article, the parts its last entry named. */
export function partWriter(storage: Storage, prefix: (articleId: string) => string) {
  /** Parts this window's last entry for each article named. */
  const written = new Map<string, Part[]>();
  // Names no other window (and no earlier page in this one) will use: two windows on one story never overwrite each other's parts.
  const window = Math.random().toString(36).slice(2, 10);
  let made = 0;
  // Another window on the same story wrote or cleared its entry: a part this one would reuse may be gone, so its next write stores every part.
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.storageArea !== storage) return;
    for (const articleId of [...written.keys()]) if (event.key === null || event.key.startsWith(prefix(articleId))) written.delete(articleId);
  });

  /** Every part stored for the article, by whichever window or page wrote it. */
  const storedParts = (articleId: string): string[] => {
    const start = `${prefix(articleId)}.part.`;
    const names: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const name = storage.key(i);
      if (name?.startsWith(start)) names.push(name);
    }
    return names;
  };

  return {
    /**
     * Stores the parts of `doc` not stored before and then `head(body)`, the entry naming them; then
     * removes the parts the entry before named and this one does not. Throws (storage full) with the
     * entry before left whole.
     */
    write(articleId: string, doc: DocNode, head: (body: PartsBody) => string): void {
      const before = written.get(articleId);
      // Another window may have removed a part before its storage event reached this one: reuse only what is still
      // stored (names only are read), or the entry would name a part that is gone and lose every word.
      const stored = before ? new Set(storedParts(articleId)) : null;
      const parts: Part[] = [];
      const fresh: string[] = [];
      try {
        for (let i = 0, n = 0; i < doc.content.length; i += PART_BLOCKS, n++) {
          const blocks = doc.content.slice(i, i + PART_BLOCKS);
          const old = before?.[n];
          if (old && stored?.has(old.name) && sameBlocks(old.blocks, blocks)) {
            parts.push(old);
            continue;
          }
          const name = `${prefix(articleId)}.part.${window}.${++made}`;
          storage.setItem(name, `[${blocks.map(blockString).join(',')}]`);
          fresh.push(name);
          parts.push({ blocks, name });
        }
        storage.setItem(prefix(articleId), head({ type: 'doc', journalParts: parts.map((p) => p.name) }));
      } catch (error) {
        for (const name of fresh) storage.removeItem(name);
        throw error;
      }
      written.set(articleId, parts);
      const named = new Set(parts.map((p) => p.name));
      // The first write here also clears what an earlier page or another window left.
      for (const name of before ? before.map((p) => p.name) : storedParts(articleId)) if (!named.has(name)) storage.removeItem(name);
    },

    /**
     * The article's entry went (a save succeeded): the parts this window wrote stay, unnamed, so the
     * next write after the sub types again stores only the part typed in, not the whole story again;
     * any other window's or earlier page's go.
     */
    cleared(articleId: string): void {
      const mine = new Set(written.get(articleId)?.map((p) => p.name));
      for (const name of storedParts(articleId)) if (!mine.has(name)) storage.removeItem(name);
    },

    /** The editor is going: the parts this window wrote that the stored entry does not name go (an entry's own parts stay). */
    close(articleId: string): void {
      const mine = written.get(articleId);
      written.delete(articleId);
      if (!mine) return;
      let named = new Set<string>();
      try {
        named = new Set(partsOf((JSON.parse(storage.getItem(prefix(articleId)) ?? 'null') as { snapshot?: { fields?: { body?: unknown } } } | null)?.snapshot?.fields?.body) ?? []);
      } catch {
        // A damaged entry names nothing.
      }
      for (const { name } of mine) if (!named.has(name)) storage.removeItem(name);
    },
  };
}
