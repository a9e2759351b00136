// The desktop shell's bridge (shared/contract/shell.ts, exposed by the
// preload) over a Node EventEmitter standing in for ipcRenderer's channels:
// only menu commands in the contract's table reach the renderer, and the
// close handshake is answered only once the renderer's flush is over.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS, SHELL_CHANNELS, shellBridge, type MenuCommand } from '../../src/shared/contract/shell';

function ipc() {
  const channels = new EventEmitter();
  const sent: string[] = [];
  return { channels, sent, ipc: { on: channels.on.bind(channels), removeListener: channels.removeListener.bind(channels), send: (channel: string) => void sent.push(channel) } };
}

describe('shellBridge', () => {
  it('passes on each menu command of the table, drops anything else, and stops when unsubscribed', () => {
    const { channels, ipc: port } = ipc();
    const bridge = shellBridge(port, 'linux');
    const heard: MenuCommand[] = [];
    const stop = bridge.onMenuCommand((command) => heard.push(command));
    for (const command of MENU_COMMANDS) channels.emit(SHELL_CHANNELS.menu, {}, command);
    for (const stray of ['format-disk', 42, null, { command: 'export' }]) channels.emit(SHELL_CHANNELS.menu, {}, stray);
    expect(heard).toEqual([...MENU_COMMANDS]);
    stop();
    channels.emit(SHELL_CHANNELS.menu, {}, 'export');
    expect(heard).toHaveLength(MENU_COMMANDS.length);
    expect(bridge.platform).toBe('linux');
  });

  it('answers a flush request only after the renderer’s flush has finished', async () => {
    const { channels, sent, ipc: port } = ipc();
    let finish!: () => void;
    shellBridge(port, 'linux').onFlushRequest(() => new Promise<void>((resolve) => (finish = resolve)));
    channels.emit(SHELL_CHANNELS.flushRequest, {});
    await Promise.resolve();
    expect(sent).toEqual([]);
    finish();
    await new Promise((resolve) => setImmediate(resolve));
    expect(sent).toEqual([SHELL_CHANNELS.flushDone]);
  });
});
