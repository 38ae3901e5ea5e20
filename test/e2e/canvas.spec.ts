import { expect, test } from '@playwright/test';
import { Editor } from './support';

test('resizes a zone from its corner as one undo step, leaving its assets in place', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.button('Add zone').click();
  const zone = ed.zoneNamed('Control zone');
  const before = (await zone.boundingBox())!;
  const handle = zone.locator('.react-flow__resize-control.bottom.right');
  await expect(handle).toBeVisible();
  const h = (await handle.boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + 60, h.y + 40, { steps: 5 });
  await page.mouse.move(h.x + 120, h.y + 80, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await zone.boundingBox())!.width)).toBeGreaterThan(before.width + 100);
  const after = (await zone.boundingBox())!;
  expect(Math.round(after.x)).toBe(Math.round(before.x));

  await ed.button('Undo').click();
  await expect.poll(async () => Math.round((await zone.boundingBox())!.width)).toBe(Math.round(before.width));
  await ed.button('Redo').click();
  await expect.poll(async () => Math.round((await zone.boundingBox())!.width)).toBe(Math.round(after.width));
});

test('selects with a rubber band on the empty canvas, and moves the selection together', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.dropFromPalette('Sensor', { x: 200, y: 150 });
  await ed.dropFromPalette('Actuator', { x: 360, y: 150 });
  await ed.dropFromPalette('Drive', { x: 700, y: 450 });
  const box = (await ed.canvas.boundingBox())!;
  await page.mouse.move(box.x + 100, box.y + 60);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 150, { steps: 5 });
  await page.mouse.move(box.x + 460, box.y + 240, { steps: 5 });
  await page.mouse.up();
  await expect(ed.region('Properties').getByText('2 elements')).toBeVisible();

  const sensor = ed.assetNamed('Sensor');
  const actuator = ed.assetNamed('Actuator');
  const s0 = await ed.nodeBox(sensor);
  const a0 = await ed.nodeBox(actuator);
  await ed.dragBy(sensor, 80, 80);
  const s1 = await ed.nodeBox(sensor);
  const a1 = await ed.nodeBox(actuator);
  expect(s1.x - s0.x).toBe(a1.x - a0.x);
  expect(s1.y - s0.y).toBe(a1.y - a0.y);
  expect(s1.x - s0.x).toBeGreaterThan(40);
  // The move is stored: it survives clearing the selection.
  await page.keyboard.press('Escape');
  await expect.poll(() => ed.nodeBox(sensor)).toEqual(s1);
  // The group move is one step.
  await ed.button('Undo').click();
  await expect(ed.assetNamed('Drive')).toBeVisible();
  await expect.poll(() => ed.nodeBox(actuator)).toEqual(a0);
  await expect.poll(() => ed.nodeBox(sensor)).toEqual(s0);
});

test('a zone dragged inside another nests in it, and its assets travel with it', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.button('Add zone').click();
  await ed.setField('Name', 'Site');
  const site = ed.zoneNamed('Site');
  // Make the site big enough to hold another zone.
  const h = (await site.locator('.react-flow__resize-control.bottom.right').boundingBox())!;
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(h.x + 250, h.y + 200, { steps: 8 });
  await page.mouse.up();
  await ed.dragBy(site.locator('.zone-header'), -200, -150);

  await ed.canvas.click({ position: { x: 900, y: 600 } });
  await ed.button('Add zone').click();
  await ed.setField('Name', 'Cell');
  await ed.selectOption('Kind', 'Control');
  const cell = ed.zoneNamed('Cell');
  await ed.dragBy(cell.locator('.zone-header'), 350, 0);
  await ed.dropFromPalette('PLC', await (async () => {
    const c = (await ed.canvas.boundingBox())!;
    const z = (await cell.boundingBox())!;
    return { x: z.x - c.x + z.width / 2, y: z.y - c.y + z.height / 2 + 20 };
  })());
  const plc = ed.assetNamed('PLC');
  await expect(ed.region('Properties').getByLabel('Zone', { exact: true })).not.toHaveValue('');

  // Drag the cell into the site.
  const sb = (await site.boundingBox())!;
  const cb = (await cell.boundingBox())!;
  await ed.dragBy(cell.locator('.zone-header'), sb.x + 40 - cb.x, sb.y + 60 - cb.y);
  await cell.locator('.zone-name').click();
  await expect(ed.region('Properties').locator('.facts')).toContainText('Site');
  // The PLC stayed in the cell and moved with it.
  const pb = (await plc.boundingBox())!;
  const cb2 = (await cell.boundingBox())!;
  expect(pb.x).toBeGreaterThan(cb2.x);
  expect(pb.x + pb.width).toBeLessThan(cb2.x + cb2.width);
});

test('Ctrl-click and Shift-click add to the selection, Ctrl-click takes away, a lone Ctrl press leaves clicks plain', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.dropFromPalette('Sensor', { x: 200, y: 150 });
  await ed.dropFromPalette('Actuator', { x: 420, y: 150 });
  await ed.dropFromPalette('Drive', { x: 640, y: 150 });
  const properties = ed.region('Properties');
  const selected = /\bselected\b/;
  await ed.assetNamed('Sensor').click();
  await ed.assetNamed('Actuator').click({ modifiers: ['Control'] });
  await expect(properties.getByText('2 elements')).toBeVisible();
  await ed.assetNamed('Drive').click({ modifiers: ['Shift'] });
  await expect(properties.getByText('3 elements')).toBeVisible();
  await ed.assetNamed('Drive').click({ modifiers: ['Control'] });
  await expect(properties.getByText('2 elements')).toBeVisible();
  await expect(ed.assetNamed('Drive')).not.toHaveClass(selected);
  // Control pressed and released on its own (as in Ctrl+Z) leaves the next click a plain one.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control');
  await ed.assetNamed('Sensor').click();
  await ed.assetNamed('Drive').click();
  await expect(ed.assetNamed('Drive')).toHaveClass(selected);
  await expect(ed.assetNamed('Sensor')).not.toHaveClass(selected);
  // After a drag is dropped, a click on the empty canvas still clears the selection.
  await ed.dragBy(ed.assetNamed('Drive'), 40, 80);
  const box = (await ed.canvas.boundingBox())!;
  await page.mouse.click(box.x + box.width - 200, box.y + box.height - 150);
  await expect(ed.assetNamed('Drive')).not.toHaveClass(selected);
});
