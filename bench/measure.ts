// Timing helpers and the table every bench section adds rows to.
import { performance } from 'node:perf_hooks';

export interface Row {
  section: string;
  metric: string;
  galley: number;
  baseline: number | null;
  baselineName?: string;
  unit: string;
  /** 'lower' when a smaller number is better (times); ratio = galley / baseline. */
  note?: string;
}

export async function time(fn: () => unknown | Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export async function sample(runs: number, fn: (i: number) => unknown | Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push(await time(() => fn(i)));
  return out;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const fmt = (n: number | null, unit: string) => (n === null ? '—' : `${n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2)} ${unit}`);

export function printTable(rows: Row[]): void {
  const lines = rows.map((r) => [
    r.section,
    r.metric,
    fmt(r.galley, r.unit),
    r.baseline === null ? '—' : `${fmt(r.baseline, r.unit)}${r.baselineName ? ` (${r.baselineName})` : ''}`,
    r.baseline ? `${(r.galley / r.baseline).toFixed(2)}×` : '—',
    r.note ?? '',
  ]);
  const header = ['section', 'metric', 'galley', 'baseline', 'ratio', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  console.log(row(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const l of lines) console.log(row(l));
}
