// Browser mode's default port, one per library. The recovery journal lives in
// the browser's storage, which belongs to the page's origin, port included: a
// port chosen afresh each run would leave the text kept by the last run
// behind an origin never opened again. Derived from the library's path, the
// port is the same every time that library is served, so after a crash or a
// kill the unsaved text is offered back.

/**
 * Ports 20000–29999: below the range Linux, macOS and Windows hand out for
 * outgoing connections (from 32768 or 49152), clear of the ports browsers
 * refuse to open, and of the usual development servers.
 */
const FIRST_PORT = 20_000;
const PORTS = 10_000;

/** The library's own port: FNV-1a over its resolved path, folded into the range. */
export function libraryPort(library: string, platform: NodeJS.Platform = process.platform): number {
  // Windows and macOS folders are found whatever the case the path is typed in.
  const path = platform === 'win32' || platform === 'darwin' ? library.toLowerCase() : library;
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return FIRST_PORT + (hash % PORTS);
}

const isTaken = (error: unknown) => {
  const code = (error as { code?: string } | null)?.code;
  return code === 'EADDRINUSE' || code === 'EACCES';
};

/**
 * Starts on the library's own port; when another program holds it, on a port
 * the system chooses, and `say` tells the sub what that costs.
 */
export async function startOnLibraryPort<T extends { port: number }>(
  library: string,
  start: (port: number) => Promise<T>,
  say: (line: string) => void,
): Promise<T> {
  const own = libraryPort(library);
  try {
    return await start(own);
  } catch (error) {
    if (!isTaken(error)) throw error;
  }
  const started = await start(0);
  say(
    `Port ${own}, this library's own, is taken by another program, so Galley is on port ${started.port} for this run. ` +
      `Unsaved text the browser kept for this library at port ${own} is offered back only there: free that port and start Galley again to see it.`,
  );
  return started;
}
