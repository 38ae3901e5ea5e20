#!/usr/bin/env node
// Runs Doyensec's electronegativity over the Electron sources (electron/) and the built bundles
// (dist/electron, rebuilt first) and fails when a finding above LOW severity has not been
// reviewed in electron/electronegativity-reviewed.json (each entry: check id, file, reason).
//
// Offline by design: the tool normally fetches translations and Electron's release list over the
// network; here its HTTP client is replaced by a stub that never connects, and the release check
// (AvailableSecurityFixesGlobalCheck, which needs that list) is skipped. Keeping Electron current is
// a release-checklist item instead (docs/security.md, item 16).
//
// Usage: node scripts/electronegativity.mjs [--json] [--no-build]
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const reviewedFile = join(root, 'electron', 'electronegativity-reviewed.json');
const SEVERITY = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
const FAIL_ABOVE = SEVERITY.LOW;

/** Replaces the tool's HTTP client (got) before the tool loads it: nothing may leave this machine. */
function installOfflineHttpClient(toolDir) {
  const toolRequire = createRequire(join(toolDir, 'dist', 'runner.js'));
  const gotPath = toolRequire.resolve('got');
  const offline = (url) =>
    String(url).includes('electronegativity-i18n')
      ? Promise.resolve({ statusCode: 204, body: '' }) // "no newer translations": the bundled English ones are used
      : Promise.reject(new Error(`network access disabled (${String(url).slice(0, 80)})`));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline, children: [], paths: [] };
}

function loadReviewed() {
  const data = JSON.parse(readFileSync(reviewedFile, 'utf8'));
  const entries = Array.isArray(data.reviewed) ? data.reviewed : [];
  for (const entry of entries) {
    if (typeof entry.id !== 'string' || typeof entry.file !== 'string' || typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      throw new Error(`${relative(root, reviewedFile)}: every entry needs "id", "file" and a real "reason": ${JSON.stringify(entry)}`);
    }
  }
  return entries.map((entry) => ({ ...entry, used: false }));
}

/** electronegativity reads .js/.ts/.html only; the bundles are .cjs, so they are scanned as copies named .js. */
function stageBundles(bundleDir) {
  const stage = mkdtempSync(join(tmpdir(), 'zw-electronegativity-'));
  const names = new Map();
  for (const name of readdirSync(bundleDir)) {
    if (!name.endsWith('.cjs')) continue;
    const staged = name.replace(/\.cjs$/, '.js');
    copyFileSync(join(bundleDir, name), join(stage, staged));
    names.set(staged, `dist/electron/${name}`);
  }
  return { stage, names };
}

async function scan(run, input, displayName, electronVersion) {
  const result = await run(
    {
      input,
      isRelative: true,
      severitySet: 'informational',
      confidenceSet: 'tentative',
      customScan: [],
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );
  const toPosix = (file) => file.split(sep).join('/');
  return {
    issues: result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file === 'N/A' ? 'N/A' : displayName(toPosix(issue.file)),
      line: issue.location?.line ?? 0,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      description: issue.description,
      url: issue.shortenedURL,
    })),
    errors: result.errors.map((error) => ({ ...error, file: displayName(toPosix(relative(input, error.file))) })),
    checks: result.globalChecks + result.atomicChecks,
  };
}

async function main() {
  const json = process.argv.includes('--json');
  const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
  installOfflineHttpClient(toolDir);
  const run = require(join(toolDir, 'dist', 'runner.js'));
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

  // Always scan bundles built from the current sources (about a second), unless told not to.
  const bundleDir = join(root, 'dist', 'electron');
  if (!process.argv.includes('--no-build') || !existsSync(join(bundleDir, 'main.cjs'))) {
    const { buildElectron } = await import('../electron/build.mjs');
    await buildElectron();
  }

  const reviewed = loadReviewed();
  const { stage, names } = stageBundles(bundleDir);
  // The tool logs progress through console.log; keep the report readable.
  const quiet = console.log;
  let sources;
  let bundles;
  try {
    console.log = () => {};
    sources = await scan(run, join(root, 'electron'), (file) => `electron/${file}`, electronVersion);
    bundles = await scan(run, stage, (file) => names.get(file) ?? `dist/electron/${file}`, electronVersion);
  } finally {
    console.log = quiet;
    rmSync(stage, { recursive: true, force: true });
  }

  const findings = [...sources.issues, ...bundles.issues].map((finding) => {
    const review = reviewed.find((entry) => entry.id === finding.id && entry.file === finding.file);
    if (review) review.used = true;
    const above = SEVERITY[finding.severity] > FAIL_ABOVE;
    return { ...finding, reviewed: review?.reason, blocking: above && !review };
  });
  const parseErrors = [...sources.errors, ...bundles.errors].filter((error) => !error.tolerable);

  if (json) {
    console.log(JSON.stringify({ electronVersion, findings, parseErrors }, null, 2));
  } else {
    console.log(`electronegativity over electron/ and dist/electron (Electron ${electronVersion}; ${sources.checks} checks)`);
    if (findings.length === 0) console.log('  no findings');
    for (const finding of findings) {
      const status = finding.blocking ? 'FAIL    ' : finding.reviewed ? 'reviewed' : 'low/info';
      console.log(`  ${status} ${finding.severity.padEnd(13)} ${finding.id} ${finding.file}:${finding.line}`);
      if (finding.reviewed) console.log(`           reason: ${finding.reviewed}`);
      else if (finding.blocking) console.log(`           ${finding.description} (${finding.url})`);
    }
    for (const error of parseErrors) console.log(`  FAIL     could not parse ${error.file}: ${error.message}`);
    for (const entry of reviewed.filter((e) => !e.used)) {
      console.log(`  note     reviewed entry no longer matches a finding, remove it: ${entry.id} ${entry.file}`);
    }
  }

  const blocking = findings.filter((finding) => finding.blocking).length + parseErrors.length;
  if (blocking > 0) {
    console.error(`electronegativity: ${blocking} unreviewed finding(s) above LOW severity or unparsed file(s).`);
    process.exit(1);
  }
  console.log(`electronegativity: passed (${findings.length} finding(s), none above LOW unreviewed).`);
}

main().catch((error) => {
  console.error(`electronegativity: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
