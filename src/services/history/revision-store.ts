// Each story's revisions, kept in revisions/<id>.json beside the library's
// articles and written atomically through the same JsonFiles as they are.
// Saving a story never reads or writes its history: what the last revision
// was (its time and status) is remembered here, so an autosave only asks
// whether a checkpoint is due. A history file that cannot be read is moved to
// the quarantine and a fresh history started from the story as it stands;
// the story itself is never touched by any of this.
import { dirname } from 'node:path';
import type { Article } from '../../shared/article/model';
import { bodyWords } from '../../shared/article/text';
import { GalleyError } from '../../shared/contract/errors';
import { HistoryFile, type Revision, type RevisionKind, type RevisionSummary } from '../../shared/history/model';
import { THINNING, thinRevisions, type ThinningPolicy } from '../../shared/history/thin';
import { ArticleLocks } from '../store/article-lock';
import { JsonFiles } from '../store/json-file';
import type { LibraryLayout } from '../store/layout';
import type { Quarantine } from '../store/quarantine';
import { nodeFs, type StoreFs } from '../store/store-fs';

export interface RevisionStoreOptions {
  layout: LibraryLayout;
  quarantine: Quarantine;
  /** Who is working: the sub's name from the library settings, else the system user. */
  author: () => Promise<string>;
  /** The story as it stands, to start a fresh history from when the old one was damaged. */
  current: (id: string) => Promise<Article>;
  now?: () => Date;
  fs?: StoreFs;
  /** How long a sub edits before the next save is kept as a checkpoint. */
  checkpointEveryMs?: number;
  policy?: ThinningPolicy;
}

/** Five minutes of editing between checkpoints. */
export const CHECKPOINT_EVERY_MS = 5 * 60_000;

interface Latest {
  at: number;
  status: string;
}

export class RevisionStore {
  readonly #layout: LibraryLayout;
  readonly #quarantine: Quarantine;
  readonly #fs: StoreFs;
  readonly #files: JsonFiles;
  readonly #locks: ArticleLocks;
  readonly #author: () => Promise<string>;
  readonly #current: (id: string) => Promise<Article>;
  readonly #now: () => Date;
  readonly #every: number;
  readonly #policy: ThinningPolicy;
  /** The newest revision of each story this process has seen: what a save is checked against. */
  readonly #latest = new Map<string, Latest | null>();
  readonly #queues = new Map<string, Promise<unknown>>();

  constructor(options: RevisionStoreOptions) {
    this.#layout = options.layout;
    this.#quarantine = options.quarantine;
    const fs = (this.#fs = options.fs ?? nodeFs);
    this.#files = new JsonFiles(fs);
    this.#locks = new ArticleLocks(fs);
    this.#author = options.author;
    this.#current = options.current;
    this.#now = options.now ?? (() => new Date());
    this.#every = options.checkpointEveryMs ?? CHECKPOINT_EVERY_MS;
    this.#policy = options.policy ?? THINNING;
  }

  /** Every revision kept of the story, oldest first, without their copy. */
  async list(id: string): Promise<RevisionSummary[]> {
    const history = await this.#readOrRestart(id);
    return history.revisions.map(summarise);
  }

  /** One revision whole. */
  async get(id: string, n: number): Promise<Revision> {
    const history = await this.#readOrRestart(id);
    const revision = history.revisions.find((r) => r.n === n);
    if (!revision) {
      const kept = history.revisions.map((r) => r.n).join(', ');
      throw new GalleyError('not-found', `This story has no revision ${n}${kept ? ` (it keeps ${kept})` : ''}.`);
    }
    return revision;
  }

  /** Keeps the story as it stands now as a revision of the given kind. */
  record(article: Article, kind: RevisionKind, reason: string): Promise<RevisionSummary> {
    return this.#exclusive(article.id, async () => {
      const history = await this.#readOrRestart(article.id, article);
      const revision = await this.#revision(history, article, kind, reason);
      await this.#write({ ...history, next: revision.n + 1, revisions: thinRevisions([...history.revisions, revision], this.#now(), this.#policy) });
      return summarise(revision);
    });
  }

  /**
   * Called after every save of a story: keeps it as a checkpoint if the sub has
   * been editing a while since the last revision or has changed its status.
   * Otherwise returns at once without touching the history file.
   */
  async afterSave(article: Article): Promise<RevisionSummary | null> {
    if (!this.#latest.has(article.id)) await this.#exclusive(article.id, () => this.#readOrRestart(article.id, article));
    const latest = this.#latest.get(article.id) ?? null;
    let reason: string | null = null;
    if (!latest) reason = 'first kept version: the story had no history';
    else if (latest.status !== article.status) reason = `status changed from ${latest.status} to ${article.status}`;
    else if (this.#now().getTime() - latest.at >= this.#every) reason = 'checkpoint while subbing';
    if (!reason) return null;
    return this.#exclusive(article.id, async () => {
      const history = await this.#readOrRestart(article.id, article);
      const last = history.revisions.at(-1);
      // Nothing changed since the last revision (a save of the same words): remember the time, keep nothing.
      if (last && last.fields.status === article.status && sameCopy(last, article)) {
        this.#latest.set(article.id, { at: this.#now().getTime(), status: article.status });
        return null;
      }
      const revision = await this.#revision(history, article, 'checkpoint', reason);
      await this.#write({ ...history, next: revision.n + 1, revisions: thinRevisions([...history.revisions, revision], this.#now(), this.#policy) });
      return summarise(revision);
    });
  }

  async #revision(history: HistoryFile, article: Article, kind: RevisionKind, reason: string): Promise<Revision> {
    const { id: _id, createdAt: _c, updatedAt: _u, revision: articleRevision, quotes, sources: _s, exported: _e, ...fields } = article;
    return {
      n: history.next,
      at: this.#now().toISOString(),
      author: (await this.#author()).slice(0, 200),
      kind,
      reason: reason.slice(0, 200),
      articleRevision,
      fields,
      quotes,
    };
  }

  async #write(history: HistoryFile): Promise<void> {
    const path = this.#layout.revisionsFile(history.articleId);
    await this.#fs.mkdir(dirname(path), { recursive: true }).catch(() => {});
    await this.#files.write(path, history, 'the story’s history');
    const last = history.revisions.at(-1);
    this.#latest.set(history.articleId, last ? { at: Date.parse(last.at), status: last.fields.status } : null);
  }

  /**
   * The story's history as on disk. A damaged file is set aside in the
   * quarantine and a fresh history begun from the story as it stands, so the
   * sub loses the old revisions (kept in the quarantine) but never the story.
   */
  async #readOrRestart(id: string, article?: Article): Promise<HistoryFile> {
    const path = this.#layout.revisionsFile(id);
    const outcome = await this.#files.read(path, HistoryFile);
    if (outcome.kind === 'ok' && outcome.value.articleId === id) {
      const last = outcome.value.revisions.at(-1);
      this.#latest.set(id, last ? { at: Date.parse(last.at), status: last.fields.status } : null);
      return outcome.value;
    }
    if (outcome.kind === 'missing') {
      this.#latest.set(id, null);
      return fresh(id);
    }
    if (outcome.kind === 'damaged' && outcome.transient) {
      throw new GalleyError('unreadable-file', `The history of this story could not be read just now (${outcome.reason}); try again in a moment.`);
    }
    const reason = outcome.kind === 'ok' ? `it holds the history of story ${outcome.value.articleId}` : outcome.reason;
    await this.#quarantine.put(path, `the story’s history file is damaged (${reason}); a fresh history was started`);
    this.#files.forget(path);
    const story = article ?? (await this.#current(id));
    const history = fresh(id);
    const revision = await this.#revision(history, story, 'checkpoint', 'history started afresh: the old history file was damaged and set aside');
    const restarted = { ...history, next: revision.n + 1, revisions: [revision] };
    await this.#write(restarted);
    return restarted;
  }

  /** One task per story at a time in this process; across processes, the history's lock file. */
  #exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(id) ?? Promise.resolve();
    const run = previous.then(
      () => this.#locked(id, task),
      () => this.#locked(id, task),
    );
    const settled = run.catch(() => {});
    this.#queues.set(id, settled);
    void settled.then(() => {
      if (this.#queues.get(id) === settled) this.#queues.delete(id);
    });
    return run;
  }

  async #locked<T>(id: string, task: () => Promise<T>): Promise<T> {
    await this.#fs.mkdir(this.#layout.revisions, { recursive: true }).catch(() => {});
    return this.#locks.with(this.#layout.revisionsLockFile(id), 'the story’s history', task);
  }
}

function fresh(articleId: string): HistoryFile {
  return { version: 1, articleId, next: 1, revisions: [] };
}

function sameCopy(revision: Revision, article: Article): boolean {
  const { id: _id, createdAt: _c, updatedAt: _u, revision: _r, quotes, sources: _s, exported: _e, ...fields } = article;
  return JSON.stringify(revision.fields) === JSON.stringify(fields) && JSON.stringify(revision.quotes) === JSON.stringify(quotes);
}

/** A revision as the history list shows it. */
export function summarise(revision: Revision): RevisionSummary {
  return {
    n: revision.n,
    at: revision.at,
    author: revision.author,
    kind: revision.kind,
    reason: revision.reason,
    articleRevision: revision.articleRevision,
    headline: revision.fields.headline,
    status: revision.fields.status,
    words: bodyWords(revision.fields.body),
  };
}
