import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { makeTypingStory, writeTypingLibrary, copyHeadline, MIDDLE_TEXT } from './document';
import { startServer, stopServer, CHROMIUM, CHROMIUM_ARGS } from './index';

async function main() {
  const story = makeTypingStory();
  const root = await mkdtemp(join(tmpdir(), 'peek-'));
  await writeTypingLibrary(root, story, 1);
  const s = await startServer(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(await s.next());
  await page.getByRole('button', { name: `Open ${copyHeadline(1)}`, exact: true }).click();
  await page.getByRole('textbox', { name: 'Body' }).waitFor();
  await page.waitForTimeout(3000);
  const middle = page.getByRole('textbox', { name: 'Body' }).locator('p', { hasText: MIDDLE_TEXT });
  await middle.scrollIntoViewIfNeeded();
  const box = (await middle.boundingBox())!;
  await middle.click({ position: { x: 2, y: box.height - 4 } });
  await page.keyboard.press('End');
  const keys = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('recovery')).map((k) => `${k} ${localStorage.getItem(k)!.length}`).sort());
  for (let i = 0; i < 4; i++) {
    await page.keyboard.type(' and the council said it would', { delay: 60 });
    await page.waitForTimeout(300);
    console.log(i, (await keys()).join('\n'));
  }
  await browser.close();
  await stopServer(s.process);
}
main();
