// A client of the contract over any transport that answers envelopes (the
// preload bridge, HTTP, dispatch in the same process): a failure arrives as
// a GalleyError with its code and sentence, a success as the value.
import type { GalleyClient } from './api';
import { perCall, type CallName } from './channels';
import { GalleyError, type Envelope } from './galley-error';

/** Carries one call to the services and brings back its envelope. */
export type Transport = (name: CallName, args: unknown) => Promise<Envelope<unknown>>;

/** The typed client over `transport`: every call of the contract, each unwrapping its envelope. */
export function clientOver(transport: Transport): GalleyClient {
  const calls = perCall((name) => async (args: unknown) => {
    const envelope = await transport(name, args);
    if (envelope.ok) return envelope.value;
    throw new GalleyError(envelope.error.code, envelope.error.message);
  });
  return calls as unknown as GalleyClient;
}
