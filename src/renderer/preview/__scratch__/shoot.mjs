import { chromium } from '@playwright/test';
const out = '/tmp/preview-shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const scheme of ['light', 'dark']) {
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 }, colorScheme: scheme });
  page.on('console', (m) => console.log('console:', m.type(), m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.goto('http://127.0.0.1:5199/');
  const status = page.getByRole('status', { name: 'Copyfit' });
  await status.filter({ hasNotText: '…' }).waitFor();
  await page.waitForTimeout(800);
  console.log(scheme, 'default:', await status.textContent());
  await page.screenshot({ path: `${out}/print-${scheme}.png` });
  if (scheme === 'light') {
    await page.getByLabel('Columns').fill('2');
    await page.getByLabel('Depth').fill('14');
    await page.waitForTimeout(800);
    console.log('2x14:', await status.textContent(), await page.locator('.overmatter').count());
    await page.getByLabel('Pull quote').selectOption({ index: 1 });
    await page.waitForTimeout(800);
    console.log('2x14 + pull:', await status.textContent());
    await page.screenshot({ path: `${out}/print-over.png` });
    console.log(JSON.stringify(await page.evaluate(() => window.lastFit)));
    await page.getByLabel('Layout').selectOption('tabloid');
    await page.waitForTimeout(800);
    console.log('tabloid:', await status.textContent());
    await page.screenshot({ path: `${out}/print-tabloid.png` });
  }
  await page.getByRole('tab', { name: 'Web' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/web-${scheme}.png` });
  await page.getByRole('tab', { name: 'Mobile' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/mobile-${scheme}.png` });
  await page.close();
}
await browser.close();
