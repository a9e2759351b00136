// Errors that cross the process boundary: a code the UI can act on and a
// sentence for the sub that names the file or field and the reason. The
// error itself lives in galley-error.ts, free of zod; the schemas are here.
import { z } from 'zod';
import { ERROR_CODES } from './galley-error';

export { ERROR_CODES, GalleyError, type Envelope } from './galley-error';

export const ErrorCode = z.enum(ERROR_CODES);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ErrorBody = z.object({ code: ErrorCode, message: z.string() }).strict();
export type ErrorBody = z.infer<typeof ErrorBody>;
