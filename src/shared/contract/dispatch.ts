// The one place a call crosses into the services: both bindings (IPC and
// HTTP) go through here, so validation and error shaping cannot differ.
import { api, type Handlers } from './api';
import { CALL_NAMES, type CallName } from './channels';
import { GalleyError, type Envelope } from './errors';

const known = new Set<string>(CALL_NAMES);
export const isCallName = (name: string): name is CallName => known.has(name);

function describeIssues(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  const first = error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || 'arguments'}: ${i.message}`);
  return first.join('; ');
}

export async function dispatch(
  handlers: Handlers,
  name: string,
  rawArgs: unknown,
  onInternalError: (error: unknown) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!isCallName(name)) return { ok: false, error: { code: 'unknown-call', message: `There is no call named “${name.slice(0, 60)}”.` } };
  const parsed = api[name].args.safeParse(rawArgs);
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid-argument', message: `${name}: ${describeIssues(parsed.error)}` } };
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof GalleyError) return { ok: false, error: error.toBody() };
    onInternalError(error);
    return { ok: false, error: { code: 'internal', message: `${name} failed: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
