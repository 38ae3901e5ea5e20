/**
 * Regenerates the README screenshots under docs/screenshots. Runs only with UPDATE_SCREENSHOTS=1:
 *   UPDATE_SCREENSHOTS=1 npx playwright test screenshots
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Editor } from './support';
import { SCREENSHOTS, screenshotSpec, settle } from './screenshotSupport';

screenshotSpec();

test('main screen with the reference plant, a zone selected', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  await ed.zoneNamed('Reactor cell 1').locator('.zone-name').click();
  await expect(ed.region('Properties').getByLabel('Name', { exact: true })).toHaveValue('Reactor cell 1');
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'main-screen.png') });
});

test('findings of the training plant, one revealed', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Flawed plant (training)');
  await ed.findings.first().getByRole('button').click();
  await ed.page.waitForTimeout(400);
  await ed.button('Fit view').click();
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'findings.png') });
});

test('a conduit with its flows and boundary devices', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Northfield water utility');
  const label = page.locator('.conduit-label').filter({ has: page.locator('.conduit-shield') }).first();
  await label.click();
  await expect(ed.region('Properties').getByText('Allowed flows', { exact: false })).toBeVisible();
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'conduit.png') });
});

test('canvas detail at a readable zoom', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  const cell = ed.zoneNamed('Distillation cell 2');
  await cell.locator('.zone-name').click({ force: true });
  await ed.findings.first().getByRole('button').click();
  await page.waitForTimeout(500);
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'canvas-detail.png') });
});

test('requirements panel: statuses and the SL-T / SL-C / SL-A chart of a zone', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  await ed.zoneNamed('Reactor cell 1').locator('.zone-name').click();
  const reqs = ed.requirements;
  for (const fr of ['FR3 SI', 'FR7 RA']) await reqs.getByRole('button', { name: new RegExp(`^Mark the \\d+ planned ${fr} requirements implemented$`) }).click();
  await reqs.getByLabel('Status of SR 1.1', { exact: true }).selectOption('implemented');
  await reqs.getByLabel('Status of SR 1.2', { exact: true }).selectOption('compensated');
  await reqs.getByLabel('Countermeasure that compensates for SR 1.2 (required)').fill('Controllers reachable only through the cell firewall, from the engineering workstation');
  await reqs.getByRole('button', { name: 'Save' }).click();
  await reqs.getByLabel('Status of SR 1.3', { exact: true }).selectOption('not-applicable');
  await page.locator('.sidebar-splitter').focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowUp');
  await page.locator('.sidebar-splitter').blur();
  await reqs.locator('.panel-body').evaluate((e) => (e.scrollTop = 0));
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'requirements.png') });
});

test('recovery prompt after a reload', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  const ed = await Editor.open(page);
  await ed.newFromSample('Northfield water utility');
  await ed.dropFromPalette('Historian', { x: 80, y: 80 });
  await expect(ed.assetNamed('Historian')).toBeVisible();
  await ed.waitForAutosave('Northfield water utility');
  await page.reload();
  await ed.ready();
  await expect(page.getByRole('alertdialog', { name: 'Recover unsaved work?' })).toBeVisible();
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'recovery.png') });
});

test('find box listing matches', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  await page.keyboard.press('ControlOrMeta+f');
  await page.getByRole('combobox', { name: 'Find by name' }).pressSequentially('fw');
  await page.getByRole('combobox', { name: 'Find by name' }).press('ArrowDown');
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'find.png') });
});
