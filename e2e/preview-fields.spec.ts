// The slot's fields refuse what the layout cannot take, visibly: the allowed
// range stands beside each field, and a value out of it is named as refused
// while the slot in force stays as it was.
import { expect, test } from './support/fixtures';
import { resolve } from 'node:path';

test('depth 60 and columns -3 are refused beside their fields, and the slot in force is kept', async ({ galley }) => {
  const page = galley.page;
  await page.getByRole('button', { name: 'New article' }).click();
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await expect(body).toBeFocused();
  await page.keyboard.type('The council voted on Tuesday to fund the wall.');
  await page.getByRole('button', { name: 'Preview' }).click();
  const pane = page.getByRole('region', { name: 'Preview' });
  const status = pane.getByRole('status', { name: 'Copyfit' });
  const depth = pane.getByRole('spinbutton', { name: 'Depth' });
  await expect(status).toHaveAttribute('title', /cm$/);
  const before = await status.getAttribute('title');
  const max = await depth.getAttribute('max');
  await expect(pane.getByText(`2–${max} cm`)).toBeVisible();

  await depth.fill('60');
  await depth.blur();
  await expect(depth).toHaveValue('60');
  await expect(depth).toHaveAttribute('aria-invalid', 'true');
  await expect(pane.getByRole('alert')).toHaveText(`Depth 60 cm refused: the layout takes 2–${max} cm.`);
  await expect(status).toHaveAttribute('title', before!);

  const columns = pane.getByRole('spinbutton', { name: 'Columns' });
  await columns.fill('-3');
  await expect(columns).toHaveAttribute('aria-invalid', 'true');
  await expect(pane.getByRole('alert').filter({ hasText: 'Columns' })).toHaveText(/^Columns -3 refused: the layout takes 1–\d+\.$/);
  await page.screenshot({ path: 'e2e/screenshots/preview-refused.png' });

  await depth.fill('20');
  await expect(depth).not.toHaveAttribute('aria-invalid', 'true');
  await expect(status).toHaveAttribute('title', /20 cm$/);
});

test('Web and Mobile show their own measures and no print controls; Print brings them back', async ({ galley }) => {
  const page = galley.page;
  await page.getByRole('button', { name: 'New article' }).click();
  const headline = 'Council approves £4m flood defences after a decade of argument over the wall';
  await page.getByLabel('Headline').fill(headline);
  await page.getByRole('button', { name: 'Preview' }).click();
  const pane = page.getByRole('region', { name: 'Preview' });
  await expect(pane.getByRole('spinbutton', { name: 'Depth' })).toBeVisible();
  await pane.getByRole('tab', { name: 'Web' }).click();
  await expect(pane.getByRole('status', { name: 'Web measures' })).toHaveText(`0 words · about 1 min read · headline ${headline.length}/70 characters`);
  await expect(pane.getByRole('spinbutton', { name: 'Depth' })).toBeHidden();
  await expect(pane.getByLabel('Layout')).toBeHidden();
  await expect(pane.getByRole('status', { name: 'Copyfit' })).toHaveCount(0);
  await page.screenshot({ path: 'e2e/screenshots/preview-web.png' });
  await pane.getByRole('tab', { name: 'Mobile' }).click();
  await expect(pane.getByRole('status', { name: 'Mobile measures' })).toContainText(`headline ${headline.length}/55 characters`);
  await pane.getByRole('tab', { name: 'Print' }).click();
  await expect(pane.getByRole('spinbutton', { name: 'Depth' })).toBeVisible();
  await expect(pane.getByRole('status', { name: 'Copyfit' })).toBeVisible();
});

test('the print page fits its pane with the overmatter zone in view; 100% shows it full size, scrolled', async ({ galley }) => {
  const page = galley.page;
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import…' }).click();
  await (await chooser).setFiles(resolve('..', 'shared', 'fixtures', 'seed-article.txt'));
  await expect(page.getByRole('textbox', { name: 'Body' }).locator('p')).toHaveCount(13);
  await page.getByRole('button', { name: 'Preview' }).click();
  const pane = page.getByRole('region', { name: 'Preview' });
  const columns = pane.getByRole('spinbutton', { name: 'Columns' });
  await columns.fill((await columns.getAttribute('max'))!);
  await pane.getByRole('spinbutton', { name: 'Depth' }).fill('4');
  // Six columns' headline is deeper than 4 cm: copyfit names the headline, and all the copy runs into the overmatter zone.
  await expect(pane.getByRole('status', { name: 'Copyfit' })).toHaveText(/^the headline alone runs \d+ lines past the slot/);
  const stage = pane.getByRole('region', { name: 'Print page' });
  const zone = stage.locator('.preview-overmatter-zone');
  await expect(zone).toHaveCount(1);
  const inside = async () => {
    const [s, z] = [await stage.boundingBox(), await zone.boundingBox()];
    return z!.x + z!.width <= s!.x + s!.width;
  };
  expect(await inside()).toBe(true);
  await page.screenshot({ path: 'e2e/screenshots/preview-fit.png' });
  await stage.getByLabel('Zoom').selectOption('1');
  await expect.poll(() => stage.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await inside()).toBe(false);
});
