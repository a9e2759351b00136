// A slow first load, made on purpose: what a window shows before its own code has run.
import type { Page } from '@playwright/test';

/** Holds the window's code (app/boot) back until the returned function is called, as a slow first load would. */
export async function holdBackWindowCode(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/boot-*.js', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
