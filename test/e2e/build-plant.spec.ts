import { expect, test } from '@playwright/test';
import { Editor } from './support';

test('builds a small plant from an empty project: two zones, assets dragged in, a conduit and a link', async ({ page }, info) => {
  const ed = await Editor.open(page);
  await expect(ed.page.getByText('An empty plant')).toBeVisible();

  // Two zones, named and typed in Properties, placed side by side.
  await ed.button('Add zone').click();
  await ed.setField('Name', 'Office');
  await ed.selectOption('Kind', 'Enterprise');
  const office = ed.zoneNamed('Office');
  await expect(office).toBeVisible();
  await ed.dragBy(office.locator('.zone-header'), -230, 0);

  await ed.button('Add zone').click();
  await ed.setField('Name', 'Cell 1');
  await ed.selectOption('Kind', 'Control');
  const cell = ed.zoneNamed('Cell 1');
  await ed.dragBy(cell.locator('.zone-header'), 230, 0);
  await expect(cell.locator('.chip-kind')).toHaveText('Control');

  // Assets dragged from the palette into the zones.
  const canvasBox = (await ed.canvas.boundingBox())!;
  const inside = async (zone: typeof office) => {
    const b = (await zone.boundingBox())!;
    return { x: b.x - canvasBox.x + b.width / 2, y: b.y - canvasBox.y + b.height / 2 + 20 };
  };
  await ed.dropFromPalette('Server', await inside(office));
  await ed.setField('Name', 'ERP');
  await expect(ed.region('Properties').getByLabel('Zone', { exact: true })).toHaveValue(/zone-/);
  await ed.dropFromPalette('PLC', await inside(cell));
  await ed.setField('Name', 'PLC-1');
  const erp = ed.assetNamed('ERP');
  const plc = ed.assetNamed('PLC-1');
  await expect(erp).toBeVisible();
  await expect(plc).toBeVisible();
  // Each asset is drawn inside its zone's frame.
  const [ob, eb] = [(await office.boundingBox())!, (await erp.boundingBox())!];
  expect(eb.x).toBeGreaterThan(ob.x);
  expect(eb.x + eb.width).toBeLessThan(ob.x + ob.width);
  await expect(ed.region('Findings').getByText(/is in no zone/)).toHaveCount(0);

  // A conduit: select both zones (click, shift-click), then Add conduit.
  await office.locator('.zone-name').click();
  await cell.locator('.zone-name').click({ modifiers: ['Shift'] });
  await expect(ed.region('Properties').getByText('2 elements')).toBeVisible();
  await ed.button('Add conduit').click();
  await expect(ed.page.locator('.conduit-label')).toHaveCount(1);
  await expect(ed.region('Properties').getByText('Office ↔ Cell 1').first()).toBeVisible();

  // A link between the two assets joins the conduit between their zones.
  await ed.page.keyboard.press('Escape');
  await ed.connect(erp, plc);
  await expect(ed.page.locator('.react-flow__edge-link')).toHaveCount(1);
  await expect(ed.region('Properties').getByLabel('Conduit', { exact: true })).toHaveValue('conduit-1');
  await expect(ed.page.getByText('Link added to the conduit between the two zones')).toBeVisible();

  // The toolbar shows unsaved work.
  await expect(ed.page.locator('.doc-state--modified')).toBeVisible();
  await page.screenshot({ path: info.outputPath('small-plant.png') });
});

test('the conduit tool asks for two zones and Escape cancels it', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.button('Add zone').click();
  const first = ed.zoneNamed('Control zone');
  await ed.dragBy(first.locator('.zone-header'), -230, 0);
  await ed.button('Add zone').click();
  const second = ed.zoneNamed('Control zone 2');
  await ed.dragBy(second.locator('.zone-header'), 230, 0);
  await ed.page.keyboard.press('Escape');

  await ed.button('Add conduit').click();
  const banner = ed.page.getByRole('status').filter({ hasText: 'Add conduit' });
  await expect(banner).toContainText('click the first zone');
  await ed.page.keyboard.press('Escape');
  await expect(banner).toHaveCount(0);

  await ed.button('Add conduit').click();
  await first.locator('.zone-name').click();
  await expect(banner).toContainText('click the second zone to join with "Control zone"');
  await second.locator('.zone-name').click();
  await expect(banner).toHaveCount(0);
  await expect(ed.page.locator('.conduit-label .conduit-name')).toHaveText('Control zone ↔ Control zone 2');
});
