// Errors that cross the process boundary: a code the UI can act on and a
// sentence for the sub that names the file or field and the reason.
import { z } from 'zod';

export const ERROR_CODES = [
  'invalid-argument',
  'not-found',
  'conflict',
  'unreadable-file',
  'disk',
  'forbidden',
  'unknown-call',
  'internal',
] as const;
export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({ code: ErrorCode, message: z.string() }).strict();
export type ErrorBody = z.infer<typeof ErrorBody>;

export class GalleyError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GalleyError';
  }
  toBody(): ErrorBody {
    return { code: this.code, message: this.message };
  }
}

/** Every call answers with this envelope, so a failure keeps its code across IPC and HTTP. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };
