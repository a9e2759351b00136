// Galley's windows and the checklist items that belong to them: isolation,
// sandbox, no Node in the page, no navigation away, no new windows.
import { app, BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { SHELL_CHANNELS } from '../shared/contract/shell';
import { APP_ORIGIN } from './protocol';

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableBlinkFeatures: '',
  webviewTag: false,
  navigateOnDragDrop: false,
  // Electron's spellchecker would download Hunspell dictionaries from Google: the app makes no network request (offline.ts).
  spellcheck: false,
  // Middle-click must not open links in new windows (setWindowOpenHandler denies them too).
  disableBlinkFeatures: 'Auxclick',
} as const;

const FLUSH_TIMEOUT_MS = 3000;
const windows = new Set<BrowserWindow>();

// Closing a window waits for its page to save, which cancels a quit in progress
// (on macOS the app would stay running): remember the quit and carry it on.
let quitting = false;
app.on('before-quit', () => {
  quitting = true;
});

export function isOurWindow(contentsId: number): boolean {
  for (const window of windows) if (!window.isDestroyed() && window.webContents.id === contentsId) return true;
  return false;
}

export function createMainWindow(preloadPath: string): BrowserWindow {
  // electronegativity-ignore: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK, AUXCLICK_JS_CHECK — all set in WEB_PREFERENCES above (contextIsolation, sandbox, disableBlinkFeatures: 'Auxclick'); the checker does not follow the spread; test/shell/main-wiring.test.ts asserts them on the built bundle
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 760,
    minHeight: 480,
    title: 'Galley',
    show: false,
    backgroundColor: '#1e1e1e',
    // electronegativity-ignore: PRELOAD_JS_CHECK — the preload exposes one named function per contract call through contextBridge, never ipcRenderer (test/shell/main-wiring.test.ts)
    webPreferences: { ...WEB_PREFERENCES, preload: preloadPath },
  });
  windows.add(window);
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => windows.delete(window));

  const contents = window.webContents;
  // Dropping a file must import it, not navigate the window to it; links in copy must not take the app away.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Open web links from copy in the user's browser; never in a Galley window.
    // electronegativity-ignore: OPEN_EXTERNAL_JS_CHECK — only http(s) links reach the user's browser; file:, smb:, custom schemes and javascript: are dropped
    if (/^https?:\/\//.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  // Save before closing: ask the page to flush its autosave, close when it says it is done (or after a bound).
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      if (flushed) return;
      flushed = true;
      clearTimeout(timer);
      contents.ipc.removeListener(SHELL_CHANNELS.flushDone, finish);
      if (!window.isDestroyed()) window.close();
      if (quitting) app.quit();
    };
    contents.ipc.on(SHELL_CHANNELS.flushDone, finish);
    timer = setTimeout(finish, FLUSH_TIMEOUT_MS);
    contents.send(SHELL_CHANNELS.flushRequest);
  });

  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

export function rendererPaths(mainDir: string) {
  return { preload: join(mainDir, '..', 'preload', 'index.cjs'), renderer: join(mainDir, '..', 'renderer') };
}
