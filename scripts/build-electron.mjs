#!/usr/bin/env node
// Bundles the Electron main process and preload with esbuild (see electron/build.mjs):
//   electron/main/index.ts    → dist/electron/main.cjs
//   electron/preload/index.ts → dist/electron/preload.cjs
// Usage: node scripts/build-electron.mjs
import { dirname, join, relative } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { buildElectron } from '../electron/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

try {
  const out = await buildElectron();
  console.log(`built ${relative(root, out.main)} and ${relative(root, out.preload)}`);
} catch (error) {
  console.error(`build-electron: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
