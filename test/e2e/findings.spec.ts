import { expect, test } from '@playwright/test';
import { Editor } from './support';

test('a finding appears when an asset is left outside every zone, and goes away once it is dragged in', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.button('Add zone').click();
  await ed.setField('Name', 'Cell');
  const cell = ed.zoneNamed('Cell');
  await ed.dragBy(cell.locator('.zone-header'), 200, 0);

  // Dropped on empty canvas, left of the zone: unzoned.
  await ed.dropFromPalette('HMI', { x: 120, y: 160 });
  const hmi = ed.assetNamed('HMI');
  await expect(hmi).toBeVisible();
  const finding = ed.findings.filter({ hasText: 'Asset "HMI" is in no zone.' });
  await expect(finding).toHaveCount(1);
  await expect(finding).toContainText('IEC 62443-3-2 ZCR 3.1');
  await expect(finding).toContainText('Drag the asset into the zone it belongs to');
  await expect(ed.region('Findings').getByRole('heading', { name: /Errors/ })).toBeVisible();
  await expect(hmi.locator('.finding-badge--error')).toBeVisible();

  // The fix: drag the HMI into the zone; the finding and the badge go.
  await ed.dragOnto(hmi, cell);
  await expect(finding).toHaveCount(0);
  await expect(hmi.locator('.finding-badge--error')).toHaveCount(0);
  await expect(ed.region('Properties').getByLabel('Zone', { exact: true })).not.toHaveValue('');

  // And out again: unassigned, the finding is back.
  await ed.dragBy(hmi, -320, 0);
  await expect(finding).toHaveCount(1);
  await expect(ed.region('Properties').getByLabel('Zone', { exact: true })).toHaveValue('');

  // Clicking the finding selects its element and brings it into view.
  await ed.page.keyboard.press('Escape');
  await expect(ed.region('Properties').getByText('Nothing is selected.')).toBeVisible();
  await finding.getByRole('button').click();
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue('HMI');
  await expect(finding).toHaveClass(/is-active/);
  await expect(hmi).toBeInViewport();
});

test('findings are grouped by severity and every finding is a list item with its clause', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Flawed plant (training)');
  const items = ed.findings;
  expect(await items.count()).toBeGreaterThan(3);
  for (const text of await items.allTextContents()) expect(text).toMatch(/IEC 62443/);
  await expect(ed.region('Findings').getByRole('list', { name: 'Errors' })).toBeVisible();
  // Elements named by findings carry badges on the canvas.
  expect(await page.locator('.react-flow .finding-badge').count()).toBeGreaterThan(0);
});
