// Copy arrives by drop and by paste as well as by the file chooser; hostile
// HTML on any of those paths must never run.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, settle, test } from './support/fixtures';

const HOSTILE = [
  '<h1>Pier reopens after storm</h1>',
  '<p>The pier reopened on Monday.<img src="http://127.0.0.9/x.png" onerror="alert(1)"></p>',
  '<script>alert(2)</script>',
  '<p onclick="alert(3)">Crowds <a href="javascript:alert(4)">gathered</a> early.</p>',
  '<svg onload="alert(5)"><circle r="4"/></svg>',
  '<p style="background:url(http://127.0.0.9/bg.png)">Tickets sold out.</p>',
  '<iframe src="http://127.0.0.9/frame"></iframe>',
  '<p>&lt;script&gt;alert(6)&lt;/script&gt; was printed, not run.</p>',
].join('');

/** Fails the test on any dialog, page error, or request that leaves the app's own origin. */
function watchForExecution(page: Page, origin: () => string) {
  const incidents: string[] = [];
  page.on('dialog', async (d) => {
    incidents.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  page.on('pageerror', (e) => incidents.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin()) && !r.url().startsWith('data:')) incidents.push(`request: ${r.url()}`);
  });
  return incidents;
}

async function dropFile(page: Page, name: string, content: string, type: string) {
  // The window has shown the library (the page's load event can come before the app's first frame).
  await expect(page.getByRole('button', { name: 'Import…' })).toBeVisible();
  const transfer = await page.evaluateHandle(
    ({ name, content, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type }));
      return dt;
    },
    { name, content, type },
  );
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

test('a file dropped on the window is imported', async ({ galley }) => {
  const page = galley.page;
  await dropFile(page, 'fete.md', '# Village fete raises £2,000\n\n*Record crowds despite the rain.*\n\nThe fete on Saturday raised **£2,000** for the church roof.\n', 'text/markdown');
  await expect(page.getByLabel('Headline')).toHaveValue('Village fete raises £2,000');
  await expect(page.getByRole('textbox', { name: 'Body' })).toContainText('raised £2,000 for the church roof');
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('strong')).toHaveText('£2,000');
});

test('copy pasted into the library becomes an article', async ({ galley }) => {
  const page = galley.page;
  await expect(page.getByRole('button', { name: 'Import…' })).toBeVisible();
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Bus fares to rise\n\nFares will rise by 5p from April, the council said.\n\n“It is unavoidable,” said Cllr Ann Lee.');
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  });
  await expect(page.getByLabel('Headline')).toHaveValue('Bus fares to rise');
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(2);
});

test('hostile HTML pasted into the body or imported from a file never runs', async ({ galley }) => {
  const page = galley.page;
  const incidents = watchForExecution(page, () => new URL(page.url()).origin);

  await dropFile(page, 'hostile.html', `<html><body>${HOSTILE}</body></html>`, 'text/html');
  await expect(page.getByLabel('Headline')).toHaveValue('Pier reopens after storm');
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body).toContainText('The pier reopened on Monday.');
  await expect(body).toContainText('<script>alert(6)</script> was printed, not run.');

  await body.locator('p').last().click();
  await expect(body).toBeFocused();
  await page.keyboard.press('ControlOrMeta+End');
  await settle(page);
  await page.evaluate((html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    dt.setData('text/plain', 'fallback');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, HOSTILE);
  await expect(body).toContainText('Tickets sold out.');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/^Saved/);

  const html = await body.innerHTML();
  expect(html).not.toMatch(/<script|<img|<svg|<iframe|onerror|onload|onclick|javascript:|url\(/i);
  // Give anything that might have been scheduled a moment to show itself.
  await page.waitForTimeout(500);
  expect(incidents).toEqual([]);
});

test('the sub is told how many lines of page furniture the import removed, reads them, and puts a wrongly removed one back', async ({ galley }) => {
  const page = galley.page;
  const fixtures = '/work/shared/fixtures';
  const expected = JSON.parse(readFileSync(`${fixtures}/seed-article.expected.json`, 'utf8')) as { furniture: string[]; bodyParagraphs: number };
  const fold = (s: string) => s.replace(/[\u00a0\u202f\u2007]/g, ' ');
  await page.getByLabel('Import file').setInputFiles({ name: 'seed-article.txt', mimeType: 'text/plain', buffer: readFileSync(`${fixtures}/seed-article.txt`) });
  const body = page.getByRole('textbox', { name: 'Body' });
  await expect(body.locator('p')).toHaveCount(expected.bodyParagraphs);

  const report = page.getByRole('region', { name: 'Import report' });
  await expect(report).toContainText(`Removed ${expected.furniture.length} lines of page furniture.`);
  await report.getByRole('button', { name: 'Show removed lines' }).click();
  const removed = report.getByRole('list', { name: 'Removed lines' });
  await expect(removed.getByRole('listitem')).toHaveCount(expected.furniture.length);
  for (const line of expected.furniture) await expect(removed).toContainText(fold(line));
  for (const line of expected.furniture) await expect(body).not.toContainText(fold(line));
  await page.screenshot({ path: 'test-results/import-furniture.png' });

  // "Fighting fund" was the appeal's heading, but say the sub wants it: it goes back where it was, after the last paragraph.
  await removed.getByRole('button', { name: 'Put back “Fighting fund”' }).click();
  await expect(body.locator('p')).toHaveCount(expected.bodyParagraphs + 1);
  await expect(body.locator('p').last()).toHaveText('Fighting fund');
  await expect(removed.getByRole('listitem')).toHaveCount(expected.furniture.length - 1);
  await expect(report).toContainText(`Removed ${expected.furniture.length - 1} lines of page furniture.`);

  // It is copy now: saved with the story, and there after a reload.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText(/Saved/);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p').last()).toHaveText('Fighting fund');
});
