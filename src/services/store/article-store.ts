// The article library on disk: one lowdb file per article under articles/,
// a trash beside it, index.json as a cache of summaries, and a quarantine for
// files that cannot be read. Within a process every write to one article
// goes through that article's queue; across processes (two app instances,
// the app and browser mode) through that article's lock file.
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  Article,
  ArticleFile,
  ArticleId,
  blankFields,
  MAX_ARTICLE_BYTES,
  type ArticleFields,
  type ArticleSummary,
  type DamagedFile,
  type QuoteRecord,
  type SourceMaterial,
} from '../../shared/article/model';
import { articleTooBig } from '../../shared/article/field-advice';
import type { LibraryListing, SearchHit } from '../../shared/contract/api';
import { GalleyError } from '../../shared/contract/errors';
import { ArticleLocks, type LockOptions } from './article-lock';
import { ArticleQueue } from './article-queue';
import { sweepTemps } from './atomic-file';
import { describeFsError, isCode, JsonFiles } from './json-file';
import { libraryLayout, type LibraryLayout } from './layout';
import { IndexFile, summarise, toSummary, type IndexEntry } from './library-index';
import { reconcileFolder } from './index-rebuild';
import { keepUnchanged } from './kept-json';
import { Quarantine } from './quarantine';
import { articleText, fillSearch } from './search-fill';
import { readSearchFile, writeSearchFile } from './search-file';
import { SearchIndex, searchableText } from './search-index';
import { SearchTexts } from './search-texts';
import { nodeFs, type StoreFs } from './store-fs';

export interface ArticleStoreOptions {
  /** The library folder. */
  root: string;
  now?: () => Date;
  /** How long index.json may lag behind the article files; it is a cache, rebuilt when stale. */
  indexFlushMs?: number;
  /** The file-system calls the store makes; node:fs/promises unless a test injects faults. */
  fs?: StoreFs;
  /** Waiting for, and breaking, another process's lock on an article. */
  lock?: LockOptions;
  /** How long after opening the search index is loaded if no search asks for it first: after the list has painted. */
  searchLoadMs?: number;
}

export interface ArticleChange {
  fields?: Partial<ArticleFields>;
  quotes?: QuoteRecord[];
  sources?: SourceMaterial[];
  exported?: Article['exported'];
}

export class ArticleStore {
  readonly layout: LibraryLayout;
  readonly #fs: StoreFs;
  readonly #files: JsonFiles;
  readonly #locks: ArticleLocks;
  readonly #now: () => Date;
  readonly #quarantine: Quarantine;
  /** Loaded after the library opens (search-index.bin, then the stories it lacks): the list never waits for it. */
  #search: SearchIndex | null = null;
  #searchLoading: Promise<void> | null = null;
  #texts: SearchTexts;
  #searchTimer: NodeJS.Timeout | null = null;
  readonly #searchLoadMs: number;
  /** The search index's changes when it was last written to disk. */
  #searchWritten = -1;
  #closed = false;
  #index: IndexFile = { version: 1, articles: {}, trash: {} };
  /** The articles newest first, as the list asks for them every time the window loads; dropped when the index changes. */
  #newestFirst: IndexEntry[] | null = null;
  /** The whole listing last answered, for the newest-first list it was made from and the damaged files then. */
  #whole: { of: IndexEntry[]; damaged: readonly DamagedFile[]; listing: LibraryListing } | null = null;
  readonly #queue = new ArticleQueue();
  #indexTimer: NodeJS.Timeout | null = null;
  readonly #indexFlushMs: number;
  #searchReady: Promise<void> = Promise.resolve();
  readonly #savedSinceOpen = new Set<string>();

  private constructor(options: ArticleStoreOptions) {
    this.layout = libraryLayout(options.root);
    this.#fs = options.fs ?? nodeFs;
    this.#files = new JsonFiles(this.#fs);
    this.#locks = new ArticleLocks(this.#fs, options.lock);
    this.#now = options.now ?? (() => new Date());
    this.#quarantine = new Quarantine(this.layout, this.#files, this.#now);
    // index.json is a cache checked against each file's mtime and size at open, so it may trail
    // the articles by a while; rewriting all 10,000 summaries after every autosave would not be cheap.
    this.#indexFlushMs = options.indexFlushMs ?? 30_000;
    this.#searchLoadMs = options.searchLoadMs ?? 1000;
    this.#texts = new SearchTexts(this.layout);
  }

  /** Opens (creating if needed) a library folder. Damaged files are quarantined, never fatal. */
  static async open(options: ArticleStoreOptions): Promise<ArticleStore> {
    const store = new ArticleStore(options);
    await store.#open();
    return store;
  }

  async #open(): Promise<void> {
    await this.#quarantine.load();
    for (const dir of [this.layout.articles, this.layout.trash]) await this.#ensureFolder(dir);
    // Temp files of saves that a crash interrupted: the saved file is intact, the temp is litter.
    for (const dir of [this.layout.root, this.layout.articles, this.layout.trash]) await sweepTemps(dir, this.#fs);
    const cached = await this.#files.read(this.layout.index, IndexFile);
    const previous: IndexFile = cached.kind === 'ok' ? cached.value : { version: 1, articles: {}, trash: {} };
    let changed = cached.kind !== 'ok';
    const folders = { fs: this.#fs, files: this.#files, quarantine: this.#quarantine, statNow: this.#fs === nodeFs ? statSync : undefined };
    const articles = await reconcileFolder(this.layout.articles, previous.articles, folders);
    const trash = await reconcileFolder(this.layout.trash, previous.trash, folders);
    changed ||= articles.changed || trash.changed;
    this.#index = { version: 1, articles: articles.entries, trash: trash.entries };
    if (changed) await this.#writeIndex().catch(() => {});
    this.#searchTimer = setTimeout(() => void this.#loadSearch(), this.#searchLoadMs);
    this.#searchTimer.unref?.();
  }

  /**
   * The search index from search-index.bin, then brought in line with the library in the
   * background; without a usable file, headlines are searchable at once and bodies follow.
   * Written back once it is whole, so the next open reads one file instead of every story.
   */
  #loadSearch(): Promise<void> {
    this.#searchLoading ??= (async () => {
      if (this.#searchTimer) clearTimeout(this.#searchTimer);
      const file = readSearchFile(this.layout.searchIndex);
      if (file) this.#texts.adopt(file);
      const packed = file?.index;
      const texts = this.#texts;
      const search = new SearchIndex(async (id) => texts.read(id), packed, (id) => texts.head(id));
      // Stamped as no file, so the fill reads each of these for its body.
      if (!packed) for (const entry of Object.values(this.#index.articles)) search.set(entry.id, entry.headline, '');
      this.#searchWritten = packed ? search.changes : -1;
      this.#search = search;
      this.#searchReady = fillSearch(this.#index.articles, { files: this.#files, layout: this.layout, search, texts, savedSince: this.#savedSinceOpen, stopped: () => this.#closed })
        .then(() => this.#writeSearch())
        .catch(() => {});
    })();
    return this.#searchLoading;
  }

  /**
   * Writes search-index.bin when it was built here or enough stories changed since it was read or
   * last written. Writing it rewrites every story's text, so a few changed stories are left for the
   * next open to read again (their files no longer match). A cache: a failure costs only time then.
   */
  async #writeSearch(): Promise<void> {
    const search = this.#search;
    if (!search || (this.#searchWritten >= 0 && search.changes - this.#searchWritten < REWRITE_AFTER_CHANGES)) return;
    const changes = search.changes;
    const held = this.#texts.held();
    try {
      const file = await writeSearchFile(this.layout.searchIndex, search.packed(), (id) => this.#texts.read(id), this.#fs);
      this.#texts.adopt(file, held);
      this.#searchWritten = changes;
    } catch {
      // A cache: the next open reads again what this one could not write.
    }
  }

  /**
   * Makes sure a folder of the library exists. A file standing in its place is
   * quarantined; a read-only library can still be read, and writes will say
   * why they fail.
   */
  async #ensureFolder(dir: string): Promise<void> {
    const info = await this.#fs.stat(dir).catch(() => null);
    if (info && !info.isDirectory()) await this.#quarantine.put(dir, 'a file stands where the library expects a folder');
    try {
      await this.#fs.mkdir(dir, { recursive: true });
    } catch (error) {
      if (isCode(error, 'EEXIST') || isCode(error, 'EROFS') || isCode(error, 'EACCES') || isCode(error, 'EPERM')) return;
      throw new GalleyError('disk', `Could not open the library folder ${this.layout.root}: ${describeFsError(error)}.`);
    }
  }

  /** Loads the search index now if it is not yet, and resolves when every article's text is in it (tests and the bench wait on it). */
  async whenSearchReady(): Promise<void> {
    await this.#loadSearch();
    await this.#searchReady;
  }

  /**
   * The library's summaries, newest first. Given `first`, only that many articles and no trash,
   * with the whole library's counts: the list paints its first screen from them while the rest follow.
   * The whole listing is kept (frozen) until the index or the damaged files change: every window that
   * loads asks for it, and browser mode sends a frozen answer it has sent before without serialising it again.
   */
  list(first?: number): LibraryListing {
    const articles = (this.#newestFirst ??= Object.values(this.#index.articles).sort(byNewest));
    const damaged = this.#quarantine.damaged;
    if (first !== undefined && first < articles.length) {
      return {
        articles: articles.slice(0, first).map(toSummary),
        trash: [],
        damaged: [...damaged],
        counts: { articles: articles.length, trash: Object.keys(this.#index.trash).length },
      };
    }
    const kept = this.#whole;
    if (kept && kept.of === articles && kept.damaged === damaged) return kept.listing;
    const listing = keepUnchanged(deepFreeze({
      articles: articles.map(toSummary),
      trash: Object.values(this.#index.trash).sort(byNewest).map(toSummary),
      damaged: [...damaged],
    }));
    this.#whole = { of: articles, damaged, listing };
    return listing;
  }

  get damaged(): readonly DamagedFile[] {
    return this.#quarantine.damaged;
  }

  /** Shared with the speaker directory, so one list shows every damaged file of the library. */
  get quarantine(): Quarantine {
    return this.#quarantine;
  }

  /** The article as saved: after any save of it this process has already received (a window reloaded as its last save went out reads that save). */
  async get(id: string): Promise<Article> {
    await this.#queue.settled(id);
    return knownFieldsOnly(await this.#getFile(id));
  }

  /** The article as its file holds it, with any field a newer Galley wrote: an update writes those back. */
  async #getFile(id: string): Promise<ArticleFile> {
    const path = this.layout.articleFile(ArticleId.parse(id));
    const outcome = await this.#files.read(path, ArticleFile);
    if (outcome.kind === 'ok') return outcome.value;
    if (outcome.kind === 'missing') {
      if (this.#index.trash[id]) throw new GalleyError('not-found', `That article is in the trash: restore it to open it.`);
      throw new GalleyError('not-found', `There is no article ${id} in the library.`);
    }
    if (outcome.transient) {
      throw new GalleyError('unreadable-file', `The file of article ${id} could not be read just now (${outcome.reason}); try again in a moment.`);
    }
    await this.#quarantine.put(path, outcome.reason);
    this.#dropEntry(id);
    throw new GalleyError('unreadable-file', `The file of article ${id} is damaged (${outcome.reason}); it was moved to the quarantine folder.`);
  }

  async create(fields: Partial<ArticleFields> = {}): Promise<Article> {
    const at = this.#now().toISOString();
    const article = checked({
      ...blankFields(),
      ...definedOnly(fields),
      id: randomUUID(),
      createdAt: at,
      updatedAt: at,
      revision: 1,
      quotes: [],
      sources: [],
      exported: null,
    });
    await this.#save(article, `The new article “${article.headline || 'untitled'}”`);
    return knownFieldsOnly(article);
  }

  /**
   * Applies a change made on top of `baseRevision`. If the file moved on since
   * (another window or process saved), the change is refused as a conflict:
   * never a silent overwrite of the other side's words.
   */
  update(id: string, baseRevision: number, change: ArticleChange): Promise<Article> {
    return this.#exclusive(id, async () => {
      const current = await this.#getFile(id);
      if (current.revision !== baseRevision) {
        throw new GalleyError(
          'conflict',
          `“${current.headline || 'Untitled'}” was saved elsewhere (revision ${current.revision}) since this copy was opened (revision ${baseRevision}). Choose which version stands; your text is still in the editor.`,
        );
      }
      const next = checked({
        ...current,
        ...definedOnly(change.fields),
        quotes: change.quotes ?? current.quotes,
        sources: change.sources ?? current.sources,
        exported: change.exported === undefined ? current.exported : change.exported,
        id: current.id,
        createdAt: current.createdAt,
        updatedAt: this.#now().toISOString(),
        revision: current.revision + 1,
      });
      await this.#save(next, `“${next.headline || 'Untitled'}”`);
      return knownFieldsOnly(next);
    });
  }

  async delete(id: string): Promise<void> {
    await this.#exclusive(id, async () => {
      const entry = this.#index.articles[id];
      if (!entry) throw new GalleyError('not-found', `There is no article ${id} in the library.`);
      await this.#move(this.layout.articleFile(id), this.layout.trashFile(id), 'move the article to the trash');
      await this.#moveHistory(this.layout.revisionsFile(id), this.layout.trashRevisionsFile(id));
      delete this.#index.articles[id];
      this.#index.trash[id] = entry;
      this.#search?.delete(id);
      this.#texts.forget(id);
      this.#scheduleIndex();
    });
  }

  async restore(id: string): Promise<ArticleSummary> {
    return this.#exclusive(id, async () => {
      const entry = this.#index.trash[id];
      if (!entry) throw new GalleyError('not-found', `There is no article ${id} in the trash.`);
      await this.#move(this.layout.trashFile(id), this.layout.articleFile(id), 'restore the article');
      await this.#moveHistory(this.layout.trashRevisionsFile(id), this.layout.revisionsFile(id));
      delete this.#index.trash[id];
      this.#index.articles[id] = entry;
      const article = knownFieldsOnly(await this.#getFile(id));
      this.#indexText(article, entry);
      this.#scheduleIndex();
      return toSummary(entry);
    });
  }

  /**
   * Removes every article in the trash for good, each under its lock as delete and restore take it:
   * one another writer holds is left where it is, and the first such refusal is answered once the
   * rest are gone.
   */
  async emptyTrash(): Promise<number> {
    let removed = 0;
    let refused: unknown = null;
    for (const id of Object.keys(this.#index.trash)) {
      try {
        await this.#exclusive(id, async () => {
          if (!this.#index.trash[id]) return; // restored meanwhile
          const file = this.layout.trashFile(id);
          try {
            await this.#fs.rm(file, { force: true });
            await this.#fs.rm(this.layout.trashRevisionsFile(id), { force: true });
          } catch (error) {
            throw new GalleyError('disk', `Could not empty the trash: ${describeFsError(error)}.`);
          }
          this.#files.forget(file);
          delete this.#index.trash[id];
          removed++;
        });
      } catch (error) {
        refused ??= error;
      }
    }
    this.#scheduleIndex();
    if (refused) throw refused;
    return removed;
  }

  /** Headline and body search; the first search loads the index if the library has not yet. */
  async search(query: string, filter: { status?: string; section?: string } = {}): Promise<SearchHit[]> {
    await this.#loadSearch();
    const filtered = filter.status || filter.section;
    const allowed = filtered
      ? new Set(
          Object.values(this.#index.articles)
            .filter((e) => (!filter.status || e.status === filter.status) && (!filter.section || e.section === filter.section))
            .map((e) => e.id),
        )
      : null;
    return this.#search!.search(query, allowed);
  }

  /** Every article id, for services that walk the library (quote search, batch export). */
  ids(): string[] {
    return Object.keys(this.#index.articles);
  }

  /** Writes what is pending (index.json) and stops timers: call on window close and quit. */
  async close(): Promise<void> {
    if (this.#indexTimer) clearTimeout(this.#indexTimer);
    if (this.#searchTimer) clearTimeout(this.#searchTimer);
    this.#indexTimer = null;
    this.#closed = true;
    await this.#queue.idle();
    await this.#writeIndex().catch(() => {});
    // A load under way finishes (its fill stops at once) so nothing writes into the folder after close.
    await this.#searchLoading;
    await this.#searchReady;
    await this.#writeSearch();
    this.#texts.close();
  }

  async #save(article: ArticleFile, what: string): Promise<void> {
    const path = this.layout.articleFile(article.id);
    // The one limit that refuses: the story's whole size, told by the part that takes the room.
    // Kept as the validated copy: the next save on top of it reads a stat, not the file.
    const limit = { maxBytes: MAX_ARTICLE_BYTES, explain: () => articleTooBig(article, what) ?? `${what} was not saved: it is larger than a story can be.` };
    const info = (await this.#files.write(path, article, what, limit, ArticleFile))!;
    this.#index.articles[article.id] = summarise(article, info);
    // Before the search index has loaded, the fill finds this file changed and reads it then.
    if (this.#search) {
      this.#indexText(article, info);
      this.#savedSinceOpen.add(article.id);
    }
    this.#scheduleIndex();
  }

  /** Indexes a story's text and holds it for search-index.bin, which has the old one until it is written again. */
  #indexText(article: Article | ArticleFile, file: { mtimeMs: number; size: number }): void {
    if (!this.#search) return;
    const text = articleText(article);
    this.#search.set(article.id, article.headline, text, file);
    this.#texts.keep(article.id, searchableText(article.headline, text));
  }

  async #move(from: string, to: string, what: string): Promise<void> {
    try {
      await this.#fs.rename(from, to);
    } catch (error) {
      throw new GalleyError('disk', `Could not ${what}: ${describeFsError(error)}.`);
    }
    this.#files.forget(from);
    this.#files.forget(to);
  }

  /**
   * A story's history goes where the story goes. The story has already moved,
   * so a history that cannot follow (none kept yet, a disk fault) is left where
   * it is rather than undoing the move: the history never holds the story back.
   */
  async #moveHistory(from: string, to: string): Promise<void> {
    try {
      if (!(await this.#fs.stat(from).catch(() => null))) return;
      await this.#fs.mkdir(dirname(to), { recursive: true });
      await this.#fs.rename(from, to);
    } catch {
      return;
    }
    this.#files.forget(from);
    this.#files.forget(to);
  }

  #dropEntry(id: string): void {
    delete this.#index.articles[id];
    this.#search?.delete(id);
    this.#texts.forget(id);
    this.#scheduleIndex();
  }

  // The index is a cache: writing it on every autosave would make saving one
  // article cost as much as the whole library. It trails by a moment instead.
  #scheduleIndex(): void {
    this.#newestFirst = null;
    if (this.#indexTimer) return;
    this.#indexTimer = setTimeout(() => {
      this.#indexTimer = null;
      this.#writeIndex().catch(() => {});
    }, this.#indexFlushMs);
    this.#indexTimer.unref?.();
  }

  async #writeIndex(): Promise<void> {
    await this.#files.write(this.layout.index, this.#index, 'the library index');
  }

  /** In this process, one task per article at a time (the queue); across processes, the article's lock file. */
  #exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    const lockPath = this.layout.lockFile(ArticleId.parse(id));
    const headline = this.#index.articles[id]?.headline ?? this.#index.trash[id]?.headline;
    const what = headline === undefined ? `article ${id}` : `“${headline || 'Untitled'}”`;
    return this.#queue.run(id, () => this.#locks.with(lockPath, what, task));
  }
}

/** Stories indexed or dropped (each save counts two) before search-index.bin is worth writing again. */
const REWRITE_AFTER_CHANGES = 200;

const byNewest = (a: ArticleSummary, b: ArticleSummary) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

/**
 * A field sent as `undefined` (IPC carries it) means "unchanged", never
 * "remove": spread as it is, it would blank the field and the file would no
 * longer read back as an article.
 */
function definedOnly<T extends object>(fields: T | undefined): Partial<T> {
  return Object.fromEntries(Object.entries(fields ?? {}).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** Freezes a listing through and through: it is handed out again and again, so no caller may change it. */
function deepFreeze<T extends LibraryListing>(listing: T): Readonly<T> {
  for (const list of [listing.articles, listing.trash, listing.damaged]) {
    for (const item of list) Object.freeze(item);
    Object.freeze(list);
  }
  return Object.freeze(listing);
}

/** Nothing that would not read back as an article is ever written. */
function checked(candidate: unknown): ArticleFile {
  const parsed = ArticleFile.safeParse(candidate);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new GalleyError('invalid-argument', `The article was not saved: ${issue.path.map(String).join('.') || 'it'} ${issue.message}.`);
}

const KNOWN_FIELDS = new Set(Object.keys(Article.shape));

/**
 * The article as the contract carries it: fields a newer Galley wrote stay in
 * the file but do not cross to a caller that would send them back refused.
 * The same (frozen, cached) object when there are none.
 */
function knownFieldsOnly(file: ArticleFile): Article {
  if (Object.keys(file).every((key) => KNOWN_FIELDS.has(key))) return file as Article;
  return Object.freeze(Object.fromEntries(Object.entries(file).filter(([key]) => KNOWN_FIELDS.has(key)))) as Article;
}
