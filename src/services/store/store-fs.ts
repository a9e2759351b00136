// The few file-system calls the library makes, as one object. The store uses
// node:fs/promises; the reliability tests hand in the same calls with a fault
// (a full disk, a read-only folder) injected at the call itself.
import * as fsp from 'node:fs/promises';

export interface StoreFs {
  stat: typeof fsp.stat;
  readFile: typeof fsp.readFile;
  writeFile: typeof fsp.writeFile;
  rename: typeof fsp.rename;
  unlink: typeof fsp.unlink;
  link: typeof fsp.link;
  mkdir: typeof fsp.mkdir;
  readdir: typeof fsp.readdir;
  rm: typeof fsp.rm;
}

export const nodeFs: StoreFs = {
  stat: fsp.stat,
  readFile: fsp.readFile,
  writeFile: fsp.writeFile,
  rename: fsp.rename,
  unlink: fsp.unlink,
  link: fsp.link,
  mkdir: fsp.mkdir,
  readdir: fsp.readdir,
  rm: fsp.rm,
};
