// The error that crosses the process boundary, without its zod schema: the
// renderer's client throws it from the window's first script, which must
// not build schemas. errors.ts re-exports all of this beside the schemas.

/** The codes a failure carries, one the UI can act on. */
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
/** One of ERROR_CODES. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a failed call answers: its code and a sentence for the sub naming the file or field and the reason. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
}

/** A failure with its code and the sub's sentence, thrown by the services and by the clients that unwrap an envelope. */
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
