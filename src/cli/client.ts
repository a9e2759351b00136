// The command line's binding of the contract: every call goes through
// dispatch, exactly as IPC and HTTP do, so arguments are checked by the same
// schemas and failures arrive as the same GalleyErrors.
import type { GalleyClient, Handlers } from '../shared/contract/api';
import { clientOver } from '../shared/contract/client';
import { dispatch } from '../shared/contract/dispatch';

/** The contract's client for the command line, over dispatch in this process. */
export function createCliClient(handlers: Handlers): GalleyClient {
  return clientOver(async (name, args) => {
    let internal: unknown;
    const envelope = await dispatch(handlers, name, args, (error) => (internal = error));
    // A bug, not a refusal: keep the original so GALLEY_DEBUG can show its stack.
    if (!envelope.ok && internal instanceof Error) throw internal;
    return envelope;
  });
}
