import { expect, test } from '@playwright/test';
import { Editor } from './support';

test('undoes and redoes a drag as one step', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.dropFromPalette('Firewall', { x: 300, y: 200 });
  const fw = ed.assetNamed('Firewall');
  const start = await ed.nodeBox(fw);
  await ed.dragBy(fw, 160, 96);
  const moved = await ed.nodeBox(fw);
  expect(moved.x - start.x).toBeGreaterThan(120);

  await ed.button('Undo').click();
  await expect.poll(() => ed.nodeBox(fw)).toEqual(start);
  // One more undo removes the asset itself: the drag was a single step.
  await ed.button('Redo').click();
  await expect.poll(() => ed.nodeBox(fw)).toEqual(moved);
  await ed.button('Undo').click();
  await ed.button('Undo').click();
  await expect(fw).toHaveCount(0);
  await expect(ed.button('Undo')).toBeDisabled();
  await ed.button('Redo').click();
  await ed.button('Redo').click();
  await expect.poll(() => ed.nodeBox(fw)).toEqual(moved);
});

test('keyboard shortcuts: ?, select all, delete, undo, redo, nudge, escape', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.dropFromPalette('PLC', { x: 300, y: 200 });
  await ed.dropFromPalette('HMI', { x: 520, y: 200 });
  await ed.canvas.click({ position: { x: 40, y: 40 } });

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Undo');
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await page.keyboard.press('ControlOrMeta+a');
  await expect(ed.region('Properties').getByText('2 elements')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(ed.region('Properties').getByText('Nothing is selected.')).toBeVisible();

  const plc = ed.assetNamed('PLC');
  await plc.click();
  const before = await ed.nodeBox(plc);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await ed.nodeBox(plc)).x).toBeGreaterThan(before.x);
  await expect.poll(async () => (await ed.nodeBox(plc)).y).toBeGreaterThan(before.y + 20);

  await page.keyboard.press('Delete');
  await expect(plc).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(plc).toHaveCount(1);
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(plc).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(plc).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(plc).toHaveCount(0);

  await ed.assetNamed('HMI').click();
  await page.keyboard.press('Backspace');
  await expect(ed.assetNamed('HMI')).toHaveCount(0);
});

test('the palette adds the chosen asset at the centre with Enter', async ({ page }) => {
  const ed = await Editor.open(page);
  const item = ed.region('Palette').getByRole('button', { name: 'Data diode', exact: true });
  await item.click();
  await expect(item).toHaveAttribute('aria-pressed', 'true');
  await item.press('Enter');
  await expect(ed.assetNamed('Data diode')).toBeVisible();
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue('Data diode');
});

test('the context menu runs the same commands as the toolbar and the keyboard', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.dropFromPalette('Router', { x: 300, y: 200 });
  const router = ed.assetNamed('Router');
  await router.click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Actions' });
  await expect(menu).toBeVisible();
  await menu.getByRole('menuitem', { name: /^Delete/ }).click();
  await expect(router).toHaveCount(0);
  await expect(menu).toHaveCount(0);

  await ed.canvas.click({ button: 'right', position: { x: 160, y: 420 } });
  await menu.getByRole('menuitem', { name: /^Undo/ }).click();
  await expect(router).toHaveCount(1);
  await ed.canvas.click({ button: 'right', position: { x: 160, y: 420 } });
  await expect(menu.getByRole('menuitem', { name: /^Redo/ })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
});
