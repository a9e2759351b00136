// The store's file-system calls (node:fs/promises) with faults injected at
// the call: a full disk, a read-only folder, a refused permission. Also
// records what was read, to show a file was refused without being read.
import * as fsp from 'node:fs/promises';
import type { StoreFs } from '../../src/services/store/store-fs';

type Call = keyof StoreFs;

export interface Fault {
  calls: Call[];
  code: string;
  /** Only paths this accepts fail; all paths if absent. */
  where?: (path: string) => boolean;
  /** writeFile only: half the data reaches the disk before the failure, as when a disk fills mid-write. */
  partial?: boolean;
}

export interface FaultyFs {
  fs: StoreFs;
  faults: Fault[];
  reads: Array<{ path: string; bytes: number }>;
  failures: Array<{ call: Call; path: string; code: string }>;
}

const MESSAGES: Record<string, string> = {
  ENOSPC: 'no space left on device',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EMFILE: 'too many open files',
  EIO: 'i/o error',
};

function errnoError(code: string, call: string, path: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${MESSAGES[code] ?? 'injected'}, ${call} '${path}'`);
  error.code = code;
  error.syscall = call;
  error.path = path;
  return error;
}

export function faultyFs(): FaultyFs {
  const faults: Fault[] = [];
  const reads: FaultyFs['reads'] = [];
  const failures: FaultyFs['failures'] = [];
  const check = (call: Call, path: unknown) => {
    const where = String(path);
    const fault = faults.find((f) => f.calls.includes(call) && (!f.where || f.where(where)));
    if (fault) failures.push({ call, path: where, code: fault.code });
    return fault;
  };
  const wrap =
    <K extends Call>(call: K) =>
    async (...args: unknown[]) => {
      const fault = check(call, args[0]);
      if (fault) throw errnoError(fault.code, call, String(args[0]));
      const result = await (fsp[call] as (...a: unknown[]) => Promise<unknown>)(...args);
      if (call === 'readFile') reads.push({ path: String(args[0]), bytes: Buffer.byteLength(result as string | Buffer) });
      return result;
    };
  const fs = {
    stat: wrap('stat'),
    readFile: wrap('readFile'),
    writeFile: async (path: unknown, data: unknown, options?: unknown) => {
      const fault = check('writeFile', path);
      if (fault) {
        if (fault.partial && typeof data === 'string') await fsp.writeFile(path as string, data.slice(0, data.length >> 1));
        throw errnoError(fault.code, 'write', String(path));
      }
      return fsp.writeFile(path as string, data as string, options as never);
    },
    rename: wrap('rename'),
    unlink: wrap('unlink'),
    link: wrap('link'),
    mkdir: wrap('mkdir'),
    readdir: wrap('readdir'),
    rm: wrap('rm'),
  } as unknown as StoreFs;
  return { fs, faults, reads, failures };
}

/** Snapshot of every file under `dir`: relative path → content (as a hex digest would do, but small enough to keep). */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (at: string, prefix: string) => {
    for (const entry of await fsp.readdir(at, { withFileTypes: true })) {
      const path = `${at}/${entry.name}`;
      if (entry.isDirectory()) await walk(path, `${prefix}${entry.name}/`);
      else if (entry.isFile()) out.set(`${prefix}${entry.name}`, (await fsp.readFile(path)).toString('base64'));
      else out.set(`${prefix}${entry.name}`, '(special)');
    }
  };
  await walk(dir, '');
  return out;
}
