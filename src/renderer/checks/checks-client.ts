// The window's side of the checks worker: one worker per window, started
// when a story is first opened, answering each check with a promise. A
// request overtaken by a newer one is answered by the newer one's result.
import type { CheckBlock } from '../../shared/checks/model';
import type { CheckResult, CheckSetupMessage, FromWorker, ToWorker } from './protocol';

export interface ChecksClient {
  setUp(setup: Omit<CheckSetupMessage, 'type'>): void;
  check(blocks: CheckBlock[]): Promise<CheckResult>;
  /** A match's suggestions, worked out in the worker when its popover opens. */
  suggest(match: { ruleId: string; text: string }): Promise<string[]>;
  addWords(words: string[]): void;
}

let shared: ChecksClient | null = null;

/** The window's checks worker, started on first use. */
export function checksClient(): ChecksClient {
  shared ??= startWorker();
  return shared;
}

type Waiting = { resolve: (message: FromWorker) => void; reject: (e: Error) => void };

function startWorker(): ChecksClient {
  const worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'galley-checks' });
  const waiting = new Map<number, Waiting>();
  let next = 1;
  worker.onmessage = (event: MessageEvent<FromWorker>) => {
    const message = event.data;
    if (message.type !== 'failed') {
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
  // Check and suggest requests share one numbering, so each answer finds its asker.
  const ask = (message: (id: number) => ToWorker) =>
    new Promise<FromWorker>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      send(message(id));
    });
  return {
    setUp: (setup) => send({ type: 'setup', ...setup }),
    addWords: (words) => send({ type: 'add-words', words }),
    check: (blocks) => ask((id) => ({ type: 'check', id, blocks })) as Promise<CheckResult>,
    suggest: ({ ruleId, text }) => ask((id) => ({ type: 'suggest', id, ruleId, text })).then((m) => (m.type === 'suggestions' ? m.suggestions : [])),
  };
}
