// How a browser tab gets this run's token without the token ever being in an
// address. The server prints an address whose fragment holds a one-time
// ticket (`/#ticket=…`: a fragment is never sent to any server, not even
// ours). The page trades the ticket for the token once, over POST /session,
// and keeps the token in its tab's sessionStorage. Chromium writes the
// address it opened into its history before any script can replace it, so
// what the history keeps is a spent ticket; each trade prints a fresh
// address for the next tab.
import { randomBytes } from 'node:crypto';
import { sameSecret } from './guard';

/** The header the page offers the ticket in when it trades it. */
export const TICKET_HEADER = 'x-galley-ticket';
/** The fragment parameter the printed address carries the ticket in. */
export const TICKET_PARAM = 'ticket';

const secret = () => randomBytes(24).toString('base64url');

/** This run's token and the one ticket that is open right now. */
export class BrowserSession {
  #ticket = secret();

  constructor(
    readonly token: string,
    /** Told each fresh address once the previous one has been used. */
    private readonly onNewAddress: (ticket: string) => void = () => {},
  ) {}

  /** The ticket the next tab can trade. */
  get ticket(): string {
    return this.#ticket;
  }

  /** The token for the open ticket, once: the ticket is spent and a new one announced. Null for any other ticket. */
  trade(offered: string | undefined): string | null {
    if (!sameSecret(offered, this.#ticket)) return null;
    this.#ticket = secret();
    this.onNewAddress(this.#ticket);
    return this.token;
  }
}

/** The address to open: the page at the root, the ticket in the fragment. */
export function addressWithTicket(port: number, ticket: string): string {
  return `http://127.0.0.1:${port}/#${TICKET_PARAM}=${ticket}`;
}
