import { expect, test } from '@playwright/test';
import { Editor } from './support';

/** A PLC and an HMI joined by a link, dropped on an empty canvas. */
async function twoLinkedAssets(ed: Editor) {
  await ed.dropFromPalette('PLC', { x: 260, y: 220 });
  await ed.dropFromPalette('HMI', { x: 520, y: 220 });
  await ed.connect(ed.assetNamed('PLC'), ed.assetNamed('HMI'));
  await expect(ed.page.locator('.react-flow__edge')).toHaveCount(1);
}

test('copy in one tab, paste in another: the assets and the link between them arrive; an open tab is not offered for recovery', async ({ page, context }) => {
  const a = await Editor.open(page);
  await twoLinkedAssets(a);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('ControlOrMeta+c');
  await expect(page.locator('.toast')).toHaveText('Copied 2 assets');

  const other = await context.newPage();
  const b = await Editor.open(other);
  // Tab A is still open with unsaved work: tab B must not offer to "recover" it.
  await expect(other.getByRole('alertdialog', { name: 'Recover unsaved work?' })).toHaveCount(0);
  await b.canvas.click({ position: { x: 40, y: 40 } });
  await other.keyboard.press('ControlOrMeta+v');
  await expect(b.assetNamed('PLC')).toBeVisible();
  await expect(b.assetNamed('HMI')).toBeVisible();
  await expect(other.locator('.react-flow__edge')).toHaveCount(1);
  await expect(other.locator('.toast')).toHaveText('Pasted 2 assets');
  // The pasted elements are selected; one Undo takes the whole paste back.
  await expect(b.region('Properties').getByText('2 elements')).toBeVisible();
  await b.button('Undo').click();
  await expect(other.locator('.react-flow__node-asset')).toHaveCount(0);

  // The context menu's Paste (no clipboard event, clipboard reading denied) takes the other tab's copy through storage.
  await b.canvas.click({ button: 'right', position: { x: 300, y: 300 } });
  await other.getByRole('menu', { name: 'Actions' }).getByRole('menuitem', { name: /^Paste/ }).click();
  await expect(other.locator('.react-flow__node-asset')).toHaveCount(2);
  await expect(other.locator('.react-flow__edge')).toHaveCount(1);
  await other.close();
});

test('copy and paste through the system clipboard where reading it is allowed', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const a = await Editor.open(page);
  await a.button('Add zone').click();
  await a.setField('Name', 'Packaging');
  await a.dropFromPalette('Switch', { x: 420, y: 330 });
  await expect(a.region('Properties').getByLabel('Zone', { exact: true })).not.toHaveValue('');
  await a.zoneNamed('Packaging').locator('.zone-name').click();
  await a.zoneNamed('Packaging').locator('.zone-name').click({ button: 'right' });
  await page.getByRole('menu', { name: 'Actions' }).getByRole('menuitem', { name: /^Copy/ }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(JSON.parse(text)).toMatchObject({ type: 'application/vnd.zonewright.elements+json', elements: { zones: [{ name: 'Packaging' }], assets: [{ name: 'Switch' }] } });

  const other = await context.newPage();
  const b = await Editor.open(other);
  await b.canvas.click({ button: 'right', position: { x: 300, y: 300 } });
  await other.getByRole('menu', { name: 'Actions' }).getByRole('menuitem', { name: /^Paste/ }).click();
  // The zone arrives with its asset inside it.
  await expect(b.zoneNamed('Packaging')).toBeVisible();
  await b.assetNamed('Switch').click();
  await expect(b.region('Properties').getByLabel('Zone', { exact: true })).toHaveValue(/./);
  await expect(b.region('Properties').getByLabel('Zone', { exact: true }).locator('option:checked')).toHaveText('Packaging');
  await other.close();
});

test('duplicate, cut and paste in one tab: fresh ids and names, a zone with its assets, one undo step each', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.button('Add zone').click();
  await ed.dropFromPalette('PLC', { x: 420, y: 330 });
  await ed.zoneNamed('Control zone').locator('.zone-name').click();

  await page.keyboard.press('ControlOrMeta+d');
  await expect(ed.zoneNamed('Control zone 2')).toBeVisible();
  await expect(ed.assetNamed('PLC 2')).toBeVisible();
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue('Control zone 2');
  // The copy of the PLC is inside the copy of the zone.
  await ed.assetNamed('PLC 2').click();
  await expect(ed.region('Properties').getByLabel('Zone', { exact: true }).locator('option:checked')).toHaveText('Control zone 2');
  const saved = JSON.parse((await ed.save()).text) as { zones: { id: string }[]; assets: { id: string; zoneId: string }[] };
  expect(new Set(saved.zones.map((z) => z.id)).size).toBe(2);
  expect(saved.assets[1]?.zoneId).toBe(saved.zones[1]?.id);

  await ed.button('Undo').click();
  await expect(ed.zoneNamed('Control zone 2')).toHaveCount(0);
  await expect(ed.assetNamed('PLC 2')).toHaveCount(0);

  // Cut removes it; paste puts it back where it was.
  await ed.zoneNamed('Control zone').locator('.zone-name').click();
  const before = await ed.nodeBox(ed.zoneNamed('Control zone'));
  await page.keyboard.press('ControlOrMeta+x');
  await expect(ed.zoneNamed('Control zone')).toHaveCount(0);
  await expect(ed.assetNamed('PLC')).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+v');
  await expect(ed.zoneNamed('Control zone')).toBeVisible();
  await expect(ed.assetNamed('PLC')).toBeVisible();
  expect(await ed.nodeBox(ed.zoneNamed('Control zone'))).toEqual(before);
  // Pasting again steps down and right.
  await page.keyboard.press('ControlOrMeta+v');
  await expect(ed.zoneNamed('Control zone 2')).toBeVisible();
});

test('align and distribute the selection from the context menu', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.dropFromPalette('PLC', { x: 200, y: 160 });
  await ed.dropFromPalette('HMI', { x: 380, y: 260 });
  await ed.dropFromPalette('Router', { x: 720, y: 200 });
  await page.keyboard.press('ControlOrMeta+a');
  await ed.assetNamed('HMI').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: 'Actions' });
  await menu.getByRole('group', { name: 'Align' }).getByRole('menuitem', { name: 'Align top' }).click();
  await expect.poll(async () => new Set(await Promise.all(['PLC', 'HMI', 'Router'].map(async (n) => (await ed.nodeBox(ed.assetNamed(n))).y))).size).toBe(1);

  await ed.assetNamed('HMI').click({ button: 'right' });
  await menu.getByRole('menuitem', { name: 'Distribute horizontally' }).click();
  await expect
    .poll(async () => {
      const [p, h, r] = await Promise.all(['PLC', 'HMI', 'Router'].map((n) => ed.nodeBox(ed.assetNamed(n))));
      return Math.abs(h!.x - p!.x - (r!.x - h!.x));
    })
    .toBeLessThanOrEqual(1);
  // The multi-selection inspector offers the same.
  await expect(ed.region('Properties').getByRole('toolbar', { name: 'Align' }).getByRole('button', { name: 'Align left' })).toBeEnabled();
  await ed.button('Undo').click();
  await ed.button('Undo').click();
  await expect.poll(async () => new Set(await Promise.all(['PLC', 'HMI', 'Router'].map(async (n) => (await ed.nodeBox(ed.assetNamed(n))).y))).size).toBe(3);
});
