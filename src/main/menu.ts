// The native menu: every command with its OS-correct accelerator, so the
// shortcut shows beside it (Cmd on macOS, Ctrl elsewhere, via CmdOrCtrl).
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { COMMANDS } from '../shared/commands';
import { SHELL_CHANNELS, type MenuCommand } from '../shared/contract/shell';

/** A menu item for a command of the shared table: its label and its accelerator, written once. */
function item(command: MenuCommand): MenuItemConstructorOptions {
  const { label, shortcut } = COMMANDS[command];
  return {
    label,
    accelerator: shortcut?.replace('Mod', 'CmdOrCtrl'),
    click: () => BrowserWindow.getFocusedWindow()?.webContents.send(SHELL_CHANNELS.menu, command),
  };
}

export function buildMenuTemplate(platform: NodeJS.Platform, isDev: boolean): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) template.push({ role: 'appMenu' });
  template.push(
    {
      label: '&File',
      submenu: [
        item('new-article'),
        item('import'),
        { type: 'separator' },
        item('save-now'),
        item('export'),
        { type: 'separator' },
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
        { type: 'separator' },
        item('find'),
      ],
    },
    {
      label: '&Quotes',
      submenu: [
        item('tag-quote'),
        item('detect-quotes'),
      ],
    },
    {
      label: '&View',
      submenu: [
        item('show-library'),
        item('toggle-preview'),
        item('command-palette'),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? ([{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }] as MenuItemConstructorOptions[]) : []),
      ],
    },
    { role: 'windowMenu' },
    { label: '&Help', submenu: [item('shortcut-sheet')] },
  );
  return template;
}

export function installMenu(platform: NodeJS.Platform, isDev: boolean): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(platform, isDev)));
}
