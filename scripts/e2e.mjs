// Runs the Playwright suite. Where an Electron binary is present on a Linux
// machine without a display, the electron project needs a virtual one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function electronPresent() {
  try {
    const dir = join('node_modules', 'electron');
    return existsSync(join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim()));
  } catch {
    return false;
  }
}

const args = ['playwright', 'test', ...process.argv.slice(2)];
const needsDisplay = electronPresent() && process.platform === 'linux' && !process.env.DISPLAY;
const [cmd, cmdArgs] = needsDisplay ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args];
const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
process.exit(result.status ?? 1);
