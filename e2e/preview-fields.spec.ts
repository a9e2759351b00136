// The slot's fields refuse what the layout cannot take, visibly: the allowed
// range stands beside each field, and a value out of it is named as refused
// while the slot in force stays as it was.
import { expect, test } from './support/fixtures';

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
