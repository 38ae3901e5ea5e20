#!/usr/bin/env node
// `npm start`: builds the renderer (Vite → dist/web) and the main process and preload
// (scripts/build-electron.mjs → dist/electron), then starts Electron on this folder.
//   node scripts/start.mjs [--no-build] [project files…]
// Without an Electron binary (it is downloaded from the internet when the electron package is
// installed) it explains that and exits with code 1 before building anything.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { locateElectronBinary } from '../electron/electronBinary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const appArgs = args.filter((arg) => arg !== '--no-build');

function fail(message) {
  console.error(message);
  process.exit(1);
}

const electron = locateElectronBinary();
if (!electron.found) {
  fail(
    [
      '',
      `Zonewright's desktop app cannot start: ${electron.reason}.`,
      'The electron npm package downloads its Electron binary from the internet when it is installed, and',
      'that download did not happen on this machine (no network access, or scripts were skipped). To get it,',
      'run `node node_modules/electron/install.js` on a machine with internet access (or reinstall there).',
      'Meanwhile, run `npm run web` to use Zonewright in your browser.',
      '',
    ].join('\n'),
  );
}

if (!skipBuild) {
  const require = createRequire(import.meta.url);
  const vitePackage = require.resolve('vite/package.json');
  const viteBin = JSON.parse(readFileSync(vitePackage, 'utf8')).bin;
  const viteEntry = join(dirname(vitePackage), typeof viteBin === 'string' ? viteBin : viteBin.vite);
  console.log('Building the renderer (vite build → dist/web)…');
  const vite = spawnSync(process.execPath, [viteEntry, 'build'], { cwd: root, stdio: 'inherit' });
  if (vite.status !== 0) fail('The renderer build failed (see above); Zonewright was not started.');

  console.log('Building the main process and preload (esbuild → dist/electron)…');
  const { buildElectron } = await import('../electron/build.mjs');
  try {
    await buildElectron();
  } catch (error) {
    fail(`The Electron build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

const env = { ...process.env };
// A leftover ELECTRON_RUN_AS_NODE would start Node instead of the app.
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron.path, [root, ...appArgs], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (!child.killed) child.kill(signal);
  });
}
child.on('error', (error) => fail(`Could not start Electron (${electron.path}): ${error.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
