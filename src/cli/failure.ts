// How the command line fails: a usage mistake (exit 2) or a failure of the
// work itself (exit 1), either way as one line on stderr that a script can
// log and a sub can read.
import { GalleyError } from '../shared/contract/errors';
import { messageOf } from '../shared/message-of';

/** The command was typed wrongly: unknown command, option or format, a missing argument. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** The exit code and the single stderr line for anything a command throws. */
export function describeFailure(command: string, error: unknown): { code: number; line: string } {
  const prefix = command ? `galley ${command}` : 'galley';
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();
  if (error instanceof UsageError) return { code: EXIT_USAGE, line: `${prefix}: ${oneLine(error.message)} (see galley ${command ? `${command} ` : ''}--help)` };
  if (error instanceof GalleyError) return { code: EXIT_FAILED, line: `${prefix}: ${oneLine(error.message)}` };
  const message = messageOf(error);
  return { code: EXIT_FAILED, line: `${prefix}: unexpected error: ${oneLine(message)}` };
}
