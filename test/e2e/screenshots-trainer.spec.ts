/**
 * Screenshots of trainer mode and the 62443 reference for the docs. Runs only with UPDATE_SCREENSHOTS=1:
 *   UPDATE_SCREENSHOTS=1 npx playwright test screenshots-trainer
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Editor } from './support';
import { SCREENSHOTS, screenshotSpec, settle } from './screenshotSupport';
import { referenceEntry, scenarioPanel, selectZone, startScenario, trainerButton, whatIfPanel } from './trainerSupport';

screenshotSpec();

test('presentation mode on the flawed plant', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Flawed plant (training)');
  await trainerButton(page, 'Present').click();
  await expect(page.locator('.app')).toHaveClass(/is-presenting/);
  // As a trainer would: click a finding, and the view zooms to the elements it names.
  await ed.findings.filter({ hasText: 'Conduit "Line 1 to line 2" joins' }).first().getByRole('button').click();
  await page.waitForTimeout(500);
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'presentation.png') });
});

test('a what-if experiment raising a zone to SL-T 3', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Riverside chemical plant');
  await trainerButton(page, 'What-if').click();
  await selectZone(ed, 'Reactor cell 1');
  await ed.region('Properties').getByRole('radiogroup', { name: /SL-T FR1 IAC/ }).getByRole('radio', { name: '3' }).check();
  await expect(whatIfPanel(page)).toContainText('Reactor cell 1: +');
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'what-if.png') });
});

test('the flawed-plant scenario at step 3, its elements marked', async ({ page }) => {
  const ed = await Editor.open(page);
  await startScenario(ed, 'Fix the flawed plant');
  const panel = scenarioPanel(page);
  for (let step = 1; step <= 2; step++) {
    await panel.getByRole('button', { name: 'Show me' }).click();
    await expect(panel.getByRole('status')).toContainText('Done');
    await panel.getByRole('button', { name: 'Next' }).click();
  }
  await expect(panel).toContainText('Step 3 of 9');
  await ed.button('Fit view').click();
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'scenario.png') });
});

test('the reference opened from a finding', async ({ page }) => {
  const ed = await Editor.open(page);
  await ed.newFromSample('Flawed plant (training)');
  await ed.findings.filter({ hasText: 'no boundary device' }).first().getByRole('link').click();
  await expect(referenceEntry(page, 'SR 5.2')).toBeInViewport();
  await settle(ed.page);
  await page.screenshot({ path: join(SCREENSHOTS, 'reference.png') });
});
