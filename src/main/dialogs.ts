// The shell's native dialogs. The export folder is chosen here, in the main
// process, so a page cannot name a folder of its own: the services keep the
// chosen path and the page only ever holds the opaque handle for it.
import { app, BrowserWindow, dialog } from 'electron';

/** The sub's folder for an export, from the system's own folder picker; null when they cancel. */
export async function chooseExportFolder(): Promise<string | null> {
  const options: Electron.OpenDialogOptions = {
    title: 'Export to folder',
    buttonLabel: 'Export here',
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory', 'promptToCreate', 'dontAddToRecent'],
  };
  const parent = BrowserWindow.getFocusedWindow();
  const answer = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return answer.canceled || answer.filePaths.length === 0 ? null : answer.filePaths[0];
}

/** The installed app's own folders, which exports must never write into. */
export function appFolders(): string[] {
  return [app.getAppPath(), process.resourcesPath].filter((folder): folder is string => typeof folder === 'string' && folder.length > 0);
}
