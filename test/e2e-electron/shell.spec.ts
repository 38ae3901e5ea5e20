/**
 * Smoke test of the desktop shell in a real Electron: open a sample project from the command line,
 * save it through the preload API, check the window and the page's isolation, close. Skips, saying
 * why, where no Electron binary is installed (it is downloaded from the internet with the package).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import type { PlatformApi } from '../../shared/platform/api';
import { locateElectronBinary } from '../../electron/electronBinary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const binary = locateElectronBinary();
const skipReason = binary.found ? '' : `no Electron binary on this machine: ${binary.reason}`;
// Once, from the worker that runs the test, so the reason sits next to the skipped test in the report.
if (!binary.found && process.env.TEST_WORKER_INDEX !== undefined) console.log(`Electron smoke test skipped: ${skipReason}`);

type ZonewrightWindow = Window & { zonewright: PlatformApi };

/** The renderer and the shell, built if a previous step did not already. */
function ensureBuilt(): void {
  if (!existsSync(join(root, 'dist/web/index.html'))) {
    const require = createRequire(import.meta.url);
    const vitePackage = require.resolve('vite/package.json');
    const bin = (JSON.parse(readFileSync(vitePackage, 'utf8')) as { bin: string | Record<string, string> }).bin;
    const entry = join(dirname(vitePackage), typeof bin === 'string' ? bin : (bin.vite ?? 'bin/vite.js'));
    const result = spawnSync(process.execPath, [entry, 'build'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('vite build failed');
  }
  const shell = spawnSync(process.execPath, [join(root, 'scripts/build-electron.mjs')], { cwd: root, stdio: 'inherit' });
  if (shell.status !== 0) throw new Error('scripts/build-electron.mjs failed');
}

function firstSample(): string {
  const samples = readdirSync(join(root, 'assets/samples')).filter((name) => name.endsWith('.zonewright.json')).sort();
  const sample = samples[0];
  if (!sample) throw new Error('assets/samples holds no .zonewright.json sample');
  return join(root, 'assets/samples', sample);
}

test.describe('desktop shell', () => {
  let workDir: string;
  let app: ElectronApplication | undefined;

  test.beforeAll(() => {
    if (binary.found) ensureBuilt();
  });

  test.beforeEach(() => {
    workDir = mkdtempSync(join(tmpdir(), 'zw-e2e-electron-'));
  });

  test.afterEach(async () => {
    await app?.close().catch(() => {});
    app = undefined;
    rmSync(workDir, { recursive: true, force: true });
  });

  test('opens a sample project, saves it atomically with a backup, and closes', async () => {
    test.skip(!binary.found, skipReason);

    const sample = firstSample();
    const fileName = sample.split(/[\\/]/).pop()!;
    const project = join(workDir, fileName);
    copyFileSync(sample, project);
    const original = readFileSync(project, 'utf8');

    app = await electron.launch({ args: [root, project], cwd: root, timeout: 60_000 });
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const title = () => app!.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');

    // The shell names the window after the file it opened.
    await expect.poll(title).toBe(`${fileName} — Zonewright`);

    // The page sees the platform API and nothing of Node or Electron.
    const surface = await page.evaluate(() => ({
      api: Object.keys((window as unknown as ZonewrightWindow).zonewright).sort(),
      kind: (window as unknown as ZonewrightWindow).zonewright.kind,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      origin: location.origin,
    }));
    expect(surface).toEqual({
      api: ['exportFile', 'kind', 'onCommand', 'onOpenFile', 'openFile', 'saveFile', 'setDocumentState'],
      kind: 'electron',
      require: 'undefined',
      process: 'undefined',
      origin: 'app://zonewright',
    });

    // Unsaved changes show in the title.
    await page.evaluate(() => (window as unknown as ZonewrightWindow).zonewright.setDocumentState({ title: 'Sample', modified: true }));
    await expect.poll(title).toBe(`● ${fileName} — Zonewright`);

    // Save to the opened file: no dialog, the new content replaces the file, the old one is kept as .bak.
    const changed = `${JSON.stringify({ ...(JSON.parse(original) as object), meta: { name: 'Saved by the smoke test' } }, null, 2)}\n`;
    const saved = await page.evaluate(
      ({ path, content, name }) => (window as unknown as ZonewrightWindow).zonewright.saveFile({ suggestedName: name, content, path }),
      { path: project, content: changed, name: fileName },
    );
    expect(saved).toEqual({ name: fileName, path: project });
    expect(readFileSync(project, 'utf8')).toBe(changed);
    expect(readFileSync(`${project}.bak`, 'utf8')).toBe(original);

    // The page cannot navigate away from the app.
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(new URL(page.url()).origin).toBe('app://zonewright');

    // Saved and unmodified: the window closes without a prompt and the app quits.
    await page.evaluate(() => (window as unknown as ZonewrightWindow).zonewright.setDocumentState({ title: 'Sample', modified: false }));
    const closed = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    // Outside macOS the app quits with its last window; on macOS it stays in the dock until quit.
    if (process.platform === 'darwin') await app.close();
    await closed;
    app = undefined;
  });
});
