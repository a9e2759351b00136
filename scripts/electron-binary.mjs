// Where the Electron binary is, or null. Electron 42+ downloads it on first
// use, not at install, so machines that reach only the npm registry have none.
// ELECTRON_OVERRIDE_DIST_PATH (an unzipped Electron the sub already has) is
// honoured as Electron's own launcher honours it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const EXECUTABLE = { darwin: 'Electron.app/Contents/MacOS/Electron', win32: 'electron.exe' };

export function electronBinary(cwd = process.cwd(), env = process.env) {
  const dir = join(cwd, 'node_modules', 'electron');
  let name = null;
  try {
    name = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
  } catch {
    /* not fetched yet */
  }
  const path = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, name ?? EXECUTABLE[process.platform] ?? 'electron')
    : name && join(dir, 'dist', name);
  return path && existsSync(path) ? path : null;
}
