// Loads the built Electron main bundle and preload in Node with a recording
// stand-in for `electron`, and checks what the shell asked for.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALL_NAMES, channelOf } from '../../src/shared/contract/channels';
import * as standIn from './electron-stand-in';

const { recorded } = standIn;
const MAIN = resolve('out/main/index.js');
const PRELOAD = resolve('out/preload/index.cjs');

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error('Build first (npm run build): out/main/index.js is missing');
  const home = mkdtempSync(join(tmpdir(), 'galley-shell-'));
  process.env.GALLEY_STAND_IN_HOME = home;
  process.env.GALLEY_LIBRARY = join(home, 'library');
  await import(/* @vite-ignore */ MAIN);
  // The shell opens the library asynchronously after app.whenReady().
  for (let i = 0; i < 200 && recorded.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
});

describe('the Electron shell, as built', () => {
  it('opens every window isolated, sandboxed and without Node', () => {
    // One window at start: the library.
    expect(recorded.windows).toHaveLength(1);
    for (const window of recorded.windows) {
      const prefs = window.options.webPreferences as Record<string, unknown>;
      expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
      expect(existsSync(prefs.preload as string)).toBe(true);
      expect(String(prefs.preload)).toMatch(/index\.cjs$/);
    }
  });

  it('loads the app from its own scheme, never a remote URL', () => {
    expect(recorded.windows[0].loadedUrl).toBe('galley://app/index.html');
    expect(recorded.privilegedSchemes).toEqual([{ scheme: 'galley', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect(recorded.protocolHandlers.has('galley')).toBe(true);
  });

  it('denies navigation and new windows', async () => {
    const contents = recorded.windows[0].webContents;
    for (const event of ['will-navigate', 'will-redirect']) {
      let prevented = false;
      for (const listener of contents.listeners.get(event) ?? []) listener({ preventDefault: () => (prevented = true) }, 'https://example.com/');
      expect(prevented, event).toBe(true);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'galley://app/index.html' })).toEqual({ action: 'deny' });
  });

  it('binds a handler for every call of the contract and nothing else', () => {
    expect([...recorded.handlers.keys()].sort()).toEqual(CALL_NAMES.map(channelOf).sort());
  });

  it('answers its own window and refuses foreign senders', async () => {
    const own = recorded.windows[0].webContents;
    const handler = recorded.handlers.get(channelOf('listArticles'))!;
    const ok = (await handler({ sender: own, senderFrame: { url: 'galley://app/index.html', parent: null } }, {})) as { ok: boolean };
    expect(ok.ok).toBe(true);
    const cases = [
      { sender: { id: 9999 }, senderFrame: { url: 'galley://app/index.html', parent: null } },
      { sender: own, senderFrame: { url: 'https://evil.example/', parent: null } },
      { sender: own, senderFrame: { url: 'galley://app/index.html', parent: {} } },
      { sender: own, senderFrame: null },
    ];
    for (const event of cases) {
      expect(await handler(event, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });

  it('validates arguments before any service sees them', async () => {
    const own = recorded.windows[0].webContents;
    const event = { sender: own, senderFrame: { url: 'galley://app/index.html', parent: null } };
    const get = recorded.handlers.get(channelOf('getArticle'))!;
    expect(await get(event, { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(await get(event, null)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('refuses every permission request', () => {
    let granted: boolean | null = null;
    standIn.session.defaultSession.permissionRequestHandler?.({}, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
    expect(standIn.session.defaultSession.permissionCheckHandler?.({}, 'notifications')).toBe(false);
  });

  it('builds File, Edit and View menus with accelerators', () => {
    const template = recorded.menuTemplate as Array<{ label?: string; submenu?: Array<{ label?: string; accelerator?: string }> }>;
    const labels = template.map((m) => m.label);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View']));
    const file = template.find((m) => m.label === '&File')!.submenu!;
    expect(file.find((i) => i.label === 'Import…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(file.find((i) => i.label === 'New article')?.accelerator).toMatch(/^CmdOrCtrl\+/);
  });
});

describe('the preload, as built', () => {
  it('exposes one named function per call and the shell bridge, never ipcRenderer', async () => {
    const code = readFileSync(PRELOAD, 'utf8');
    // A sandboxed preload gets only `require('electron')`: anything else would fail in Electron too.
    const sandboxRequire = (name: string) => {
      if (name === 'electron') return standIn;
      throw new Error(`a sandboxed preload cannot require ${name}`);
    };
    runInNewContext(code, { require: sandboxRequire, process: { platform: 'linux' }, module: { exports: {} }, exports: {} });
    expect([...recorded.exposed.keys()].sort()).toEqual(['galley', 'galleyShell']);
    const api = recorded.exposed.get('galley') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual([...CALL_NAMES].sort());
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function');
    await (api.getArticle as (a: unknown) => Promise<unknown>)({ id: 'x' });
    expect(recorded.invoked.at(-1)).toEqual({ channel: channelOf('getArticle'), args: { id: 'x' } });
    const shellBridge = recorded.exposed.get('galleyShell') as Record<string, unknown>;
    expect(Object.keys(shellBridge).sort()).toEqual(['onFlushRequest', 'onMenuCommand', 'platform']);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|invoke|send/);
  });
});
