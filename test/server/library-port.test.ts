// Browser mode's default port is the library's own, so the recovery journal
// the browser keeps per origin is found again after a restart; when another
// program holds that port, Galley takes another and says so. The built
// server, started as the README says (no --port), in real processes.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { libraryPort } from '../../src/server/library-port';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Starts `out/node/serve.js` on a library, reads what it prints until the library line, and stops it. */
function serveOnce(library: string): Promise<{ port: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['out/node/serve.js', '--library', library], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const url = /running at (http:\/\/127\.0\.0\.1:(\d+)\/\S*)/.exec(out);
      if (url && out.includes('Library: ')) {
        child.once('exit', () => resolve({ port: Number(url[2]), stdout: out }));
        child.kill('SIGTERM');
      }
    });
    child.stderr!.on('data', (chunk) => (err += chunk));
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (!/running at/.test(out)) reject(new Error(`serve exited ${code ?? signal}: ${err}`));
    });
  });
}

describe("browser mode's port", () => {
  it('is the same for a library every time, in 20000–29999, and differs between libraries', () => {
    const a = libraryPort('/home/sub/galley-library');
    expect(libraryPort('/home/sub/galley-library')).toBe(a);
    expect(a).toBeGreaterThanOrEqual(20_000);
    expect(a).toBeLessThan(30_000);
    const ports = new Set(Array.from({ length: 200 }, (_, i) => libraryPort(`/home/sub/library-${i}`)));
    expect(ports.size).toBeGreaterThan(190);
    // Windows and macOS find a folder whatever the case it is typed in.
    expect(libraryPort('C:\\Users\\Sub\\Galley', 'win32')).toBe(libraryPort('c:\\users\\sub\\galley', 'win32'));
  });

  it('is the library’s own when started without --port, twice; another, said on stdout, when that one is taken', async () => {
    const library = await mkdtemp(join(tmpdir(), 'galley-port-'));
    made.push(library);
    const own = libraryPort(library);
    const first = await serveOnce(library);
    expect(first.port).toBe(own);
    expect((await serveOnce(library)).port).toBe(own);

    const squatter: Server = createServer();
    await new Promise<void>((resolve) => squatter.listen(own, '127.0.0.1', resolve));
    try {
      const moved = await serveOnce(library);
      expect(moved.port).not.toBe(own);
      expect(moved.stdout).toContain(`Port ${own}, this library's own, is taken by another program, so Galley is on port ${moved.port} for this run.`);
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
  });
});
