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
