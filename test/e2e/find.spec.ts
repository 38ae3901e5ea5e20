import { expect, test } from '@playwright/test';
import { Editor } from './support';

test('Ctrl/Cmd+F finds elements by name as you type; Enter selects one and brings it into view', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  // Zoomed far out: found elements must be brought into view.
  for (let i = 0; i < 4; i++) await ed.button('Zoom out').click();

  await page.keyboard.press('ControlOrMeta+f');
  const box = page.getByRole('combobox', { name: 'Find by name' });
  await expect(box).toBeFocused();
  await box.pressSequentially('plc-10');
  const matches = page.getByRole('listbox', { name: 'Matches' }).getByRole('option');
  await expect(matches).toHaveText([/^PLC-101/, /^PLC-102 \(legacy\)/]);
  await expect(matches.first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('search', { name: 'Find elements' }).getByRole('status')).toHaveText(/^2 matches/);

  await box.press('ArrowDown');
  await expect(matches.nth(1)).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(box).toHaveCount(0);
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue('PLC-102 (legacy)');
  const plc = ed.assetNamed('PLC-102 (legacy)');
  await expect(plc).toHaveClass(/selected/);
  await expect(plc).toBeInViewport();

  // Zones and conduits too, by a click; Escape closes without selecting anything else.
  await page.keyboard.press('ControlOrMeta+f');
  await expect(box).toHaveValue('plc-10');
  await box.fill('distill');
  await page.getByRole('listbox', { name: 'Matches' }).getByRole('option', { name: /^Distillation cell 2/ }).click();
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue('Distillation cell 2');
  await page.keyboard.press('ControlOrMeta+f');
  await box.fill('no such thing');
  await expect(page.getByRole('search', { name: 'Find elements' }).getByRole('status')).toHaveText('Nothing is named “no such thing”.');
  await box.press('Escape');
  await expect(box).toHaveCount(0);
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue('Distillation cell 2');
});
