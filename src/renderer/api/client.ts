// The renderer's one way to the services: the preload bridge in the desktop
// app, HTTP in browser mode. Both answer envelopes; this unwraps them so a
// failure arrives as a GalleyError with its code and sentence.
import type { GalleyClient } from '../../shared/contract/api';
import { CALL_NAMES, type CallName } from '../../shared/contract/channels';
import { GalleyError, type Envelope } from '../../shared/contract/errors';
import type { ShellBridge } from '../../shared/contract/shell';
import { sessionHeaders } from '../session/session';

declare global {
  interface Window {
    galley?: Record<CallName, (args: unknown) => Promise<Envelope<unknown>>>;
    galleyShell?: ShellBridge;
  }
}

type Transport = (name: CallName, args: unknown) => Promise<Envelope<unknown>>;

const bridgeTransport = (bridge: NonNullable<Window['galley']>): Transport => (name, args) => bridge[name](args);

const httpTransport: Transport = async (name, args) => {
  let response: Response;
  try {
    response = await fetch(`/api/${name}`, {
      method: 'POST',
      // The token as a header, never a cookie: see session/session.ts.
      headers: { 'content-type': 'application/json', ...sessionHeaders() },
      body: JSON.stringify(args ?? {}),
      credentials: 'omit',
    });
  } catch {
    return { ok: false, error: { code: 'disk', message: 'Galley’s local server is not answering: is `npm run serve` still running?' } };
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `The server answered ${response.status} without a result.` } };
  }
};

/** Calls that only read the library; every other call may change it. */
const READS: ReadonlySet<CallName> = new Set<CallName>(['listArticles', 'getArticle', 'searchArticles', 'listSpeakers', 'speakerUsage', 'searchQuotes', 'exportDefaults', 'getSettings']);
const writeListeners = new Set<() => void>();

/** Told whenever this window asks the services to change the library (a save, an export, a merge…). */
export function onLibraryWrite(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => writeListeners.delete(listener);
}

export function createClient(transport: Transport): GalleyClient {
  const client = {} as Record<CallName, (args: unknown) => Promise<unknown>>;
  for (const name of CALL_NAMES) {
    client[name] = async (args: unknown) => {
      if (!READS.has(name)) for (const listener of writeListeners) listener();
      const envelope = await transport(name, args);
      if (envelope.ok) return envelope.value;
      throw new GalleyError(envelope.error.code, envelope.error.message);
    };
  }
  return client as unknown as GalleyClient;
}

export const client: GalleyClient = createClient(window.galley ? bridgeTransport(window.galley) : httpTransport);
export const shell: ShellBridge | undefined = window.galleyShell;
export const runtime: 'desktop' | 'browser' = window.galley ? 'desktop' : 'browser';
