// The command line's binding of the contract: every call goes through
// dispatch, exactly as IPC and HTTP do, so arguments are checked by the same
// schemas and failures arrive as the same GalleyErrors.
import type { GalleyClient, Handlers } from '../shared/contract/api';
import { CALL_NAMES, type CallName } from '../shared/contract/channels';
import { dispatch } from '../shared/contract/dispatch';
import { GalleyError } from '../shared/contract/errors';

export function createCliClient(handlers: Handlers): GalleyClient {
  const client = {} as Record<CallName, (args: unknown) => Promise<unknown>>;
  for (const name of CALL_NAMES) {
    client[name] = async (args: unknown) => {
      let internal: unknown;
      const envelope = await dispatch(handlers, name, args, (error) => (internal = error));
      if (envelope.ok) return envelope.value;
      // A bug, not a refusal: keep the original so GALLEY_DEBUG can show its stack.
      if (internal instanceof Error) throw internal;
      throw new GalleyError(envelope.error.code, envelope.error.message);
    };
  }
  return client as unknown as GalleyClient;
}
