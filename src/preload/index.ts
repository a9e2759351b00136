// The bridge: named functions only, one per call of the contract, plus the
// shell's menu and close handshake. The page never sees ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { CALL_NAMES, channelOf } from '../shared/contract/channels';
import { MENU_COMMANDS, SHELL_CHANNELS, type MenuCommand, type ShellBridge } from '../shared/contract/shell';

const calls: Record<string, (args: unknown) => Promise<unknown>> = {};
for (const name of CALL_NAMES) calls[name] = (args: unknown) => ipcRenderer.invoke(channelOf(name), args);

const menuCommands = new Set<string>(MENU_COMMANDS);
const shell: ShellBridge = {
  onMenuCommand(listener) {
    const wrapped = (_event: unknown, command: unknown) => {
      if (typeof command === 'string' && menuCommands.has(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(SHELL_CHANNELS.menu, wrapped);
    return () => ipcRenderer.removeListener(SHELL_CHANNELS.menu, wrapped);
  },
  onFlushRequest(listener) {
    const wrapped = async () => {
      try {
        await listener();
      } finally {
        ipcRenderer.send(SHELL_CHANNELS.flushDone);
      }
    };
    ipcRenderer.on(SHELL_CHANNELS.flushRequest, wrapped);
    return () => ipcRenderer.removeListener(SHELL_CHANNELS.flushRequest, wrapped);
  },
  platform: process.platform,
};

contextBridge.exposeInMainWorld('galley', calls);
contextBridge.exposeInMainWorld('galleyShell', shell);
