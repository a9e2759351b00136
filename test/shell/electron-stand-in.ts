// A recording stand-in for the `electron` module, for loading the built
// shell in plain Node. It records what the shell asks for and hands back
// inert objects; it does not imitate Electron's behaviour.
type Listener = (...args: unknown[]) => unknown;

export const recorded = {
  windows: [] as StandInWindow[],
  handlers: new Map<string, Listener>(),
  privilegedSchemes: [] as unknown[],
  protocolHandlers: new Map<string, Listener>(),
  menuTemplate: null as unknown,
  appListeners: new Map<string, Listener[]>(),
  exposed: new Map<string, unknown>(),
  invoked: [] as Array<{ channel: string; args: unknown }>,
  sent: [] as Array<{ channel: string; args: unknown[] }>,
};

let nextContentsId = 1;

/** Exported so a test can hand the shell a web contents it did not create (a future window, a devtools pane). */
export class StandInWebContents {
  readonly id = nextContentsId++;
  readonly listeners = new Map<string, Listener[]>();
  windowOpenHandler: Listener | null = null;
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  readonly ipc = { on: () => {}, removeListener: () => {} };
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
  send(channel: string, ...args: unknown[]) {
    this.sent.push({ channel, args });
  }
}

class StandInWindow {
  readonly webContents = new StandInWebContents();
  loadedUrl: string | null = null;
  readonly listeners = new Map<string, Listener[]>();
  constructor(readonly options: Record<string, unknown>) {
    recorded.windows.push(this);
  }
  once(event: string, listener: Listener) {
    return this.on(event, listener);
  }
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  isDestroyed() {
    return false;
  }
  show() {}
  close() {}
  static getAllWindows() {
    return recorded.windows;
  }
  static getFocusedWindow() {
    return recorded.windows[0] ?? null;
  }
}
export const BrowserWindow = StandInWindow;

export const app = {
  isPackaged: false,
  whenReady: () => Promise.resolve(),
  getPath: (name: string) => `${process.env.GALLEY_STAND_IN_HOME}/${name}`,
  getAppPath: () => `${process.env.GALLEY_STAND_IN_HOME}/app`,
  on(event: string, listener: Listener) {
    recorded.appListeners.set(event, [...(recorded.appListeners.get(event) ?? []), listener]);
    return app;
  },
  quit() {},
  exit() {},
};

export const ipcMain = {
  handle(channel: string, listener: Listener) {
    recorded.handlers.set(channel, listener);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    recorded.privilegedSchemes.push(...schemes);
  },
  handle(scheme: string, handler: Listener) {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const net = {
  fetch() {
    throw new Error('net.fetch is not available in the stand-in');
  },
};

export const Menu = {
  buildFromTemplate(template: unknown) {
    recorded.menuTemplate = template;
    return template;
  },
  setApplicationMenu() {},
};

/** A session as Electron hands it out: spellcheck on with the OS language, as Electron's default is; what the shell sets is recorded. */
export function createStandInSession() {
  const standIn = {
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    spellCheckerEnabled: true,
    spellCheckerLanguages: ['en-GB'] as string[],
    dictionaryDownloadURL: null as string | null,
    listeners: new Map<string, Listener[]>(),
    beforeRequest: null as { filter: { urls: string[] }; listener: Listener } | null,
    setPermissionRequestHandler(handler: Listener) {
      standIn.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: Listener) {
      standIn.permissionCheckHandler = handler;
    },
    setSpellCheckerEnabled(enable: boolean) {
      standIn.spellCheckerEnabled = enable;
    },
    isSpellCheckerEnabled() {
      return standIn.spellCheckerEnabled;
    },
    setSpellCheckerLanguages(languages: string[]) {
      standIn.spellCheckerLanguages = [...languages];
    },
    getSpellCheckerLanguages() {
      return standIn.spellCheckerLanguages;
    },
    setSpellCheckerDictionaryDownloadURL(url: string) {
      standIn.dictionaryDownloadURL = url;
    },
    on(event: string, listener: Listener) {
      standIn.listeners.set(event, [...(standIn.listeners.get(event) ?? []), listener]);
      return standIn;
    },
    webRequest: {
      onBeforeRequest(filter: { urls: string[] }, listener: Listener) {
        standIn.beforeRequest = { filter, listener };
      },
    },
  };
  return standIn;
}
export type StandInSession = ReturnType<typeof createStandInSession>;

export const session = {
  defaultSession: createStandInSession(),
};

export const shell = {
  openExternal: async () => {},
};

// Preload side.
export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    recorded.exposed.set(key, api);
  },
};
export const ipcRenderer = {
  invoke(channel: string, args: unknown) {
    recorded.invoked.push({ channel, args });
    return Promise.resolve({ ok: true, value: null });
  },
  on() {},
  removeListener() {},
  send(channel: string, ...args: unknown[]) {
    recorded.sent.push({ channel, args });
  },
};

/** The native dialogs: each call is recorded and answered with what a test put in `dialogAnswers`, else a cancel. */
export const dialogCalls: unknown[][] = [];
export const dialogAnswers: Array<{ canceled: boolean; filePaths: string[] }> = [];
export const dialog = {
  showOpenDialog(...args: unknown[]) {
    dialogCalls.push(args);
    return Promise.resolve(dialogAnswers.shift() ?? { canceled: true, filePaths: [] });
  },
};

export default { BrowserWindow, app, ipcMain, protocol, net, Menu, session, shell, contextBridge, ipcRenderer, dialog };
