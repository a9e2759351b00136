// Browser mode answers one page on this machine and nobody else: requests
// must name our own host (against DNS rebinding), come from our own origin
// (against other sites in the same browser) and carry the per-run token.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'galley_token';
export const TOKEN_HEADER = 'x-galley-token';

export interface GuardVerdict {
  ok: boolean;
  status: number;
  reason: string;
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

function sameToken(a: string | undefined, b: string): boolean {
  if (!a) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function tokenFrom(request: IncomingMessage): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  if (typeof header === 'string') return header;
  const cookie = request.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === TOKEN_COOKIE) return rest.join('=');
  }
  return undefined;
}

export function checkRequest(request: IncomingMessage, port: number, token: string, url: URL): GuardVerdict {
  const hosts = allowedHosts(port);
  if (!request.headers.host || !hosts.has(request.headers.host)) {
    return { ok: false, status: 421, reason: 'This server answers only to its own loopback address.' };
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
    return { ok: false, status: 403, reason: 'Requests from other origins are refused.' };
  }
  const offered = url.searchParams.get('token') ?? tokenFrom(request);
  if (!sameToken(offered, token)) {
    return { ok: false, status: 401, reason: 'Open Galley with the address printed when it started (it carries this run’s token).' };
  }
  return { ok: true, status: 200, reason: '' };
}
