// Rebuilding the library index from the article files at open: index.json is
// a cache of summaries, checked against each file's mtime and size, so only
// new and changed files are read (and validated); a file that cannot be read
// goes to the quarantine with the reason, and never stops the library opening.
import { ArticleFile } from '../../shared/article/model';
import { describeFsError, isCode, type JsonFiles } from './json-file';
import { summarise, type IndexEntry } from './library-index';
import type { Quarantine } from './quarantine';
import type { Stats } from 'node:fs';
import type { StoreFs } from './store-fs';

const ARTICLE_FILE = /^([a-z0-9][a-z0-9-]{5,63})\.json$/;

/** What reconciling a folder reads through and reports to. */
export interface FolderReaders {
  fs: StoreFs;
  /**
   * A stat that answers at once, when the store reads through node:fs itself: a library of 10,000
   * stories stats 10,000 files at open, and each stat through a promise costs several times the stat
   * (bench: open library). Absent when a test hands in its own calls, so its faults still reach the store.
   */
  statNow?: (path: string) => Stats;
  files: JsonFiles;
  quarantine: Quarantine;
}

/** Brings cached summaries in line with the files in `dir`: new, changed and vanished files; `changed` when the index must be written again. */
export async function reconcileFolder(dir: string, cached: Record<string, IndexEntry>, { fs, files, quarantine, statNow }: FolderReaders): Promise<{ entries: Record<string, IndexEntry>; changed: boolean }> {
  const entries: Record<string, IndexEntry> = {};
  let changed = false;
  let names: string[] = [];
  try {
    names = await fs.readdir(dir);
  } catch (error) {
    // An unreadable folder does not stop Galley: it opens without those articles and says why.
    if (!isCode(error, 'ENOENT')) {
      await quarantine.note(dir, `the folder cannot be read: ${describeFsError(error)}`);
      return { entries: cached, changed: false };
    }
  }
  const work: Array<() => Promise<void>> = [];
  for (const name of names) {
    if (name.startsWith('.')) continue; // steno's temp files and OS litter
    const match = ARTICLE_FILE.exec(name);
    const path = `${dir}/${name}`;
    if (!match) {
      if (name.endsWith('.json')) work.push(async () => void (await quarantine.put(path, 'the file name is not an article id')));
      continue;
    }
    const id = match[1];
    work.push(async () => {
      const entry = cached[id];
      let info;
      try {
        info = statNow ? statNow(path) : await fs.stat(path);
      } catch (error) {
        if (isCode(error, 'ENOENT')) return; // removed while we looked (another process deleted it)
        changed = true;
        await quarantine.put(path, describeFsError(error));
        return;
      }
      if (entry && !info.isDirectory() && entry.mtimeMs === info.mtimeMs && entry.size === info.size) {
        entries[id] = entry;
        return;
      }
      changed = true;
      const outcome = await files.read(path, ArticleFile);
      if (outcome.kind === 'ok' && outcome.value.id === id) entries[id] = summarise(outcome.value, info);
      else if (outcome.kind === 'ok') await quarantine.put(path, `the file holds article ${outcome.value.id}, not ${id}`);
      else if (outcome.kind === 'damaged' && outcome.transient && entry) entries[id] = entry; // try again next time
      else if (outcome.kind === 'damaged' && !outcome.transient) await quarantine.put(path, outcome.reason);
    });
  }
  await runLimited(work, 16);
  if (Object.keys(cached).some((id) => !(id in entries))) changed = true;
  return { entries, changed };
}

/** Runs `tasks` with at most `limit` in flight. */
export async function runLimited(tasks: Array<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const task = tasks[next++];
      await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}
