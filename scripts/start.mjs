// `npm start`: build, fetch the Electron binary if this machine has none yet
// (Electron 42+ downloads it on first use, not at install), then launch.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run('npx', ['electron-vite', 'build']);
if (!electronBinary() !== null) {
  console.log('Fetching the Electron binary (first run only)…');
  run('npx', ['install-electron']);
}
run('npx', ['electron', '.', ...process.argv.slice(2)]);
