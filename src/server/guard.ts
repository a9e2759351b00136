// Browser mode answers one page on this machine and nobody else: requests
// must name our own host (against DNS rebinding), come from our own origin
// when a browser says where they come from (against other sites and other
// local servers in the same browser), and every call must carry this run's
// token in a header. Nothing else counts as a credential: no cookie (cookies
// are shared by every port of 127.0.0.1) and no token in the address (it
// would be logged and kept in the browser's history).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The header every call carries this run's token in; a page on another origin cannot set it without a preflight we never answer. */
export const TOKEN_HEADER = 'x-galley-token';

/** What a check decided: `ok`, or the status and the sentence to refuse with. */
export interface GuardVerdict {
  ok: boolean;
  status: number;
  reason: string;
}

const PASS: GuardVerdict = { ok: true, status: 200, reason: '' };
const refuse = (status: number, reason: string): GuardVerdict => ({ ok: false, status, reason });

/** The Host headers this server answers to. */
export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** The origins this server's own page has: scheme, host and port, exactly. */
export function allowedOrigins(port: number): Set<string> {
  return new Set([...allowedHosts(port)].map((host) => `http://${host}`));
}

/** Compares in constant time, so the answer's timing tells a guesser nothing. */
export function sameSecret(offered: string | undefined, secret: string): boolean {
  if (!offered) return false;
  const x = Buffer.from(offered);
  const y = Buffer.from(secret);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** The token a request offers: the header only. */
export function tokenFrom(request: IncomingMessage): string | undefined {
  const header = request.headers[TOKEN_HEADER];
  return typeof header === 'string' ? header : undefined;
}

/** `application/json`, with or without parameters (`; charset=utf-8`), and nothing that merely starts the same way. */
export function isJsonContentType(value: string | undefined): boolean {
  if (!value) return false;
  return value.split(';')[0].trim().toLowerCase() === 'application/json';
}

/** Host and Origin: every request, assets included, must pass these. */
export function checkPlace(request: IncomingMessage, port: number): GuardVerdict {
  if (!request.headers.host || !allowedHosts(port).has(request.headers.host)) {
    return refuse(421, 'This server answers only to its own loopback address.');
  }
  const origin = request.headers.origin;
  // Browsers send Origin on every call a page makes; a missing one is a program on this machine (which needs the token anyway).
  if (origin !== undefined && !allowedOrigins(port).has(origin)) return refuse(403, 'Requests from other origins are refused.');
  return PASS;
}

/** A call to the services: our place, and this run's token in its header. */
export function checkCall(request: IncomingMessage, port: number, token: string, url: URL): GuardVerdict {
  const place = checkPlace(request, port);
  if (!place.ok) return place;
  if (url.searchParams.has('token')) {
    return refuse(400, 'The token goes in the X-Galley-Token header, never in the address: addresses are logged and kept in the browser’s history.');
  }
  if (!sameSecret(tokenFrom(request), token)) {
    return refuse(401, 'This page has no session with the running Galley: open the newest address Galley printed in its terminal.');
  }
  return PASS;
}
