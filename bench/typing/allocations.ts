// What a page allocates while it is typed into: GALLEY_TYPING_ALLOCATIONS=1
// samples the renderer's heap allocations (V8's sampling heap profiler over
// CDP, counting objects already collected again, which are what the per-key
// GC pays for) and prints the functions that allocated most, per key, so the
// cheap big allocators on the typing path and after each pause can be named.
import type { CDPSession, Page } from '@playwright/test';

/** Set when allocations are asked for. */
export const ALLOCATIONS = process.env.GALLEY_TYPING_ALLOCATIONS === '1';

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: SamplingNode[];
}

/** A page's allocation sampling, started and stopped around each turn of typing; bytes summed by function. */
export class TypingAllocations {
  private session: CDPSession | null = null;
  private readonly bytes = new Map<string, number>();
  private keys = 0;

  constructor(
    private readonly page: Page,
    readonly name: string,
  ) {}

  async start(): Promise<void> {
    this.session ??= await this.page.context().newCDPSession(this.page);
    await this.session.send('HeapProfiler.enable');
    await this.session.send('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  }

  async stop(keys: number): Promise<void> {
    const { profile } = (await this.session!.send('HeapProfiler.stopSampling')) as { profile: { head: SamplingNode } };
    this.keys += keys;
    const walk = (node: SamplingNode, caller: string) => {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const here = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}:${columnNumber + 1}`;
      // Each allocation site with the function that called it, so a library's helper is placed by its caller.
      if (node.selfSize) this.bytes.set(`${here}  ← ${caller}`, (this.bytes.get(`${here}  ← ${caller}`) ?? 0) + node.selfSize);
      for (const child of node.children) walk(child, here);
    };
    walk(profile.head, '(root)');
  }

  /** Kilobytes per key by allocating function, as lines. */
  summary(top = 25): string[] {
    const total = [...this.bytes.values()].reduce((a, b) => a + b, 0);
    const keys = Math.max(1, this.keys);
    return [
      `${this.name}: ${(total / keys / 1024).toFixed(1)} KB allocated per key (sampled, including what was collected again)`,
      ...[...this.bytes]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([where, b]) => `  ${(b / keys / 1024).toFixed(2).padStart(7)} KB/key  ${where}`),
    ];
  }
}
