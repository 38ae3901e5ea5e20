/**
 * The canvas highlight for the docs: a trainer step's elements marked, the rest dimmed. Runs only
 * with UPDATE_SCREENSHOTS=1:
 *   UPDATE_SCREENSHOTS=1 npx playwright test screenshots-highlight
 */
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Editor } from './support';
import { SCREENSHOTS, screenshotSpec } from './screenshotSupport';

screenshotSpec();

test('canvas highlight: a scenario step marks its elements', async ({ page }) => {
  await Editor.open(page);
  await page.getByRole('button', { name: 'Scenarios', exact: true }).click();
  await page.getByRole('dialog', { name: 'Guided scenarios' }).getByRole('button', { name: 'Start scenario Fix the flawed plant' }).click();
  const trainer = page.locator('.trainer-actions');
  for (let i = 0; i < 3; i++) await trainer.getByRole('button', { name: 'Next' }).click();
  const banner = page.getByRole('region', { name: 'Highlight' });
  await expect(banner).toContainText('Step 4:');
  await banner.getByRole('button', { name: 'Zoom to' }).click();
  await page.mouse.move(1, 1);
  await page.waitForTimeout(700);
  await page.screenshot({ path: join(SCREENSHOTS, 'canvas-highlight.png') });
});
