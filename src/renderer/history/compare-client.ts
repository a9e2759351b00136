// The renderer's way to compare two states of a story: in a worker, so the
// page keeps answering while a long story is compared; on the page itself,
// when the page is next idle, wherever a worker cannot be started.
import { compareStories, type Comparable, type Comparison } from '../../shared/history/compare';

type Pending = { resolve: (value: Comparison) => void; reject: (error: Error) => void };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function compareWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./compare.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; ok: boolean; value?: Comparison; message?: string }>) => {
      const waiting = pending.get(event.data.id);
      pending.delete(event.data.id);
      if (!waiting) return;
      if (event.data.ok) waiting.resolve(event.data.value!);
      else waiting.reject(new Error(`The two versions could not be compared: ${event.data.message}`));
    };
    worker.onerror = () => {
      // The worker would not load: everything waiting on it is compared here instead, and so is all that follows.
      worker?.terminate();
      worker = null;
      for (const [, waiting] of pending) waiting.reject(new Error('worker-unavailable'));
      pending.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

function compareWhenIdle(a: Comparable, b: Comparable): Promise<Comparison> {
  return new Promise((resolve, reject) =>
    requestIdleCallback(() => {
      try {
        resolve(compareStories(a, b));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, { timeout: 200 }),
  );
}

/** What changed from `a` to `b`: fields, body and quotes. */
export async function compare(a: Comparable, b: Comparable): Promise<Comparison> {
  const w = compareWorker();
  if (!w) return compareWhenIdle(a, b);
  const id = nextId++;
  try {
    return await new Promise<Comparison>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      w.postMessage({ id, a, b });
    });
  } catch (error) {
    if (error instanceof Error && error.message === 'worker-unavailable') return compareWhenIdle(a, b);
    throw error;
  }
}
