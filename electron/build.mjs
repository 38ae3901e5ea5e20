// The esbuild bundling of the main process and preload, shared by scripts/build-electron.mjs,
// scripts/start.mjs and the tests that boot the built bundle:
//   electron/main/index.ts    → <outdir>/main.cjs     (Node platform, `electron` external)
//   electron/preload/index.ts → <outdir>/preload.cjs  (one CommonJS file: a sandboxed preload can only require `electron`)
// plus the window icon beside them.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Electron 45 runs Node 22 in the main process and a current Chromium in the renderer. */
const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: 'linked',
  legalComments: 'inline',
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** @param {{ outdir?: string }} [options] */
export async function buildElectron(options = {}) {
  const outdir = options.outdir ?? join(root, 'dist', 'electron');
  mkdirSync(outdir, { recursive: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'electron/main/index.ts')],
      outfile: join(outdir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
    }),
    build({
      ...common,
      entryPoints: [join(root, 'electron/preload/index.ts')],
      outfile: join(outdir, 'preload.cjs'),
      platform: 'browser',
      target: 'chrome130',
    }),
  ]);
  const icon = join(root, 'assets/icons/png/256x256.png');
  if (existsSync(icon)) copyFileSync(icon, join(outdir, 'icon.png'));
  return { main: join(outdir, 'main.cjs'), preload: join(outdir, 'preload.cjs') };
}
