/**
 * Playwright configuration for the Electron smoke test only (the browser end-to-end tests have
 * their own). Run: npx playwright test -c test/e2e-electron/playwright.config.ts
 * Without an Electron binary the test is reported as skipped, with the reason.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../../test-results/e2e-electron',
  timeout: 90_000,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list', { printSteps: false }]],
});
