// `npm start`: build, fetch the Electron binary if this machine has none yet
// (Electron 42+ downloads it on first use, not at install), then launch.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

function electronPresent() {
  try {
    const dir = join('node_modules', 'electron');
    return existsSync(join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim()));
  } catch {
    return false;
  }
}

run('npx', ['electron-vite', 'build']);
if (!electronPresent()) {
  console.log('Fetching the Electron binary (first run only)…');
  run('npx', ['install-electron']);
}
run('npx', ['electron', '.', ...process.argv.slice(2)]);
