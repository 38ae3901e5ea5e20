import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Editor, sampleFiles, sampleMeta } from './support';

test('the main screen with a sample open has no serious or critical accessibility violation', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample(sampleMeta(sampleFiles()[0]!).name);
  // Something selected too, so the inspector's fields are in the scan.
  await page.locator('.react-flow__node-zone .zone-name').first().click();
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  for (const name of ['Palette', 'Properties', 'Findings', 'Requirements'] as const) await expect(ed.region(name)).toBeVisible();
  for (const name of ['New', 'Open', 'Save', 'Undo', 'Redo', 'Add zone', 'Add conduit', 'Auto layout', 'Export PDF']) {
    await expect(ed.button(name)).toHaveCount(1);
  }
  await expect(ed.button('Auto layout')).toBeEnabled();
  await expect(ed.button('Export PDF')).toBeEnabled();
});

test('makes no request beyond its own origin', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const ed = await Editor.open(page);
  for (const file of sampleFiles()) await ed.newFromSample(sampleMeta(file).name);
  await ed.dropFromPalette('Cloud service', { x: 80, y: 80 });
  await page.keyboard.press('?');
  await page.keyboard.press('Escape');
  await ed.save();
  await page.waitForTimeout(300);
  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
});

test('the page carries the content security policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("object-src 'none'");
});
