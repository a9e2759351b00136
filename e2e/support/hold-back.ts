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

/** What holdBackWholeListing returns: let the held listing go, or hold the next one back again. */
export interface HeldListing {
  release(): void;
  holdAgain(): void;
}

/**
 * Holds the whole library listing (`listArticles` asked with no limit) back on its way, so the list has only
 * its first screen; the real server answers it once released.
 */
export async function holdBackWholeListing(page: Page): Promise<HeldListing> {
  let release = () => {};
  let held = Promise.resolve();
  const holdAgain = () => void (held = new Promise<void>((resolve) => (release = resolve)));
  holdAgain();
  await page.route('**/api/listArticles', async (route) => {
    if (route.request().postData() === '{}') await held;
    await route.continue();
  });
  return { release: () => release(), holdAgain };
}
