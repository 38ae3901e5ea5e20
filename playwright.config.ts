import { defineConfig, devices } from '@playwright/test';

// ZW_E2E_PORT and ZW_E2E_OUT let two runs on one machine use their own server and build.
const PORT = Number(process.env.ZW_E2E_PORT ?? 4178);
const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * End-to-end tests of the browser build, in Debian's Chromium. The web server builds once
 * (scripts/web.mjs) and serves dist/web; a server already running on the port is reused locally.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 45_000,
  expect: { timeout: 7_000 },
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    viewport: { width: 1600, height: 1000 },
    trace: 'retain-on-failure',
    acceptDownloads: true,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1600, height: 1000 },
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  webServer: {
    command: 'node scripts/web.mjs',
    env: { PORT: String(PORT), ...(process.env.ZW_E2E_OUT ? { WEB_OUT_DIR: process.env.ZW_E2E_OUT } : {}) },
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
