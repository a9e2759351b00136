// Autosave for the open article: at most a second after typing stops, at
// once on blur, window close and quit. The snapshot is taken only when a save
// starts, so typing never pays for serialisation. A failed save keeps the
// text where it is, says why, and tries again while the trouble lasts.
import { articleTooBig } from '../../shared/article/field-advice';
import type { ArticleFields, QuoteRecord, SourceMaterial } from '../../shared/article/model';
import type { GalleyClient } from '../../shared/contract/api';
import { GalleyError } from '../../shared/contract/errors';
import type { RecoveryJournal } from './recovery-journal';
import { messageOf } from '../../shared/message-of';
import { pauseTimer } from './pause-timer';

export type SaveState =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; code: string };

export interface Snapshot {
  fields: Partial<ArticleFields>;
  quotes?: QuoteRecord[];
  sources?: SourceMaterial[];
}

export const AUTOSAVE_DELAY_MS = 1000;
/** After a failed save (not a conflict), the next try comes this long after. */
export const RETRY_MS = 4000;
/** The journal trails typing by at most this much, written when the page is idle. */
const JOURNAL_EVERY_MS = 2000;

export class Autosaver {
  #state: SaveState = { kind: 'saved', at: null };
  #listeners = new Set<() => void>();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #dirty = false;
  #inFlight: Promise<void> | null = null;
  #revision: number;
  #journalTimer: ReturnType<typeof setTimeout> | null = null;
  /** The pause after typing that a save waits for: a key only notes the time (no timer cleared and set per key). */
  #pause = pauseTimer(AUTOSAVE_DELAY_MS, () => void this.#save());

  constructor(
    private readonly client: GalleyClient,
    private readonly articleId: string,
    revision: number,
    private readonly snapshot: () => Snapshot,
    private readonly journal: RecoveryJournal | null = null,
  ) {
    this.#revision = revision;
  }

  get state(): SaveState {
    return this.#state;
  }

  get revision(): number {
    return this.#revision;
  }

  /**
   * Another part of Galley saved the article once on top of this copy (an export
   * marking it exported): carry on from that revision. Anything else — a save
   * from another window in between — stays a conflict for the sub to see.
   */
  followOwnSave(revision: number): void {
    if (revision === this.#revision + 1) this.#revision = revision;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  };

  /** Something changed: save a moment after the changes stop. */
  touch(): void {
    this.#dirty = true;
    // One 'unsaved' per burst of typing: a new state per key would re-render every subscriber on every keystroke.
    if (this.#state.kind !== 'error' && this.#state.kind !== 'unsaved') this.#set({ kind: 'unsaved' });
    // A retry waiting after a failed save gives way to the pause, as a new save would.
    if (this.#timer) this.#cancelTimer();
    this.#pause.touch();
    this.#scheduleJournal();
  }

  /** Keeps the unsaved text in the journal, throttled and off the typing path. */
  #scheduleJournal() {
    if (!this.journal || this.#journalTimer) return;
    this.#journalTimer = setTimeout(() => {
      this.#journalTimer = null;
      const write = () => this.#writeJournal();
      if ('requestIdleCallback' in globalThis) requestIdleCallback(write, { timeout: 1000 });
      else write();
    }, JOURNAL_EVERY_MS);
  }

  #writeJournal(snapshot: Snapshot = this.snapshot()) {
    if (!this.journal || !this.#dirty) return;
    this.journal.write({ articleId: this.articleId, baseRevision: this.#revision, at: new Date().toISOString(), snapshot });
  }

  /**
   * The window is going (pagehide): a save started now, or one still on its way, may be cut off with the
   * page, so whatever is not yet known to be on disk goes to the journal first, synchronously. A save that
   * lands after all leaves an entry that matches the story, which the next open drops (journal-matches.ts).
   */
  keepUnsaved(): void {
    // Nothing pending: the parts the journal kept only to make the next write smaller go with the window, or they
    // would stay in storage for good and fill it story by story.
    if (!this.#dirty && !this.#inFlight) return this.journal?.close(this.articleId);
    this.journal?.write({ articleId: this.articleId, baseRevision: this.#revision, at: new Date().toISOString(), snapshot: this.snapshot() });
  }

  /** Saves what is pending; true when everything the sub typed is on disk, false when the save failed. */
  async flush(): Promise<boolean> {
    this.#cancelTimer();
    this.#pause.cancel();
    if (this.#inFlight) await this.#inFlight;
    if (this.#dirty) await this.#save();
    return !this.#dirty && this.#state.kind !== 'error';
  }

  /**
   * After a conflict, at the sub's word: this copy replaces the one saved
   * elsewhere. Saved on top of the revision now on disk, so a third save
   * landing meanwhile is still caught.
   */
  async keepMine(): Promise<boolean> {
    if (this.#inFlight) await this.#inFlight;
    try {
      const onDisk = await this.client.getArticle({ id: this.articleId });
      this.#revision = onDisk.revision;
    } catch (error) {
      this.#set({ kind: 'error', code: error instanceof GalleyError ? error.code : 'internal', message: messageOf(error) });
      return false;
    }
    this.#dirty = true;
    this.#set({ kind: 'unsaved' });
    return this.flush();
  }

  /**
   * The editor is going. Text still unsaved (typed after the last flush, or held by a conflict) goes to
   * the journal now, to be offered back when the article is next opened: never saved from here, since
   * the next editor on this article may be showing the version saved elsewhere.
   */
  dispose(): void {
    this.#cancelTimer();
    this.#pause.cancel();
    if (this.#journalTimer) clearTimeout(this.#journalTimer);
    if (this.#dirty) this.#writeJournal();
    this.journal?.close(this.articleId);
    this.#listeners.clear();
  }

  #cancelTimer() {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(ms: number) {
    this.#cancelTimer();
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#save();
    }, ms);
  }

  #save(): Promise<void> {
    // A conflict waits for the sub's word (keepMine, or loading the other version): saving again would only be refused again.
    if (this.#state.kind === 'error' && this.#state.code === 'conflict') {
      this.#writeJournal();
      return Promise.resolve();
    }
    if (this.#inFlight) {
      // One save at a time; the changes made meanwhile go in the next one.
      return this.#inFlight.then(() => (this.#dirty ? this.#save() : undefined));
    }
    const snapshot = this.snapshot();
    const { fields, quotes, sources } = snapshot;
    // The one limit that refuses, said here before the request, so the sub reads which part is too big.
    const tooBig = articleTooBig({ ...fields, quotes, sources });
    if (tooBig) {
      this.#dirty = true;
      this.#writeJournal(snapshot);
      this.#set({ kind: 'error', code: 'invalid-argument', message: tooBig });
      return Promise.resolve();
    }
    this.#dirty = false;
    this.#set({ kind: 'saving' });
    this.#inFlight = this.client
      .updateArticle({ id: this.articleId, baseRevision: this.#revision, fields, quotes, sources })
      .then(
        (article) => {
          this.#revision = article.revision;
          this.#set(this.#dirty ? { kind: 'unsaved' } : { kind: 'saved', at: new Date() });
          if (!this.#dirty) this.journal?.clear(this.articleId);
        },
        (error: unknown) => {
          this.#dirty = true;
          // The save failed: the text must survive a crash or a closed window until it succeeds.
          this.#writeJournal(snapshot);
          const code = error instanceof GalleyError ? error.code : 'internal';
          const message = messageOf(error);
          this.#set({ kind: 'error', code, message });
          // A conflict needs the sub's decision; disk trouble may pass, so keep trying.
          if (code !== 'conflict' && code !== 'invalid-argument') this.#schedule(RETRY_MS);
        },
      )
      .finally(() => {
        this.#inFlight = null;
      });
    return this.#inFlight;
  }

  #set(state: SaveState) {
    this.#state = state;
    for (const listener of this.#listeners) listener();
  }
}

export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return state.at ? `Saved ${state.at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}` : 'Saved';
    case 'unsaved':
      return 'Edited';
    case 'saving':
      return 'Saving…';
    case 'error':
      return `Not saved: ${plainMessage(state.message)}`;
  }
}

/** What a validator or a program says, not a sub: a schema path, a call name, a type. */
const DEVELOPER = /[a-z]+[A-Z]\w*:|\w+\.\w+(?:\.\w+)*:|expected \w|Too (?:big|small)|Invalid input|undefined|\[object /;

/** The save error as the status bar shows it: a sentence for the sub, never a developer's message. */
export function plainMessage(message: string): string {
  return DEVELOPER.test(message) ? 'Galley could not save this story as it stands. Your text is still in the editor, and kept in case the window closes.' : message;
}
