import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

interface BuilderConfig {
  appId: string;
  publish: unknown;
  files: string[];
  directories: { buildResources: string };
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; icon: string; mimeType: string }[];
  linux: { target: string[]; icon: string };
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
}

const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder configuration', () => {
  it('is valid for the installed electron-builder', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds AppImage and deb, NSIS and portable, and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('publishes nothing, so the app has no update feed to check', () => {
    expect(config.publish).toBeNull();
  });

  it('associates .zonewright.json files, with an icon for every platform', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'zonewright.json', mimeType: 'application/vnd.zonewright+json' })]);
    const icon = config.fileAssociations[0]!.icon;
    for (const extension of ['.ico', '.icns']) expect(existsSync(join(root, config.directories.buildResources, `${icon}${extension}`))).toBe(true);
  });

  it('points at icons that exist', () => {
    expect(existsSync(join(root, config.win.icon))).toBe(true);
    expect(existsSync(join(root, config.mac.icon))).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(existsSync(join(root, config.linux.icon, `${size}x${size}.png`))).toBe(true);
  });

  it('ships the bundles the package.json main points at', () => {
    const main = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string }).main;
    expect(main).toBe('dist/electron/main.cjs');
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**/*', 'dist/web/**/*', '!**/*.map']));
  });

  it('uses the app id the main process registers on Windows', () => {
    const source = readFileSync(join(root, 'electron/main/index.ts'), 'utf8');
    expect(source).toContain(`const APP_USER_MODEL_ID = '${config.appId}'`);
  });
});
