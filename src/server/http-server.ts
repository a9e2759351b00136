// Browser mode: the built renderer and the contract's calls over HTTP on
// 127.0.0.1. POST /api/<call> with the JSON arguments answers the same
// envelope the IPC binding does, from the same dispatch.
//
// Only calls need the token (in the X-Galley-Token header). The page, its
// bundles, fonts and layout templates are served to anyone who names our own
// host: they are the shipped build, the same on every machine, and hold no
// token and nothing from the library. They must be open, because a <script>,
// a stylesheet or an @font-face cannot carry a header.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../shared/contract/api';
import { dispatch } from '../shared/contract/dispatch';
import { checkCall, checkPlace, isJsonContentType } from './guard';
import { addressWithTicket, BrowserSession, TICKET_HEADER } from './session';
import { StaticFiles } from './static-files';
import { messageOf } from '../shared/message-of';
import { jsonOf } from '../services/store/kept-json';

/** Imports carry a 20 MB file as base64; nothing else comes near this. */
export const MAX_BODY_BYTES = 30 * 1024 * 1024;

export interface BrowserModeOptions {
  handlers: Handlers;
  /** The built renderer (out/renderer). */
  staticDir: string;
  port?: number;
  token?: string;
  log?: (line: string) => void;
  /** Told the fresh address each time a tab has used the last one (each address opens Galley once). */
  onNewAddress?: (url: string) => void;
}

export interface BrowserMode {
  server: Server;
  port: number;
  token: string;
  /** The first address to open (`http://127.0.0.1:PORT/#ticket=…`); it works once. */
  url: string;
  /** The address that opens Galley in a new tab right now. */
  address(): string;
  close(): Promise<void>;
}

export async function startBrowserMode(options: BrowserModeOptions): Promise<BrowserMode> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.log ?? (() => {});
  let port = 0;
  const files = new StaticFiles(options.staticDir);
  const session = new BrowserSession(token, (ticket) => options.onNewAddress?.(addressWithTicket(port, ticket)));
  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      log(`request failed: ${messageOf(error)}`);
      if (!response.headersSent) send(response, 500, { ok: false, error: { code: 'internal', message: 'The request failed.' } });
      else response.destroy();
    });
  });
  // A slow or endless body must not hold the server.
  server.requestTimeout = 60_000;
  server.headersTimeout = 10_000;

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const place = checkPlace(request, port);
    if (!place.ok) return send(response, place.status, { ok: false, error: { code: 'forbidden', message: place.reason } });

    if (url.pathname === '/session') return answerSession(request, response);

    if (url.pathname.startsWith('/api/')) {
      const verdict = checkCall(request, port, token, url);
      if (!verdict.ok) return send(response, verdict.status, { ok: false, error: { code: 'forbidden', message: verdict.reason } });
      if (request.method !== 'POST') return send(response, 405, { ok: false, error: { code: 'invalid-argument', message: 'Calls are POST requests.' } });
      if (!isJsonContentType(request.headers['content-type'])) {
        return send(response, 415, { ok: false, error: { code: 'invalid-argument', message: 'Calls carry JSON.' } });
      }
      const started = performance.now();
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
      const answered = performance.now();
      const json = envelope.ok ? `{"ok":true,"value":${jsonOf(envelope.value)}}` : JSON.stringify(envelope);
      // The call's time and the answer's serialising, for the window's resource timings (the bench reads them).
      const timing = `call;dur=${(answered - started).toFixed(1)}, json;dur=${(performance.now() - answered).toFixed(1)}`;
      return send(response, status, json, timing);
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, { ok: false, error: { code: 'invalid-argument', message: 'Only GET here.' } });
    return serveStatic(files, url.pathname, response);
  }

  /**
   * POST /session: a tab trades the ticket from its address (X-Galley-Ticket) for the token, once; or, reloaded,
   * asks whether the token it kept (X-Galley-Token) is still this run's. Either way the answer is the token.
   */
  async function answerSession(request: IncomingMessage, response: ServerResponse) {
    if (request.method !== 'POST') return send(response, 405, { ok: false, error: { code: 'invalid-argument', message: 'Sessions are opened with POST.' } });
    request.resume();
    const ticket = request.headers[TICKET_HEADER];
    if (typeof ticket === 'string') {
      const traded = session.trade(ticket);
      if (traded) return send(response, 200, { ok: true, value: { token: traded } });
      return send(response, 401, { ok: false, error: { code: 'forbidden', message: 'This address has been used already: open the newest address Galley printed in its terminal.' } });
    }
    const verdict = checkCall(request, port, token, new URL('/session', `http://127.0.0.1:${port}`));
    if (!verdict.ok) return send(response, verdict.status, { ok: false, error: { code: 'forbidden', message: verdict.reason } });
    return send(response, 200, { ok: true, value: { token } });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // Loopback only: Galley is never reachable from another machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // The first page's files in memory before a browser asks for them; a file still being read is read on request.
  void files.warm();
  return {
    server,
    port,
    token,
    url: addressWithTicket(port, session.ticket),
    address: () => addressWithTicket(port, session.ticket),
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

async function serveStatic(files: StaticFiles, pathname: string, response: ServerResponse) {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return send(response, 400, { ok: false, error: { code: 'invalid-argument', message: 'Bad path.' } });
  }
  const file = await files.get(relative);
  if (!file) return send(response, 404, { ok: false, error: { code: 'not-found', message: 'Not found.' } });
  response.writeHead(200, file.headers);
  response.end(file.body);
}

/** Answers JSON: `body` serialised, or already serialised when a string. */
function send(response: ServerResponse, status: number, body: unknown, timing?: string) {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...(timing ? { 'server-timing': timing } : {}),
  });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}
