/** What the screenshot specs (docs/screenshots, regenerated with UPDATE_SCREENSHOTS=1) share. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ROOT } from './support';

export const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

/** Call once at the top of a screenshot spec: it runs only on request, at the README's size. */
export function screenshotSpec(): void {
  test.skip(!process.env.UPDATE_SCREENSHOTS, 'set UPDATE_SCREENSHOTS=1 to regenerate docs/screenshots');
  test.use({ viewport: { width: 1600, height: 1000 } });
  test.beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));
}

/** The pointer out of the way, notices faded, transitions done: the picture as a user would see it. */
export async function settle(page: Page, ms = 600): Promise<void> {
  await page.mouse.move(1, 1);
  await expect(page.locator('.toast')).toHaveCount(0, { timeout: 10_000 });
  await page.waitForTimeout(ms);
}
