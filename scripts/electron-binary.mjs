// Where the Electron binary is, or null. Electron 42+ downloads it on first
// use, not at install, so machines that reach only the npm registry have none.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronBinary(cwd = process.cwd()) {
  try {
    const dir = join(cwd, 'node_modules', 'electron');
    const path = join(dir, 'dist', readFileSync(join(dir, 'path.txt'), 'utf8').trim());
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
