#!/usr/bin/env node
// Makes sure the system programs the tests drive are present: Debian's Chromium (end-to-end tests)
// and poppler-utils (PDF checks). Installs them with apt-get when running as root on a fresh
// machine; otherwise says exactly what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const needs = [
  { pkg: 'chromium', present: () => existsSync('/usr/bin/chromium') },
  { pkg: 'poppler-utils', present: () => spawnSync('pdftotext', ['-v']).error === undefined },
];
const missing = needs.filter((n) => !n.present()).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('apt-get', ['--version']).error === undefined;
if (!isRoot || !hasApt) {
  console.error(`The tests need ${missing.join(' and ')}, which this machine lacks.\nInstall them, e.g.: sudo apt-get install -y ${missing.join(' ')}`);
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} from Debian's packages (needed by the tests)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { stdio: 'inherit', env });
