// What index.html's inline script sent before any module was evaluated: the
// session's first request (a ticket traded, or this tab's kept token
// checked) and, for a window opened onto a story, the story's read with the
// token. Sent from the HTML, they travel while the modules are fetched and
// compiled, instead of after. The inline script only sends; this module and
// session.ts decide what the answers mean, as they would for their own.
// Its hash is in the CSP (shared/contract/csp.ts); test/security/csp.test.ts
// checks the two agree.

/** What the inline script left on the window (it sets nothing in the desktop app, or when it had nothing to send). */
interface Early {
  /** The ticket the address carried when the page loaded, or null: the session request traded it, or checked the kept token. */
  ticket: string | null;
  session: Promise<Response>;
  /** The story the address named, and its read; null for a window on the library. */
  article: string | null;
  read: Promise<Response | null> | null;
}

declare global {
  interface Window {
    galleyEarly?: Early;
  }
}

const early: Early | undefined = window.galleyEarly;
delete window.galleyEarly;
let sessionTaken = false;
let readTaken = false;

/**
 * The session request the page already sent, for the session's first request: the trade of `ticket`, or (null)
 * the check of the kept token. Given once; null when the page sent none for it.
 */
export function takeEarlySession(ticket: string | null): Promise<Response> | null {
  if (!early || sessionTaken || early.ticket !== ticket) return null;
  sessionTaken = true;
  return early.session;
}

/** The read of story `id` the page already sent, given once; null when it sent none (or none it could: the session refused). */
export function takeEarlyRead(id: string): Promise<Response | null> | null {
  if (!early?.read || readTaken || early.article !== id) return null;
  readTaken = true;
  return early.read;
}
