// The built renderer's files as browser mode answers them, kept in memory
// with their headers made once. A page's first load asks for a dozen files
// at once; reading each from disk (a stat and a read, each a trip through
// Node's thread pool) put the first script and the body editor behind
// those trips. A hashed asset (vite's `assets/name-HASH.ext`) always means
// the same bytes, so once read it is answered from memory; any other file
// (the page itself, fonts, layout templates) is checked against the disk
// on each request, so a rebuild under a running server is served as built.
import { readFile, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../shared/contract/csp';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.ico': 'image/x-icon',
};

/** What the build names by content hash (vite's assets/name-HASH.ext). */
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8,}\.(?:js|css|woff2?)$/;

/** One file as it is answered: its bytes, the headers they go with, and what the disk said of it when read. */
export interface StaticFile {
  body: Buffer;
  headers: Record<string, string>;
  mtimeMs: number;
  size: number;
}

function headersFor(relative: string, path: string, size: number): Record<string, string> {
  return {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'content-length': String(size),
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // No other origin (another local server's page among them) may hold a window on ours or embed our files.
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    // The bundles' names carry a hash of their content, so a name always means the same bytes: the browser
    // keeps them, and with them V8's compiled code. The page itself is asked for afresh each time.
    'cache-control': HASHED_ASSET.test(relative) ? 'private, max-age=31536000, immutable' : 'no-cache',
  };
}

/** The files under `root` (the built renderer) as answered, read once and kept. */
export class StaticFiles {
  readonly #root: string;
  readonly #kept = new Map<string, StaticFile>();

  constructor(root: string) {
    this.#root = normalize(root);
  }

  /**
   * The file at the request's path (`/` is the page), or null where there is none to serve: outside the
   * root, in a dot folder (the build's own bookkeeping, such as vite's manifest), or not a file.
   */
  async get(relative: string): Promise<StaticFile | null> {
    if (relative === '/' || relative === '') relative = '/index.html';
    if (relative.split('/').some((segment) => segment.startsWith('.'))) return null;
    const path = normalize(join(this.#root, relative));
    if (!path.startsWith(this.#root + sep)) return null;
    const kept = this.#kept.get(path);
    if (kept && HASHED_ASSET.test(relative)) return kept;
    if (kept) {
      // A stat of a local file is quicker done at once than queued for the thread pool.
      const now = statOf(path);
      if (now && now.mtimeMs === kept.mtimeMs && now.size === kept.size) return kept;
      this.#kept.delete(path);
    }
    return this.#read(relative, path);
  }

  /** Reads the page and the files it names into memory before anyone asks, so the first load is answered from it. */
  async warm(): Promise<void> {
    const page = await this.get('/');
    if (!page) return;
    const named = [...page.body.toString('utf8').matchAll(/(?:href|src)="\.(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    await Promise.all(named.map((file) => this.get(file)));
  }

  async #read(relative: string, path: string): Promise<StaticFile | null> {
    try {
      const info = await stat(path);
      if (!info.isFile()) return null;
      const body = await readFile(path);
      // Read as it was when stat'ed: a file written in between is checked again on the next request.
      const file: StaticFile = { body, headers: headersFor(relative, path, body.length), mtimeMs: info.mtimeMs, size: info.size };
      this.#kept.set(path, file);
      return file;
    } catch {
      return null;
    }
  }
}

function statOf(path: string): { mtimeMs: number; size: number } | null {
  try {
    const info = statSync(path);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}
