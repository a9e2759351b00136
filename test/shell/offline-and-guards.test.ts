// The built Electron shell with the recording stand-in: no session may fetch
// a spellcheck dictionary or anything else from the network, every web
// contents (not only the windows we make) is locked down, and the galley://
// handler answers a malformed address instead of rejecting.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as standIn from './electron-stand-in';

const { recorded } = standIn;
const MAIN = resolve('out/main/index.js');

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error('Build first (npm run build): out/main/index.js is missing');
  const home = mkdtempSync(join(tmpdir(), 'galley-shell-offline-'));
  process.env.GALLEY_STAND_IN_HOME = home;
  process.env.GALLEY_LIBRARY = join(home, 'library');
  await import(/* @vite-ignore */ MAIN);
  for (let i = 0; i < 200 && recorded.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
});

/** What the shell's request filter decides for a URL: true when it cancels it. */
function cancels(session: standIn.StandInSession, url: string): boolean {
  const filter = session.beforeRequest;
  if (!filter) throw new Error('no request filter on this session');
  let decision: { cancel?: boolean } | null = null;
  filter.listener({ url, method: 'GET', resourceType: 'other' }, (answer: { cancel?: boolean }) => (decision = answer));
  if (!decision) throw new Error(`the filter did not answer for ${url}`);
  return (decision as { cancel?: boolean }).cancel === true;
}

function expectOffline(session: standIn.StandInSession) {
  expect(session.spellCheckerEnabled).toBe(false);
  // No language, so no Hunspell dictionary to download; and were one ever asked for, not from Google's CDN.
  expect(session.spellCheckerLanguages).toEqual([]);
  expect(session.dictionaryDownloadURL === null || !/^(https?|wss?|ftp):/i.test(session.dictionaryDownloadURL)).toBe(true);
  expect(session.beforeRequest?.filter.urls).toEqual(['<all_urls>']);
  for (const url of [
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-gb-10-1.bdic',
    'http://127.0.0.1:5173/',
    'https://example.com/font.woff2',
    'wss://example.com/socket',
    'ftp://example.com/x',
    'chrome-extension://abc/x.js',
  ]) {
    expect(cancels(session, url), url).toBe(true);
  }
  for (const url of ['galley://app/index.html', 'galley://app/fonts/fonts.css', 'devtools://devtools/bundled/devtools_app.html', 'file:///tmp/galley-pdf-1/proof.html', 'data:font/woff2;base64,AAAA']) {
    expect(cancels(session, url), url).toBe(false);
  }
}

describe('the desktop app stays offline', () => {
  it('opens every window with the spellchecker off', () => {
    expect(recorded.windows).toHaveLength(1);
    for (const window of recorded.windows) expect((window.options.webPreferences as Record<string, unknown>).spellcheck).toBe(false);
  });

  it('lets the default session fetch no dictionary and nothing from the network', () => {
    expectOffline(standIn.session.defaultSession);
  });

  it('does the same to every session created later', () => {
    const later = standIn.createStandInSession();
    expect(later.spellCheckerEnabled).toBe(true); // as Electron hands it out
    const listeners = recorded.appListeners.get('session-created') ?? [];
    expect(listeners).toHaveLength(1);
    for (const listener of listeners) listener(later);
    expectOffline(later);
  });
});

describe('every web contents is locked down, not only the windows the shell makes', () => {
  it('denies navigation, frame navigation, redirects, webviews and new windows to any web contents created', () => {
    const listeners = recorded.appListeners.get('web-contents-created') ?? [];
    expect(listeners).toHaveLength(1);
    const contents = new standIn.StandInWebContents();
    for (const listener of listeners) listener({}, contents);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      const handlers = contents.listeners.get(event) ?? [];
      expect(handlers.length, event).toBeGreaterThan(0);
      for (const handler of handlers) handler({ preventDefault: () => (prevented = true), url: 'https://example.com/' }, 'https://example.com/');
      expect(prevented, event).toBe(true);
    }
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'galley://app/index.html' })).toEqual({ action: 'deny' });
  });
});

describe('the galley:// handler', () => {
  it('answers 400 to a malformed escape instead of rejecting', async () => {
    const handler = recorded.protocolHandlers.get('galley')!;
    for (const url of ['galley://app/%ZZ', 'galley://app/assets/%E0%A4%A', 'galley://app/%']) {
      const response = (await handler({ url })) as Response;
      expect(response.status, url).toBe(400);
    }
    expect(((await handler({ url: 'galley://elsewhere/index.html' })) as Response).status).toBe(404);
    expect(((await handler({ url: 'galley://app/..%2f..%2fetc%2fpasswd' })) as Response).status).toBe(404);
  });
});
