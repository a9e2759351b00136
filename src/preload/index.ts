// The bridge: named functions only, one per call of the contract, plus the
// shell's menu and close handshake, both built from the contract's tables
// (channels.ts, shell.ts). The page never sees ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, perCall } from '../shared/contract/channels';
import { shellBridge } from '../shared/contract/shell';

contextBridge.exposeInMainWorld('galley', perCall((name) => (args: unknown) => ipcRenderer.invoke(channelOf(name), args)));
contextBridge.exposeInMainWorld('galleyShell', shellBridge(ipcRenderer, process.platform));
