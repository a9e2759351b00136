// Work that can wait for the window's idle time: the browser's idle callback
// where it has one (Chromium and Electron do), a task of its own where not.

/** Runs `run` when the window is idle, or after `timeout` ms at the latest; answers a function that cancels it. */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (!('requestIdleCallback' in globalThis)) {
    const timer = setTimeout(run, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(run, { timeout });
  return () => cancelIdleCallback(handle);
}
