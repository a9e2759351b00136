// Browser mode's session, on the page's side. The address Galley printed
// carries a one-time ticket in its fragment (never sent to any server); this
// trades it for the run's token, keeps the token in this tab's
// sessionStorage (which no other origin, another port of 127.0.0.1 included,
// can read) and takes the ticket out of the address bar. The token then goes
// with every call as a header, never as a cookie: cookies are shared by
// every server on 127.0.0.1. The desktop app needs none of this: its calls
// go through the preload bridge.

import { takeEarlySession } from './early';

/** The fragment parameter and headers the server's session.ts and guard.ts name. */
const TICKET_PARAM = 'ticket';
const TICKET_HEADER = 'x-galley-ticket';
const TOKEN_HEADER = 'x-galley-token';
const STORE_KEY = 'galley.token';
// index.html's inline script names the same four: keep them in step.

/** How opening the page went: `open` runs Galley; the others say why it cannot, for the sub. */
export type SessionState = 'open' | 'no-address' | 'address-used' | 'earlier-run' | 'no-server';

let token: string | null = null;

/** The headers a call carries: this tab's token, when it has one. */
export function sessionHeaders(): Record<string, string> {
  return token ? { [TOKEN_HEADER]: token } : {};
}

function kept(): string | null {
  try {
    return sessionStorage.getItem(STORE_KEY);
  } catch {
    return null; // storage turned off: the session lasts as long as the page
  }
}

function keep(value: string): SessionState {
  token = value;
  try {
    sessionStorage.setItem(STORE_KEY, value);
  } catch {
    // as above
  }
  return 'open';
}

/**
 * Asks the server for the token with a ticket or a kept token; null if it refused, undefined if it did not answer.
 * `sent` is the same request already sent by the page (session/early.ts).
 */
async function ask(headers: Record<string, string>, sent: Promise<Response> | null): Promise<string | null | undefined> {
  try {
    const response = await (sent ?? fetch('/session', { method: 'POST', headers, credentials: 'omit', cache: 'no-store' }));
    if (!response.ok) return null;
    const envelope = (await response.json()) as { ok: boolean; value?: { token?: unknown } };
    return envelope.ok && typeof envelope.value?.token === 'string' ? envelope.value.token : null;
  } catch {
    return undefined;
  }
}

/** The ticket in the address, taken out of the address bar (other fragment parameters, e.g. the open article, stay). */
function takeTicket(): string | null {
  const params = new URLSearchParams(location.hash.slice(1));
  const ticket = params.get(TICKET_PARAM);
  if (ticket === null) return null;
  params.delete(TICKET_PARAM);
  const rest = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
  return ticket;
}

/**
 * Opens this tab's session before Galley renders: trades a ticket from the
 * address, or checks the token this tab kept (a reload), and says what happened.
 */
async function openSession(): Promise<SessionState> {
  if (window.galley) return 'open';
  // The sub pasting a newer address into this tab changes only the fragment: load afresh to trade it.
  window.addEventListener('hashchange', () => {
    if (new URLSearchParams(location.hash.slice(1)).has(TICKET_PARAM)) location.reload();
  });
  const ticket = takeTicket();
  if (ticket !== null) {
    const traded = await ask({ [TICKET_HEADER]: ticket }, takeEarlySession(ticket));
    if (traded) return keep(traded);
    if (traded === undefined) return 'no-server';
  }
  const previous = kept();
  if (previous) {
    // A reload: the token this tab kept goes with calls made while it is checked (see callsReady), so the
    // first view's reads need not wait a round trip for the check. Refused, it is dropped, and so are they.
    if (ticket === null) token = previous;
    const checked = await ask({ [TOKEN_HEADER]: previous }, ticket === null ? takeEarlySession(null) : null);
    if (checked) return keep(checked);
    token = null;
    if (checked === undefined) return 'no-server';
    return ticket !== null ? 'address-used' : 'earlier-run';
  }
  return ticket !== null ? 'address-used' : 'no-address';
}

/**
 * Started as this module is first evaluated (main.tsx imports it before the
 * app), so the trade's round trip overlaps with evaluating the rest of the
 * bundle instead of delaying the first paint.
 */
export const sessionOpened: Promise<SessionState> = openSession();

/**
 * Resolves when calls can be made: at once when this tab kept a token (a reload), which the calls carry
 * while the server checks it; once the session has opened otherwise. A call made on a token the server
 * then refuses is refused too, and the page shows why (sessionOpened's state), never what such a call read.
 */
export const callsReady: Promise<unknown> = window.galley || token ? Promise.resolve() : sessionOpened;
