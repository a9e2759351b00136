// Where a keystroke's time goes: GALLEY_TYPING_PROFILE=folder records a CPU
// profile of each Galley page while it is typed into (Chrome DevTools'
// Profiler over Playwright's CDP session), writes it there as a .cpuprofile
// for DevTools, and prints the functions that took the most time of their
// own, so a regression is found from the bench run that showed it.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CDPSession, Page } from '@playwright/test';

/** The folder profiles go to, when asked for. */
export const PROFILE_DIR = process.env.GALLEY_TYPING_PROFILE ?? '';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** A page's profiler, started and stopped around each turn of typing; the turns' profiles kept. */
export class TypingProfiler {
  private session: CDPSession | null = null;
  private readonly profiles: CpuProfile[] = [];

  constructor(
    private readonly page: Page,
    readonly name: string,
  ) {}

  async start(): Promise<void> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    await this.session.send('Profiler.enable');
    // 100 µs: fine enough to see a plugin's apply inside a 2 ms keystroke.
    await this.session.send('Profiler.setSamplingInterval', { interval: 100 });
    await this.session.send('Profiler.start');
  }

  async stop(): Promise<void> {
    const { profile } = (await this.session!.send('Profiler.stop')) as { profile: CpuProfile };
    this.profiles.push(profile);
  }

  /** Writes each turn's profile and returns the top functions by self time over all turns, as lines. */
  async save(dir: string, top = 40): Promise<string[]> {
    const self = new Map<string, number>();
    let total = 0;
    for (const [i, profile] of this.profiles.entries()) {
      await writeFile(join(dir, `${this.name}-${i + 1}.cpuprofile`), JSON.stringify(profile));
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const samples = profile.samples ?? [];
      const deltas = profile.timeDeltas ?? [];
      for (let k = 0; k < samples.length; k++) {
        const node = byId.get(samples[k]);
        // The sample's time is the gap to the next one.
        const ms = (deltas[k + 1] ?? 0) / 1000;
        if (!node) continue;
        const { functionName, url, lineNumber, columnNumber } = node.callFrame;
        if (functionName === '(idle)' || functionName === '(program)') continue;
        const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + ms);
        total += ms;
      }
    }
    const rows = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
    return [`${this.name}: ${total.toFixed(0)} ms busy while typing`, ...rows.map(([key, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`)];
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: {
    name?: string;
    data?: { type?: string };
    beginData?: { dirtyObjects?: number; totalObjects?: number };
    endData?: { root?: number[] };
  };
}

/**
 * GALLEY_TYPING_TRACE=1: a DevTools timeline trace of each page while it is typed into, summed by event
 * (style, layout, paint, script, GC) on the renderer's main thread, so time spent outside JavaScript, which
 * the CPU profile lumps together as "(program)", is named too. One trace at a time, as the pages take turns.
 */
export const TRACE = process.env.GALLEY_TYPING_TRACE === '1';

export class TypingTracer {
  private readonly totals = new Map<string, number>();
  /** Layouts by the box of their layout root, so the element that relays out per key can be named. */
  private readonly layoutRoots = new Map<string, { count: number; ms: number; dirty: number }>();
  private keys = 0;
  private tallies: { mutations: Record<string, number>; listenerMs: Record<string, number> } = { mutations: {}, listenerMs: {} };
  private tallyKeys = 0;

  /** The page's DOM changes and listener times so far (the harness sums them across turns), over the keys typed so far. */
  tally(tallies: { mutations: Record<string, number>; listenerMs: Record<string, number> }, keys: number): void {
    this.tallies = tallies;
    this.tallyKeys += keys;
  }

  constructor(
    private readonly page: Page,
    readonly name: string,
  ) {}

  async start(): Promise<void> {
    await this.page.context().browser()!.startTracing(this.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  }

  async stop(): Promise<void> {
    const buffer = await this.page.context().browser()!.stopTracing();
    const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    // The main thread of the renderer the keys went to: the one that dispatched the keydowns.
    const keydowns = new Map<string, number>();
    for (const e of events) if (e.name === 'EventDispatch' && e.args?.data?.type === 'keydown') keydowns.set(`${e.pid}:${e.tid}`, (keydowns.get(`${e.pid}:${e.tid}`) ?? 0) + 1);
    const [thread, count] = [...keydowns].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    this.keys += count;
    for (const e of events) {
      if (`${e.pid}:${e.tid}` !== thread || e.ph !== 'X' || !e.dur) continue;
      const name = e.name === 'EventDispatch' ? `EventDispatch ${e.args?.data?.type}` : e.name;
      this.totals.set(name, (this.totals.get(name) ?? 0) + e.dur / 1000);
      if (e.name === 'Layout') {
        const q = e.args?.endData?.root ?? [];
        const box = q.length >= 8 ? `root ${Math.round(q[2]! - q[0]!)}x${Math.round(q[5]! - q[1]!)} at ${Math.round(q[0]!)},${Math.round(q[1]!)}` : 'root ?';
        const row = this.layoutRoots.get(box) ?? { count: 0, ms: 0, dirty: 0 };
        row.count++;
        row.ms += e.dur / 1000;
        row.dirty += e.args?.beginData?.dirtyObjects ?? 0;
        this.layoutRoots.set(box, row);
      }
    }
  }

  /** Milliseconds per key of each kind of event (nested events are counted in their parents too), as lines. */
  summary(top = 30): string[] {
    const rows = [...this.totals].sort((a, b) => b[1] - a[1]).slice(0, top);
    const keys = Math.max(1, this.keys);
    const roots = [...this.layoutRoots].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6);
    return [
      `${this.name}: ${this.keys} keys traced`,
      ...rows.map(([name, ms]) => `  ${(ms / keys).toFixed(3).padStart(8)} ms/key  ${name}`),
      ...Object.entries(this.tallies.mutations)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 12)
        .map(([what, n]) => `  mutations ${(n / Math.max(1, this.tallyKeys)).toFixed(2)}/key  ${what}`),
      `  listeners on React's roots and the document: ${(Object.values(this.tallies.listenerMs).reduce((a, b) => a + b, 0) / Math.max(1, this.tallyKeys)).toFixed(3)} ms/key`,
      ...Object.entries(this.tallies.listenerMs)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([what, ms]) => `    ${(ms / Math.max(1, this.tallyKeys)).toFixed(3)} ms/key  ${what}`),
      ...roots.map(([box, r]) => `  layout ${box}: ${(r.count / keys).toFixed(2)}/key, ${(r.ms / keys).toFixed(3)} ms/key, ${(r.dirty / Math.max(1, r.count)).toFixed(0)} dirty objects each`),
    ];
  }
}
