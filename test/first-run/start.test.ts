// `npm start` on a machine that cannot download Electron (this one: it reaches
// only the npm registry) must say what failed and what to do, not print a stack.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../scripts/electron-binary.mjs';

const root = resolve(import.meta.dirname, '../..');

describe('first run without the Electron binary', () => {
  it.runIf(electronBinary() === null)('npm start explains the failed fetch in words, names the ways to get Electron and browser mode, and prints no stack', () => {
    const started = spawnSync(process.execPath, ['scripts/start.mjs'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
      // Where the network is absent a fetch fails at once; where it is present, an unreachable mirror stands in for it.
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/' },
    });
    expect(started.status).toBe(1);
    const said = started.stdout + started.stderr;
    expect(said).toContain('Galley could not fetch the Electron binary');
    expect(said).toContain('ELECTRON_MIRROR');
    expect(said).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(said).toContain('npm run serve');
    expect(said).not.toMatch(/\n\s+at .+:\d+:\d+\)?/);
    // It stopped before building: a build is no use without the binary.
    expect(said).not.toContain('electron-vite');
  });

  it('an Electron the sub already has is found through ELECTRON_OVERRIDE_DIST_PATH, and a missing one is not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'galley-electron-'));
    try {
      const project = join(dir, 'project');
      await mkdir(join(project, 'node_modules', 'electron'), { recursive: true });
      expect(electronBinary(project, {})).toBeNull();
      const unzipped = join(dir, 'electron-v45');
      await mkdir(unzipped);
      const name = process.platform === 'win32' ? 'electron.exe' : process.platform === 'darwin' ? 'Electron.app/Contents/MacOS/Electron' : 'electron';
      await mkdir(join(unzipped, name, '..'), { recursive: true });
      await writeFile(join(unzipped, name), '');
      expect(electronBinary(project, { ELECTRON_OVERRIDE_DIST_PATH: unzipped })).toBe(join(unzipped, name));
      expect(electronBinary(project, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere') })).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
