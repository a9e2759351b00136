// `npm start`: fetch the Electron binary if this machine has none yet
// (Electron 42+ downloads it on first use, not at install), build, then launch.
// The binary is looked for first, so a machine that cannot fetch it hears why
// at once, before a build it could not use.
import { spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary.mjs';
import { cannotFetchElectron } from './first-run.mjs';

const shell = process.platform === 'win32';
const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (electronBinary() === null) {
  console.log('Fetching the Electron binary (first run only)…');
  // Its own output is a stack trace on a machine without the network: keep it for the curious, say why in words.
  const fetched = spawnSync('npx', ['install-electron'], { encoding: 'utf8', shell });
  if (fetched.status !== 0 || electronBinary() === null) {
    console.error(cannotFetchElectron(`${fetched.stderr ?? ''}${fetched.stdout ?? ''}`));
    process.exit(1);
  }
}
run('npx', ['electron-vite', 'build']);
run('npx', ['electron', '.', ...process.argv.slice(2)]);
