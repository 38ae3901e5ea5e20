#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build:cli`, which `npm ci` runs through `prepare`).
import { existsSync } from 'node:fs';

const bundle = new URL('../../dist/cli/zonewright.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('zonewright: the CLI is not built yet; run `npm run build:cli` (or `npm ci`) first.\n');
  process.exit(2);
}
const { run } = await import(bundle.href);
run(process.argv.slice(2));
