// What passes between import-sandbox.ts and the import worker.
import type { ErrorBody } from '../../shared/contract/errors';
import type { ImportedCopy } from '../../shared/import/imported-copy';

/** One file to import. */
export interface ImportRequest {
  id: number;
  fileName: string;
  bytes: Uint8Array;
}

/** The imported copy, or the refusal as the contract carries it. */
export type ImportReply = { id: number; ok: true; copy: ImportedCopy } | { id: number; ok: false; error: ErrorBody };
