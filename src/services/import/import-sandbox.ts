// Imports run in a worker thread, not in the process that holds the library:
// in the desktop app that is the main process, and a parse that runs away
// (a file built to exhaust memory, a pathological page) would take every
// window with it. The worker has a capped heap and a deadline; past either it
// is stopped and the sub is told the file could not be read, and the next
// import starts a fresh worker. One worker is kept while imports come, and
// let go when idle.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { GalleyError } from '../../shared/contract/errors';
import type { ImportedCopy } from '../../shared/import/imported-copy';
import { named } from './decode';
import { importFile } from './import-copy';
import { IMPORT_HEAP_MB, IMPORT_TIMEOUT_MS } from './import-limits';
import type { ImportReply, ImportRequest } from './import-messages';

/** The worker's file name, built beside each bundle by electron.vite.config.ts and vite.node.config.ts. */
export const IMPORT_WORKER_FILE = 'import-worker.js';

export interface ImportSandboxOptions {
  /** The built import-worker.js; null imports in this thread (only when running from source, as the unit tests do). */
  workerFile: string | null;
  heapMb?: number;
  timeoutMs?: number;
  /** How long an idle worker is kept for the next import. */
  idleMs?: number;
}

/**
 * Where the worker is: beside the bundle this code was built into (out/main,
 * out/node), which is this module's folder or, when the bundler put this
 * code in a shared chunk (out/node/assets), the folder above. Running from
 * source (a .ts module, as under vitest) there is no bundle, and null says
 * so; a bundle without its worker is a broken build, refused by name.
 */
export function importWorkerBeside(moduleUrl: string): string | null {
  if (!moduleUrl.startsWith('file:')) return null;
  const here = fileURLToPath(moduleUrl);
  if (/\.tsx?$/.test(here)) return null;
  const candidates = [join(dirname(here), IMPORT_WORKER_FILE), join(dirname(dirname(here)), IMPORT_WORKER_FILE)];
  return candidates.find((file) => existsSync(file)) ?? candidates[0];
}

const seconds = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`);

interface Pending {
  request: ImportRequest;
  resolve: (copy: ImportedCopy) => void;
  reject: (error: Error) => void;
}

export class ImportSandbox {
  #worker: Worker | null = null;
  #queue: Pending[] = [];
  #running: Pending | null = null;
  #nextId = 1;
  #deadline: NodeJS.Timeout | null = null;
  #idle: NodeJS.Timeout | null = null;
  readonly #heapMb: number;
  readonly #timeoutMs: number;
  readonly #idleMs: number;

  constructor(private readonly options: ImportSandboxOptions) {
    this.#heapMb = options.heapMb ?? IMPORT_HEAP_MB;
    this.#timeoutMs = options.timeoutMs ?? IMPORT_TIMEOUT_MS;
    this.#idleMs = options.idleMs ?? 30_000;
  }

  /** Imports one file as import-copy.ts's importFile does, in the worker. */
  importFile(fileName: string, bytes: Uint8Array): Promise<ImportedCopy> {
    if (this.options.workerFile === null) return importFile(fileName, bytes);
    return new Promise((resolve, reject) => {
      this.#queue.push({ request: { id: this.#nextId++, fileName, bytes }, resolve, reject });
      this.#pump();
    });
  }

  /** Stops the worker; an import running or queued is refused. */
  async close(): Promise<void> {
    const closed = () => new GalleyError('unreadable-file', 'The import was stopped because the library was closed; import the file again.');
    for (const pending of this.#queue.splice(0)) pending.reject(closed());
    if (this.#running) this.#finish(this.#running, closed());
    if (this.#idle) clearTimeout(this.#idle);
    await this.#stop();
  }

  #pump(): void {
    if (this.#running || this.#queue.length === 0) return;
    const pending = this.#queue.shift()!;
    this.#running = pending;
    if (this.#idle) clearTimeout(this.#idle);
    let worker: Worker;
    try {
      worker = this.#ensureWorker();
    } catch (error) {
      this.#finish(pending, error instanceof Error ? error : new Error(String(error)));
      return;
    }
    worker.ref();
    this.#deadline = setTimeout(() => {
      this.#fail(
        new GalleyError(
          'unreadable-file',
          `${named(pending.request.fileName)} could not be read: reading it took longer than ${seconds(this.#timeoutMs)} and was stopped. The file may be damaged or built to stall an importer; try saving it again from the program that made it.`,
        ),
      );
    }, this.#timeoutMs);
    worker.postMessage(pending.request);
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const file = this.options.workerFile!;
    if (!existsSync(file)) throw new GalleyError('internal', `Galley's import worker is missing (${file}): this copy of Galley was not built completely.`);
    const worker = new Worker(file, { resourceLimits: { maxOldGenerationSizeMb: this.#heapMb } });
    worker.on('message', (reply: ImportReply) => {
      const pending = this.#running;
      if (!pending || reply.id !== pending.request.id) return;
      this.#finish(pending, reply.ok ? null : new GalleyError(reply.error.code, reply.error.message), reply.ok ? reply.copy : undefined);
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (worker !== this.#worker) return;
      const name = this.#running ? named(this.#running.request.fileName) : 'The file';
      const reason =
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `reading it needed more than the ${this.#heapMb} MB of memory Galley allows an import, and was stopped. The file may be damaged or built to exhaust memory`
          : `the importer failed (${error.message.slice(0, 200)})`;
      this.#fail(new GalleyError('unreadable-file', `${name} could not be read: ${reason}.`));
    });
    worker.on('exit', () => {
      if (worker !== this.#worker) return;
      this.#worker = null;
      if (this.#running) this.#fail(new GalleyError('unreadable-file', `${named(this.#running.request.fileName)} could not be read: the importer stopped before it finished.`));
    });
    this.#worker = worker;
    return worker;
  }

  /** The running import failed in a way that leaves the worker unfit: answer, discard it, go on with the next. */
  #fail(error: Error): void {
    const pending = this.#running;
    void this.#stop();
    if (pending) this.#finish(pending, error);
  }

  #finish(pending: Pending, error: Error | null, copy?: ImportedCopy): void {
    if (this.#running !== pending) return;
    this.#running = null;
    if (this.#deadline) clearTimeout(this.#deadline);
    this.#deadline = null;
    if (error) pending.reject(error);
    else pending.resolve(copy!);
    if (this.#queue.length > 0) return this.#pump();
    // Idle: let the process exit if nothing else holds it, and stop the worker after a while.
    this.#worker?.unref();
    this.#idle = setTimeout(() => void this.#stop(), this.#idleMs);
    this.#idle.unref();
  }

  async #stop(): Promise<void> {
    const worker = this.#worker;
    this.#worker = null;
    if (worker) await worker.terminate().catch(() => {});
  }
}
