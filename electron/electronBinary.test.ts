import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { locateElectronBinary } from './electronBinary.mjs';

let packageDir: string;
beforeEach(async () => {
  packageDir = await mkdtemp(join(tmpdir(), 'zw-electron-pkg-'));
  await writeFile(join(packageDir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1' }));
});
afterEach(async () => {
  await rm(packageDir, { recursive: true, force: true });
});

describe('locating the Electron binary without downloading it', () => {
  it('reports a never-downloaded binary when path.txt is missing', () => {
    const result = locateElectronBinary({ packageDir, env: {} });
    expect(result).toMatchObject({ found: false, version: '45.4.1' });
    expect(!result.found && result.reason).toContain('never downloaded');
  });

  it('reports a missing executable that path.txt names', async () => {
    await writeFile(join(packageDir, 'path.txt'), 'electron');
    expect(locateElectronBinary({ packageDir, env: {} })).toMatchObject({ found: false, reason: expect.stringContaining('does not exist') });
  });

  it('finds the executable path.txt names inside dist', async () => {
    await writeFile(join(packageDir, 'path.txt'), 'electron');
    await mkdir(join(packageDir, 'dist'));
    await writeFile(join(packageDir, 'dist', 'electron'), '');
    expect(locateElectronBinary({ packageDir, env: {} })).toEqual({ found: true, path: join(packageDir, 'dist', 'electron'), version: '45.4.1' });
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    const override = join(packageDir, 'custom');
    await mkdir(override);
    await writeFile(join(override, 'electron'), '');
    expect(locateElectronBinary({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: override } })).toMatchObject({ found: true, path: join(override, 'electron') });
    expect(locateElectronBinary({ packageDir, env: { ELECTRON_OVERRIDE_DIST_PATH: join(packageDir, 'nowhere') } })).toMatchObject({ found: false });
  });

  it('answers for the installed electron package without starting a download', () => {
    const result = locateElectronBinary();
    expect(typeof result.found).toBe('boolean');
  });
});
