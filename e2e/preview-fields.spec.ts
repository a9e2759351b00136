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
