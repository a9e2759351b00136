// The window's side of the checks worker: one worker per window, started
// when a story is first opened, answering each check with a promise. A
// request overtaken by a newer one is answered by the newer one's result.
import type { CheckBlock } from '../../shared/checks/model';
import type { CheckResult, CheckSetupMessage, FromWorker, ToWorker } from './protocol';

export interface ChecksClient {
  setUp(setup: Omit<CheckSetupMessage, 'type'>): void;
  check(blocks: CheckBlock[]): Promise<CheckResult>;
  addWords(words: string[]): void;
}

let shared: ChecksClient | null = null;

/** The window's checks worker, started on first use. */
export function checksClient(): ChecksClient {
  shared ??= startWorker();
  return shared;
}

function startWorker(): ChecksClient {
  const worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'galley-checks' });
  const waiting = new Map<number, { resolve: (r: CheckResult) => void; reject: (e: Error) => void }>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type === 'result') {
      waiting.get(message.id)?.resolve(message);
      waiting.delete(message.id);
    } else if (message.id !== null) {
      waiting.get(message.id)?.reject(new Error(message.message));
      waiting.delete(message.id);
    } else {
      for (const [, w] of waiting) w.reject(new Error(message.message));
      waiting.clear();
    }
  };
  const send = (message: ToWorker) => worker.postMessage(message);
  return {
    setUp: (setup) => send({ type: 'setup', ...setup }),
    addWords: (words) => send({ type: 'add-words', words }),
    check: (blocks) =>
      new Promise((resolve, reject) => {
        const id = next++;
        waiting.set(id, { resolve, reject });
        send({ type: 'check', id, blocks });
      }),
  };
}
