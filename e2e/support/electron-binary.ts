// The Electron binary is downloaded on first use and cannot be on machines
// that reach only the npm registry: the electron project runs where it is.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function electronBinary(): string | null {
  try {
    const dir = join(process.cwd(), 'node_modules', 'electron');
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const path = join(dir, 'dist', relative);
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}
