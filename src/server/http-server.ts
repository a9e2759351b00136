// Browser mode: the built renderer and the contract's calls over HTTP on
// 127.0.0.1. POST /api/<call> with the JSON arguments answers the same
// envelope the IPC binding does, from the same dispatch.
import { randomBytes } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Handlers } from '../shared/contract/api';
import { dispatch } from '../shared/contract/dispatch';
import { CONTENT_SECURITY_POLICY } from '../shared/contract/csp';
import { checkRequest, TOKEN_COOKIE } from './guard';

/** Imports carry a 20 MB file as base64; nothing else comes near this. */
export const MAX_BODY_BYTES = 30 * 1024 * 1024;

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

export interface BrowserModeOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  log?: (line: string) => void;
}

export interface BrowserMode {
  server: Server;
  port: number;
  token: string;
  url: string;
  close(): Promise<void>;
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.log ?? (() => {});
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      log(`request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message: 'The request failed.' } });
      else response.destroy();
    });
  });
  // A slow or endless body must not hold the server.
  server.requestTimeout = 60_000;
  server.headersTimeout = 10_000;

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const verdict = checkRequest(request, port, token, url);
    if (!verdict.ok) return send(response, verdict.status, { ok: false, error: { code: 'forbidden', message: verdict.reason } });

    if (url.pathname.startsWith('/api/')) {
      if (request.method !== 'POST') return send(response, 405, { ok: false, error: { code: 'invalid-argument', message: 'Calls are POST requests.' } });
      if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) {
        return send(response, 415, { ok: false, error: { code: 'invalid-argument', message: 'Calls carry JSON.' } });
      }
      const body = await readBody(request);
      if (body === 'too-large') {
        return send(response, 413, { ok: false, error: { code: 'invalid-argument', message: `The request is larger than ${MAX_BODY_BYTES / 1048576} MB.` } });
      }
      let args: unknown;
      try {
        args = body.length ? JSON.parse(body) : {};
      } catch {
        return send(response, 400, { ok: false, error: { code: 'invalid-argument', message: 'The request body is not valid JSON.' } });
      }
      const envelope = await dispatch(options.handlers, url.pathname.slice('/api/'.length), args, (error) =>
        log(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
      );
      const status = envelope.ok ? 200 : envelope.error.code === 'unknown-call' ? 404 : envelope.error.code === 'internal' ? 500 : 400;
      return send(response, status, envelope);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, { ok: false, error: { code: 'invalid-argument', message: 'Only GET here.' } });
    if (url.searchParams.has('token')) {
      // Trade the token in the address for a cookie the page's own requests carry, and drop it from the address bar.
      response.writeHead(303, {
        location: '/',
        'set-cookie': `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      return response.end();
    }
    return serveStatic(options.staticDir, url.pathname, response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: Galley is never reachable from another machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      return resolve('too-large');
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) over = true;
      if (!over) chunks.push(chunk);
    });
    request.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** What the build names by content hash (vite's assets/name-HASH.ext). */
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8,}\.(?:js|css|woff2?)$/;

async function serveStatic(root: string, pathname: string, response: ServerResponse) {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return send(response, 400, { ok: false, error: { code: 'invalid-argument', message: 'Bad path.' } });
  }
  if (relative === '/' || relative === '') relative = '/index.html';
  const path = normalize(join(root, relative));
  if (!path.startsWith(normalize(root) + sep)) return send(response, 404, { ok: false, error: { code: 'not-found', message: 'Not found.' } });
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
  } catch {
    return send(response, 404, { ok: false, error: { code: 'not-found', message: 'Not found.' } });
  }
  const body = await readFile(path);
  response.writeHead(200, {
    'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // The bundles' names carry a hash of their content, so a name always means the same bytes: the browser
    // keeps them, and with them V8's compiled code. The page itself is asked for afresh each time.
    'cache-control': HASHED_ASSET.test(relative) ? 'private, max-age=31536000, immutable' : 'no-cache',
  });
  response.end(body);
}

function send(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
  });
  response.end(JSON.stringify(body));
}
