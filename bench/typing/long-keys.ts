// Which keystrokes are the slow ones, and what ran with them: GALLEY_TYPING_LONG_KEYS=1 traces each
// page while it is typed into (a DevTools timeline, as GALLEY_TYPING_TRACE does) and lines every key up
// with the main thread's events between its keydown and its frame's end. It prints, for the keys in the
// slowest 5% of work and for the rest, the milliseconds per key of each kind of event (a timer, an idle
// callback, a worker's message, a React commit, GC, paint), and the slowest keys one by one, so a p95
// is read as "what lands on a key" rather than guessed. Diagnosis only: tracing slows every page alike,
// so its figures are never a result.
import type { Page } from '@playwright/test';
import type { KeySample } from './harness';

export const LONG_KEYS = process.env.GALLEY_TYPING_LONG_KEYS === '1';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { type?: string; functionName?: string; url?: string; lineNumber?: number; columnNumber?: number; timerId?: number; id?: number } };
}

/** One key, lined up with the trace: its figures and the events that ran inside its window. */
interface TracedKey {
  chunk: number;
  index: number;
  key: string;
  work: number;
  latency: number;
  /** Milliseconds of each kind of event inside the key's window (nested kinds counted in their parents too). */
  kinds: Map<string, number>;
  /** Milliseconds from the key's arrival to its keydown handler: the task that held it up, if any. */
  queued: number;
  /** What ran between the key's arrival and its keydown handler. */
  heldBy: Map<string, number>;
}

/** What a complete event was doing, in a word a reader can act on. */
function kindOf(e: TraceEvent): string | null {
  const d = e.args?.data;
  switch (e.name) {
    case 'EventDispatch':
      return `event ${d?.type}`;
    case 'FunctionCall': {
      const file = (d?.url ?? '').split('/').pop() || '?';
      return `call ${d?.functionName || '(anonymous)'} ${file}:${(d?.lineNumber ?? 0) + 1}`;
    }
    case 'TimerFire':
    case 'FireIdleCallback':
    case 'FireAnimationFrame':
    case 'HandlePostMessage':
    case 'MinorGC':
    case 'MajorGC':
    case 'BlinkGC.AtomicPhase':
    case 'V8.GC_MC_INCREMENTAL':
    case 'V8.GCIncrementalMarking':
    case 'UpdateLayoutTree':
    case 'Layout':
    case 'PrePaint':
    case 'Paint':
    case 'Layerize':
    case 'Commit':
    case 'ParseHTML':
    case 'XHRReadyStateChange':
    case 'RunMicrotasks':
    case 'v8.callFunction':
    case 'IntersectionObserverController::computeIntersections':
    case 'ScheduleStyleRecalculation':
      return e.name;
    default:
      return null;
  }
}

/** A page's typing traced turn by turn; each turn's keys lined up with its events. */
export class LongKeys {
  private readonly keys: TracedKey[] = [];
  private chunks = 0;

  constructor(
    private readonly page: Page,
    readonly name: string,
  ) {}

  async start(): Promise<void> {
    await this.page.context().browser()!.startTracing(this.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8'] });
  }

  /** Stops the trace and lines this turn's samples (in keydown order) up with its keydowns. */
  async stop(samples: KeySample[]): Promise<void> {
    const chunk = this.chunks++;
    const buffer = await this.page.context().browser()!.stopTracing();
    const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    const keydowns = new Map<string, TraceEvent[]>();
    for (const e of events) if (e.name === 'EventDispatch' && e.args?.data?.type === 'keydown' && e.ph === 'X') keydowns.set(`${e.pid}:${e.tid}`, [...(keydowns.get(`${e.pid}:${e.tid}`) ?? []), e]);
    const [thread, downs] = [...keydowns].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    downs.sort((a, b) => a.ts - b.ts);
    if (downs.length !== samples.length) {
      console.error(`long keys (${this.name}): ${downs.length} keydowns traced for ${samples.length} keys; turn ${chunk + 1} left out`);
      return;
    }
    const main = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
    samples.forEach((s, index) => {
      // The harness's clock against the trace's: this key's keydown starts at its t0.
      const offset = downs[index].ts / 1000 - s.t0;
      const from = downs[index].ts;
      const inputEnd = Number.isFinite(s.input) && s.input <= s.t1 ? s.input : Math.min(s.msg, s.t1);
      // The two stretches the work figure counts: the key's handling, and its frame (the idle wait between is not work).
      const windows = [
        [from, (inputEnd + offset) * 1000],
        [(s.t1 + offset) * 1000, (s.t2 + offset) * 1000],
      ];
      const kinds = new Map<string, number>();
      const heldBy = new Map<string, number>();
      const arrived = (s.ts + offset) * 1000;
      for (const e of main) {
        const kind = kindOf(e);
        if (!kind || e.ts > windows[1][1] || e.ts + e.dur! < arrived) continue;
        for (const [a, b] of windows) {
          // Only the part inside the window: a task that began before it counts for what is left of it.
          const overlap = Math.min(b, e.ts + e.dur!) - Math.max(a, e.ts);
          if (overlap > 0) kinds.set(kind, (kinds.get(kind) ?? 0) + overlap / 1000);
        }
        const held = Math.min(from, e.ts + e.dur!) - Math.max(arrived, e.ts);
        if (held > 0 && !kind.startsWith('event key')) heldBy.set(kind, (heldBy.get(kind) ?? 0) + held / 1000);
      }
      this.keys.push({
        chunk,
        index,
        key: s.key,
        work: inputEnd - s.t0 + (s.t2 - s.t1),
        latency: s.t2 - s.ts,
        kinds,
        queued: s.t0 - s.ts,
        heldBy,
      });
    });
  }

  /** The slowest 5% of keys against the rest, kind by kind, and the slowest keys one by one, as lines. */
  summary(show = 10): string[] {
    if (!this.keys.length) return [`${this.name}: no keys lined up with the trace`];
    const sorted = [...this.keys].sort((a, b) => b.work - a.work);
    const tail = sorted.slice(0, Math.max(1, Math.round(sorted.length * 0.05)));
    const rest = sorted.slice(tail.length);
    const mean = (keys: TracedKey[], kind: string) => keys.reduce((sum, k) => sum + (k.kinds.get(kind) ?? 0), 0) / Math.max(1, keys.length);
    const allKinds = [...new Set(this.keys.flatMap((k) => [...k.kinds.keys()]))];
    const byGap = allKinds.map((kind) => ({ kind, tail: mean(tail, kind), rest: mean(rest, kind) })).sort((a, b) => b.tail - b.rest - (a.tail - a.rest));
    const list = (kinds: Map<string, number>) =>
      [...kinds]
        .filter(([kind, ms]) => ms >= 0.3 && kind !== 'v8.callFunction' && kind !== 'RunMicrotasks')
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([kind, ms]) => `${kind} ${ms.toFixed(1)}`)
        .join(', ');
    const line = (k: TracedKey) =>
      `    turn ${k.chunk + 1} key ${String(k.index + 1).padStart(2)} ${JSON.stringify(k.key)}: work ${k.work.toFixed(1)} ms, latency ${k.latency.toFixed(1)} ms (${k.queued.toFixed(1)} before its keydown${k.heldBy.size ? `: ${list(k.heldBy)}` : ''}); ${list(k.kinds)}`;
    return [
      `${this.name}: ${this.keys.length} keys; slowest 5% (${tail.length}) work ${(tail.reduce((s, k) => s + k.work, 0) / tail.length).toFixed(1)} ms each, the rest ${(rest.reduce((s, k) => s + k.work, 0) / Math.max(1, rest.length)).toFixed(1)} ms`,
      '  ms per key inside the key\'s window: slowest 5% | the rest (kinds that differ most first)',
      ...byGap.slice(0, 24).map(({ kind, tail: t, rest: r }) => `  ${t.toFixed(2).padStart(7)} | ${r.toFixed(2).padStart(6)}  ${kind}`),
      '  the slowest keys:',
      ...sorted.slice(0, show).map(line),
      ...this.latencyTail(show, line),
    ];
  }

  /** The keys in the slowest 5% of latency: what held them up before their keydown ran. */
  private latencyTail(show: number, line: (k: TracedKey) => string): string[] {
    const sorted = [...this.keys].sort((a, b) => b.latency - a.latency);
    const tail = sorted.slice(0, Math.max(1, Math.round(sorted.length * 0.05)));
    const held = new Map<string, number>();
    for (const k of tail) for (const [kind, ms] of k.heldBy) held.set(kind, (held.get(kind) ?? 0) + ms / tail.length);
    return [
      `  slowest 5% of latency: ${(tail.reduce((s, k) => s + k.latency, 0) / tail.length).toFixed(1)} ms each, ${(tail.reduce((s, k) => s + k.queued, 0) / tail.length).toFixed(1)} ms of it before the keydown ran, held up by:`,
      ...[...held].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([kind, ms]) => `  ${ms.toFixed(2).padStart(7)}  ${kind}`),
      ...sorted.slice(0, Math.ceil(show / 2)).map(line),
    ];
  }
}
