// What `npm start` says when the Electron binary cannot be fetched: what failed,
// how to get the binary, and that browser mode works now.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The message for a failed fetch; `output` is install-electron's own, of which only the first line is kept. */
export function cannotFetchElectron(output, cwd = process.cwd()) {
  let version = '';
  try {
    version = JSON.parse(readFileSync(join(cwd, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  } catch {
    /* the message still reads without the version */
  }
  const zip = `electron-v${version || '<version>'}-${process.platform}-${process.arch}.zip`;
  const reason = output.split('\n').map((l) => l.trim()).find(Boolean) ?? 'no answer';
  return [
    '',
    `Galley could not fetch the Electron binary (${reason}): this machine cannot reach Electron's downloads at github.com/electron/electron/releases.`,
    `To get it: set ELECTRON_MIRROR to a mirror you can reach and run npm start again, or unzip an ${zip} you already have and set ELECTRON_OVERRIDE_DIST_PATH to that folder.`,
    'Browser mode needs no Electron and works now: npm run serve',
    '',
  ].join('\n');
}
