// Options and arguments of one command, parsed by Node's own parser in
// strict mode, with its errors reworded into one short usage line.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './failure';
import { messageOf } from '../shared/message-of';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(rephrase(error));
  }
}

function rephrase(error: unknown): string {
  const message = messageOf(error);
  const code = (error as { code?: string }).code;
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option “${option}”`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message) ? `${option} takes no value` : `${option} needs a value`;
  }
  return message.split('\n')[0];
}

/** A comma-separated option value as a list: "nitf, md" → ["nitf", "md"]. */
export function listValue(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}
