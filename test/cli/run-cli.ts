// The built command line as a real child process, built first when the
// bundle is missing or older than the source it comes from.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(repoRoot, 'out/node/cli.js');
export const SEED = path.resolve(repoRoot, '../shared/fixtures/seed-article.txt');
export const NITF_XSD = path.resolve(repoRoot, '../shared/schemas/nitf/nitf-3-6.xsd');

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function buildCliIfStale(): void {
  const sources = ['src/cli', 'src/services', 'src/shared'].map((d) => newestIn(path.join(repoRoot, d)));
  if (existsSync(CLI) && statSync(CLI).mtimeMs >= Math.max(...sources)) return;
  execFileSync('npx', ['vite', 'build', '--config', 'vite.node.config.ts'], { cwd: repoRoot, stdio: 'pipe' });
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function galley(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string; entry?: string } = {}): Promise<Run> {
  // GALLEY_LIBRARY from the test's own environment must not leak into a run that means to test the default.
  const { GALLEY_LIBRARY: _library, GALLEY_EXPORTS: _exports, ...base } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [options.entry ?? CLI, ...args],
      { cwd: options.cwd ?? repoRoot, env: { ...base, ...options.env }, encoding: 'utf8', timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

export const lines = (text: string) => text.split('\n').filter((l) => l.length > 0);
