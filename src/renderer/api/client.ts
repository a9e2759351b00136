// The renderer's one way to the services: the preload bridge in the desktop
// app, HTTP in browser mode. Both answer envelopes; the shared client
// (shared/contract/client.ts) unwraps them so a failure arrives as a
// GalleyError with its code and sentence. It builds no schema (the table's
// zod schemas are the services' to check arguments with), so the window's
// first script can read a story without evaluating zod.
import type { GalleyClient } from '../../shared/contract/api';
import type { CallName } from '../../shared/contract/channels';
import { clientOver, type Transport } from '../../shared/contract/client';
import type { Envelope } from '../../shared/contract/galley-error';
import { READ_CALL_NAMES } from '../../shared/contract/reads';
import type { ShellBridge } from '../../shared/contract/shell';
import { sessionHeaders } from '../session/session';

declare global {
  interface Window {
    galley?: Record<CallName, (args: unknown) => Promise<Envelope<unknown>>>;
    galleyShell?: ShellBridge;
  }
}

const bridgeTransport = (bridge: NonNullable<Window['galley']>): Transport => (name, args) => bridge[name](args);

const httpTransport: Transport = (name, args) =>
  envelopeOf(
    fetch(`/api/${name}`, {
      method: 'POST',
      // The token as a header, never a cookie: see session/session.ts.
      headers: { 'content-type': 'application/json', ...sessionHeaders() },
      body: JSON.stringify(args ?? {}),
      credentials: 'omit',
    }),
  );

/** A call's answer over HTTP as its envelope: a server that did not answer, or answered no envelope, as a failure in the sub's words. */
async function envelopeOf(sent: Promise<Response>): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await sent;
  } catch {
    return { ok: false, error: { code: 'disk', message: 'Galley’s local server is not answering: is `npm run serve` still running?' } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `The server answered ${response.status} without a result.` } };
  }
}

const writeListeners = new Set<() => void>();

/** Told whenever this window asks the services to change the library (a save, an export, a merge…). */
export function onLibraryWrite(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

/** The client over `transport`, telling the write listeners before any call that is not a read (the contract's `read` rows). */
export function createClient(transport: Transport): GalleyClient {
  return clientOver((name, args) => {
    if (!READ_CALL_NAMES.has(name)) for (const listener of writeListeners) listener();
    return transport(name, args);
  });
}

/** The client for one call already sent over HTTP (session/early.ts: the page's own read of a story): its answer, unwrapped as any call's. */
export function clientFor(sent: Promise<Response>): GalleyClient {
  return clientOver(() => envelopeOf(sent));
}

export const client: GalleyClient = createClient(window.galley ? bridgeTransport(window.galley) : httpTransport);
export const shell: ShellBridge | undefined = window.galleyShell;
export const runtime: 'desktop' | 'browser' = window.galley ? 'desktop' : 'browser';
