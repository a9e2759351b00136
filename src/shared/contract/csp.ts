// One Content Security Policy for the renderer, whether Electron or browser
// mode serves it: scripts only from the app itself, nothing remote at all.
// Styles allow inline attributes because ProseMirror positions its own widgets
// with them; no script can be injected through style in Chromium. Workers
// (the subbing checks, revision compare) are built files served by the app
// itself; none is made from a blob: or data: URL, so none is allowed.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The one inline script: index.html's first, which sends the session's request with the page (renderer/session/early.ts).
  "script-src 'self' 'sha256-PcGN3nV+ex3ZU2nGkd95fuaC0bz5S16XaXTuLvSsFSo='",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
