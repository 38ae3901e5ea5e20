// Finds the Electron executable the `electron` npm package installed, the way its index.js does
// (path.txt names the executable inside node_modules/electron/dist; ELECTRON_OVERRIDE_DIST_PATH
// replaces that folder), but without its fallback: requiring `electron` from Node starts a download
// when the binary is missing. Used by scripts/start.mjs and the Electron smoke test.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';

/**
 * @param {{ packageDir?: string, env?: Record<string, string | undefined> }} [options]
 * @returns {{ found: true, path: string, version: string } | { found: false, reason: string, version?: string }}
 */
export function locateElectronBinary(options = {}) {
  const env = options.env ?? process.env;
  let packageDir = options.packageDir;
  if (!packageDir) {
    try {
      // Resolving package.json does not run the package's index.js (which would download).
      packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    } catch {
      return { found: false, reason: 'the electron npm package is not installed (node_modules/electron is missing)' };
    }
  }
  let version;
  try {
    version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    return { found: false, reason: `${packageDir} is not an electron npm package` };
  }
  let executable;
  try {
    executable = readFileSync(join(packageDir, 'path.txt'), 'utf8');
  } catch {
    executable = undefined;
  }
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const path = join(override, executable || 'electron');
    return existsSync(path)
      ? { found: true, path, version }
      : { found: false, version, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${path} does not exist` };
  }
  if (!executable) {
    return {
      found: false,
      version,
      reason: `the Electron ${version} binary was never downloaded (node_modules/electron/path.txt is missing; its install script fetches the binary from the internet)`,
    };
  }
  const path = join(packageDir, 'dist', executable);
  return existsSync(path)
    ? { found: true, path, version }
    : { found: false, version, reason: `the Electron ${version} binary is missing: ${path} does not exist` };
}
