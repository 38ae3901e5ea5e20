#!/usr/bin/env node
// Bundles the CLI and the pure core it uses into one ES module (dist/cli/zonewright.mjs).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await build({
  entryPoints: ['cli/src/main.ts'],
  outdir: 'dist/cli',
  entryNames: 'zonewright',
  // The PDF commands load jsPDF and ELK on demand, so `check` does not parse them.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  // jsPDF requires these only inside features we never use (HTML and canvas rendering).
  external: ['canvg', 'html2canvas', 'dompurify'],
  platform: 'node',
  format: 'esm',
  outExtension: { '.js': '.mjs' },
  target: 'node20',
  sourcemap: true,
  define: { __ZONEWRIGHT_VERSION__: JSON.stringify(version) },
  // Bundled CommonJS dependencies (jsPDF) may call require(); give ESM a real one.
  banner: { js: "import { createRequire as __zwCreateRequire } from 'node:module'; const require = __zwCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
