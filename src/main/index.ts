// The Electron shell: opens the library, binds the services to IPC, serves
// the renderer, builds the menu, and saves before quitting. Every behaviour
// lives in the services and the renderer; this file only wires them.
import { app, BrowserWindow, session } from 'electron';
import { join } from 'node:path';
import { openGalley, type Galley } from '../services/galley';
import { resolveLibraryPath } from '../services/library-path';
import { guardEveryContents } from './contents-guard';
import { appFolders, chooseExportFolder } from './dialogs';
import { bindIpc } from './ipc';
import { installMenu } from './menu';
import { keepEverySessionOffline, keepOffline } from './offline';
import { createElectronPdfRenderer } from './pdf';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow, rendererPaths } from './windows';

const paths = rendererPaths(import.meta.dirname);
registerAppScheme();
keepEverySessionOffline();
guardEveryContents();

let galley: Galley | null = null;

async function start() {
  await app.whenReady();
  // Galley asks for no permission (camera, notifications, geolocation…): refuse every request and check.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // The default session may have been made before the session-created listener: set it too (setting twice is harmless).
  keepOffline(session.defaultSession);
  galley = await openGalley({
    library: resolveLibraryPath(process.argv, process.env, app.getPath('userData')),
    renderPdf: createElectronPdfRenderer(),
    chooseFolder: chooseExportFolder,
    ownFolders: appFolders(),
  });
  bindIpc(galley.handlers);
  serveRenderer(paths.renderer);
  installMenu(process.platform, !app.isPackaged);
  createMainWindow(paths.preload);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(paths.preload);
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Windows save themselves on close (see windows.ts); the index is written last.
let closing = false;
app.on('will-quit', (event) => {
  if (closing || !galley) return;
  event.preventDefault();
  closing = true;
  void galley.close().finally(() => app.quit());
});

// Keep a reference so the library path is visible in crash reports and logs.
export const libraryFolder = () => galley?.store.layout.root ?? join(app.getPath('userData'), 'library');

start().catch((error) => {
  console.error('[galley] could not start', error);
  app.exit(1);
});
