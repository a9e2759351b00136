// Where the shipped fonts and layout templates are on disk. The built code
// runs from out/node (browser mode, command line) or out/main (Electron); the
// sources run from src/services/pdf under the tests. All of them sit under the
// project root beside resources/, so the search walks up from this file until
// it finds resources/fonts/fonts.css (out/node → ../../resources). GALLEY_RESOURCES,
// or a folder passed by the caller, wins: a packaged app keeps them elsewhere.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface ResourceDirs {
  fontsDir: string;
  layoutsDir: string;
}

const MAX_LEVELS = 6;

export function findResources(explicit?: string, env: NodeJS.ProcessEnv = process.env, from: string = import.meta.dirname): ResourceDirs | null {
  const candidates: string[] = [];
  if (explicit) candidates.push(resolve(explicit));
  if (env.GALLEY_RESOURCES) candidates.push(resolve(env.GALLEY_RESOURCES));
  let dir = from;
  for (let i = 0; i < MAX_LEVELS; i++) {
    candidates.push(join(dir, 'resources'));
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  for (const root of candidates) {
    if (existsSync(join(root, 'fonts', 'fonts.css')) && existsSync(join(root, 'layouts', 'index.json'))) {
      return { fontsDir: join(root, 'fonts'), layoutsDir: join(root, 'layouts') };
    }
  }
  return null;
}
