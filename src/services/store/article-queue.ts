// Within one process, one task per article at a time: a save, a delete, a
// restore or an emptying of the trash waits for the one before it on the same
// article, whether that one succeeded or failed. (Across processes the
// article's lock file does the same: article-lock.ts.)

/** Per-article queues of tasks. */
export class ArticleQueue {
  readonly #queues = new Map<string, Promise<unknown>>();

  /** Runs `task` after every task queued before it for `id`; answers what `task` answers. */
  run<T>(id: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(id) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => {});
    this.#queues.set(id, settled);
    void settled.then(() => {
      if (this.#queues.get(id) === settled) this.#queues.delete(id);
    });
    return run;
  }

  /**
   * Resolves once every task queued so far for `id` has finished, without holding later tasks back: a read
   * waits here so it answers what every save received before it wrote (read-after-write).
   */
  async settled(id: string): Promise<void> {
    await this.#queues.get(id);
  }

  /** Resolves once every task queued so far has finished (closing the library waits on it). */
  async idle(): Promise<void> {
    await Promise.allSettled(this.#queues.values());
  }
}
