// The import worker's entry: built beside each bundle (the desktop app's main
// process, browser mode's server, the command line) as import-worker.js and
// run by import-sandbox.ts in a worker thread with a capped heap, so a file
// whose parse runs away takes down only this thread. It answers each request
// with the imported copy or the GalleyError's code and sentence.
import { parentPort } from 'node:worker_threads';
import { GalleyError } from '../../shared/contract/errors';
import { importFile } from './import-copy';
import type { ImportReply, ImportRequest } from './import-messages';
import { messageOf } from '../../shared/message-of';

const port = parentPort;
if (!port) throw new Error('import-worker.js runs only as a worker thread');

port.on('message', async (request: ImportRequest) => {
  let reply: ImportReply;
  try {
    reply = { id: request.id, ok: true, copy: await importFile(request.fileName, request.bytes) };
  } catch (error) {
    reply =
      error instanceof GalleyError
        ? { id: request.id, ok: false, error: error.toBody() }
        : { id: request.id, ok: false, error: { code: 'internal', message: messageOf(error) } };
  }
  port.postMessage(reply);
});
