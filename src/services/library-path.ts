// Where a library lives when nobody says otherwise: the same folder the
// desktop app uses (Electron's userData for an app named Galley), so browser
// mode, the command line and the desktop app open one library by default.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function userDataFolder(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Galley');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Galley');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Galley');
}

/** `--library DIR` beats `GALLEY_LIBRARY`, which beats the user-data folder. */
export function resolveLibraryPath(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, fallbackRoot = userDataFolder()): string {
  const flag = argv.indexOf('--library');
  const fromFlag = flag >= 0 ? argv[flag + 1] : undefined;
  const chosen = fromFlag ?? env.GALLEY_LIBRARY;
  return chosen ? resolve(chosen) : join(fallbackRoot, 'library');
}
