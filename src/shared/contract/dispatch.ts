// The one place a call crosses into the services: both bindings (IPC and
// HTTP) go through here, so validation and error shaping cannot differ.
import { api, type Handlers } from './api';
import { CALL_NAMES, type CallName } from './channels';
import { GalleyError, type Envelope } from './errors';
import { messageOf } from '../message-of';
import { describeRefusal } from './refusal';

const known = new Set<string>(CALL_NAMES);
export const isCallName = (name: string): name is CallName => known.has(name);


/** Deeper than any article body the model allows (MAX_DEPTH is 24), with room for the envelope. */
const MAX_ARGUMENT_DEPTH = 64;

/** Iterative depth check: no recursion, so no stack to exhaust. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return false;
}

export async function dispatch(
  handlers: Handlers,
  name: string,
  rawArgs: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!isCallName(name)) return { ok: false, error: { code: 'unknown-call', message: `There is no call named “${name.slice(0, 60)}”.` } };
  // Validation recurses through nested bodies: a hostile payload thousands of levels deep is refused
  // by a loop first, so it can never exhaust the stack inside the schema.
  if (nestedDeeperThan(rawArgs, MAX_ARGUMENT_DEPTH)) {
    return { ok: false, error: { code: 'invalid-argument', message: `The copy sent nests more than ${MAX_ARGUMENT_DEPTH} levels deep, more than Galley can save; your text is still in the editor.` } };
  }
  let parsed;
  try {
    parsed = api[name].args.safeParse(rawArgs);
  } catch (error) {
    onInternalError(error);
    return { ok: false, error: { code: 'invalid-argument', message: 'Galley could not read what was sent; your text is still in the editor.' } };
  }
  if (!parsed.success) {
    // In the sub's words: the status bar shows this when a save is refused.
    return { ok: false, error: { code: 'invalid-argument', message: describeRefusal(parsed.error.issues) } };
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof GalleyError) return { ok: false, error: error.toBody() };
    onInternalError(error);
    return { ok: false, error: { code: 'internal', message: `${name} failed: ${messageOf(error)}` } };
  }
}
