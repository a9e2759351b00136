// One guard for every web contents the app ever makes (windows, the offscreen
// PDF window, DevTools, anything a future change adds), so a window cannot
// forget it: no navigation away from the page it was loaded with, in any
// frame; no redirects; no new windows; no <webview>. A window that wants to
// send web links to the user's browser sets its own window-open handler
// after this one (see windows.ts), still denying the window itself.
import { app, type WebContents } from 'electron';

/** Locks down one web contents. */
export function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Must run before the first window: every web contents created from then on is guarded. */
export function guardEveryContents(): void {
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}
