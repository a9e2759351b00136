// Runs the Playwright suite. Where an Electron binary is present on a Linux
// machine without a display, the electron project needs a virtual one.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const args = ['playwright', 'test', ...process.argv.slice(2)];
const needsDisplay = electronBinary() !== null && process.platform === 'linux' && !process.env.DISPLAY;
const [cmd, cmdArgs] = needsDisplay ? ['xvfb-run', ['-a', 'npx', ...args]] : ['npx', args];
const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit' });
process.exit(result.status ?? 1);
