// The desktop app works offline and fetches nothing: not a spellcheck
// dictionary (Electron's spellchecker downloads Hunspell files from Google's
// CDN on Windows and Linux when it is on), not a font, not an update. Every
// session gets the spellchecker off with no language to fetch, and a
// request filter that cancels anything that is not the app's own files.
import { app, type Session } from 'electron';

/** Schemes that never leave the machine: the app itself, DevTools, the PDF proof's temp file and its inlined fonts. */
const LOCAL_SCHEMES = new Set(['galley:', 'devtools:', 'file:', 'data:', 'blob:']);

/** Where a dictionary would be fetched from were a language ever set: the app's own scheme, never the network. */
export const NO_DICTIONARY_URL = 'galley://app/no-dictionaries/';

/** True for a request that stays on this machine; the filter cancels every other. */
export function isLocalRequest(url: string): boolean {
  try {
    return LOCAL_SCHEMES.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Spellchecker off with no dictionary, and every request off the machine cancelled, for one session. */
export function keepOffline(session: Session): void {
  session.setSpellCheckerEnabled(false);
  // No language means no Hunspell dictionary to load, so none to download (and Electron turns spellcheck off with it).
  session.setSpellCheckerLanguages([]);
  session.setSpellCheckerDictionaryDownloadURL(NO_DICTIONARY_URL);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => callback({ cancel: !isLocalRequest(details.url) }));
}

/** Must run before the app is ready, so that no session is created before the rule is in place. */
export function keepEverySessionOffline(): void {
  app.on('session-created', keepOffline);
}
