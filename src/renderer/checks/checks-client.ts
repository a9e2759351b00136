// The window's side of the checks worker: one worker per window, started
// when a story is first opened, answering each check with a promise. A
// request overtaken by a newer one is answered by the newer one's result.
import type { CheckBlock } from '../../shared/checks/model';
import { BlockSender } from './block-wire';
import type { CheckResult, CheckSetupMessage, FromWorker, ToWorker } from './protocol';

export interface ChecksClient {
  setUp(setup: Omit<CheckSetupMessage, 'type'>): void;
  check(blocks: CheckBlock[]): Promise<CheckResult>;
  /**
   * A match's suggestions, worked out in the worker when its popover opens, and kept by word until the
   * worker is set up again or given words: a desk switched from British to American spelling, or a word
   * added to its dictionary, changes what the dictionary offers.
   */
  suggest(match: { ruleId: string; text: string }): Promise<string[]>;
  addWords(words: string[]): void;
}

let shared: ChecksClient | null = null;
/** Words whose suggestions are kept at most: a long session's are dropped rather than kept without end. */
const KEPT_WORDS = 2000;

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
  // A word's suggestions are the same wherever it is misspelt, and each new answer of the checks makes new
  // match objects: kept by word, so the panel's rows and the popover ask the worker once per word.
  const suggested = new Map<string, Promise<string[]>>();
  const sender = new BlockSender();
  return {
    setUp: (setup) => {
      suggested.clear();
      send({ type: 'setup', ...setup });
    },
    addWords: (words) => {
      suggested.clear();
      send({ type: 'add-words', words });
    },
    check: (blocks) => {
      // Only blocks changed since the last check go whole (block-wire.ts); the worker's cache answers for the rest as before.
      const answer = ask((id) => ({ type: 'check', id, blocks: sender.send(blocks) })) as Promise<CheckResult>;
      answer.catch(() => sender.forget());
      return answer;
    },
    suggest: ({ ruleId, text }) => {
      const key = `${ruleId}\u0000${text}`;
      let answer = suggested.get(key);
      if (!answer) {
        if (suggested.size >= KEPT_WORDS) suggested.clear();
        // A failed look-up leaves the other actions (ignore, add to the desk dictionary) in place, and is asked again next time.
        answer = ask((id) => ({ type: 'suggest', id, ruleId, text })).then(
          (m) => (m.type === 'suggestions' ? m.suggestions : []),
          () => {
            if (suggested.get(key) === answer) suggested.delete(key);
            return [];
          },
        );
        suggested.set(key, answer);
      }
      return answer;
    },
  };
}
