// Binds every call of the contract to ipcMain from the one table. Each
// handler checks who is asking (one of our windows, showing our own page)
// before the arguments are even parsed; dispatch then validates them.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '../shared/contract/api';
import { CALL_NAMES, channelOf } from '../shared/contract/channels';
import { dispatch } from '../shared/contract/dispatch';
import type { Envelope } from '../shared/contract/errors';
import { isAppUrl } from './protocol';
import { isOurWindow } from './windows';

export function isTrustedSender(event: IpcMainInvokeEvent, ownsContents: (id: number) => boolean = isOurWindow): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false; // subframes never get the API
  return ownsContents(event.sender.id) && isAppUrl(frame.url);
}

export function bindIpc(handlers: Handlers, ownsContents?: (id: number) => boolean): void {
  for (const name of CALL_NAMES) {
    ipcMain.handle(channelOf(name), async (event, args: unknown): Promise<Envelope<unknown>> => {
      if (!isTrustedSender(event, ownsContents)) {
        return { ok: false, error: { code: 'forbidden', message: 'Calls are accepted only from Galley’s own windows.' } };
      }
      return dispatch(handlers, name, args, (error) => console.error(`[galley] ${name} failed`, error));
    });
  }
}
