#!/usr/bin/env node
// Bundles the CLI and the pure core it uses into one ES module (dist/cli/zonewright.mjs).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: ['cli/src/main.ts'],
  outfile: 'dist/cli/zonewright.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  define: { __ZONEWRIGHT_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS dependencies (jsPDF) may call require(); give ESM a real one.
  banner: { js: "import { createRequire as __zwCreateRequire } from 'node:module'; const require = __zwCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
