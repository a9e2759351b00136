// `npm run serve`: Galley in a browser, on this machine only.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openGalley } from '../services/galley';
import { resolveLibraryPath } from '../services/library-path';
import { createChromiumPdfRenderer } from '../services/pdf/chromium';
import { startBrowserMode } from './http-server';
import { startOnLibraryPort } from './library-port';
import { messageOf } from '../shared/message-of';

const here = dirname(fileURLToPath(import.meta.url));

async function main() {
  const argv = process.argv.slice(2);
  const portFlag = argv.indexOf('--port');
  // No --port: the library's own port, so the browser's recovery journal (kept per origin) is found again.
  const port = portFlag >= 0 ? Number(argv[portFlag + 1]) : null;
  if (port !== null && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    console.error(`galley serve: --port must be a number from 0 to 65535, not “${argv[portFlag + 1]}”`);
    process.exit(2);
  }
  const library = resolveLibraryPath(argv);
  // PDF through the machine's Chromium, where there is one; the other formats need nothing.
  const galley = await openGalley({ library, renderPdf: createChromiumPdfRenderer() ?? undefined });
  const start = (on: number) =>
    startBrowserMode({
      handlers: galley.handlers,
      staticDir: join(here, '..', 'renderer'),
      port: on,
      log: (line) => console.error(line),
      onNewAddress: (url) => console.log(`That address has been used; to open Galley in another tab or browser: ${url}`),
    });
  const notes: string[] = [];
  const mode = port === null ? await startOnLibraryPort(library, start, (line) => notes.push(line)) : await start(port);
  // Tests read this first line to find the address.
  console.log(`Galley is running at ${mode.url}`);
  for (const note of notes) console.log(note);
  console.log(`Library: ${library}`);
  if (galley.store.damaged.length) console.log(`${galley.store.damaged.length} damaged file(s) were moved to ${galley.store.layout.quarantine}`);
  const stop = async () => {
    await mode.close();
    await galley.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`galley serve: ${messageOf(error)}`);
  process.exit(1);
});
