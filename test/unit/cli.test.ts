// The zonewright CLI, run as a real process against real files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'cli', 'bin', 'zonewright.mjs');
const sample = (name: string) => join(root, 'assets', 'samples', `${name}.zonewright.json`);
let dir: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function write(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const unzoned = {
  format: 'zonewright',
  version: 1,
  meta: { name: 'Tiny' },
  zones: [{ id: 'z1', name: 'Cell', kind: 'control', slT: 2 }],
  assets: [
    { id: 'a1', name: 'PLC-1', type: 'plc', zoneId: 'z1', slC: 1 },
    { id: 'a2', name: 'Loose laptop', type: 'it-workstation' },
  ],
};
const warningsOnly = { ...unzoned, assets: [unzoned.assets[0]] };

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr);
  dir = mkdtempSync(join(tmpdir(), 'zonewright-cli-'));
});

describe('zonewright check', () => {
  it('prints findings as a readable table and exits 1 when an error is found', () => {
    const r = cli('check', write('unzoned.zonewright.json', unzoned));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+asset-unzoned\s+Asset "Loose laptop" is in no zone\./);
    expect(r.stdout).toContain('clause: IEC 62443-3-2 ZCR 3.1');
    expect(r.stdout).toMatch(/finding.*in 1 zone, 0 conduits, 2 assets/);
  });

  it('reports a reassessment that is overdue on the day it runs (SOURCE_DATE_EPOCH fixes the day)', () => {
    const file = write('review.zonewright.json', { ...warningsOnly, zones: [{ ...unzoned.zones[0], nextReassessment: '2026-06-30' }] });
    const at = (day: string) =>
      spawnSync(process.execPath, [bin, 'check', file], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: String(Date.parse(`${day}T12:00:00Z`) / 1000) } }).stdout;
    expect(at('2026-06-30')).not.toContain('reassessment-overdue');
    expect(at('2026-07-01')).toMatch(/warning\s+reassessment-overdue/);
  });

  it('exits 0 on warnings unless --fail-on warning asks otherwise', () => {
    const file = write('warn.zonewright.json', warningsOnly);
    expect(cli('check', file).code).toBe(0);
    expect(cli('check', file, '--fail-on', 'warning').code).toBe(1);
    expect(cli('check', write('u.zonewright.json', unzoned), '--fail-on', 'never').code).toBe(0);
  });

  it('passes every shipped sample except the flawed one at the default threshold', () => {
    for (const name of ['purdue-reference-plant', 'water-utility', 'machine-builder-cell']) {
      const r = cli('check', sample(name));
      expect(r.code, `${name}: ${r.stdout}`).toBe(0);
    }
  });

  it('gives machine-readable JSON with findings, requirements per zone, conduit and asset, and gaps', () => {
    const r = cli('check', sample('purdue-reference-plant'), '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['summary', 'findings', 'requirements', 'gaps']);
    const cell = out.requirements.zones.find((z: { zoneId: string }) => z.zoneId === 'z-cell1');
    expect(cell.slT).toEqual({ IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 2 });
    expect(cell.items).toContain('SR 1.1 RE 1');
    expect(cell.items).not.toContain('SR 1.1 RE 2');
    const conduit = out.requirements.conduits.find((c: { conduitId: string }) => c.conduitId === 'c-sup-c1');
    expect(conduit.inherited).toBe(true);
    const plc = out.requirements.assets.find((a: { assetId: string }) => a.assetId === 'a-plc101');
    expect(plc.componentClass).toBe('embedded-device');
    expect(plc.items).toContain('CR 1.1');
    expect(plc.items.some((id: string) => id.startsWith('EDR'))).toBe(true);
    expect(plc.items.some((id: string) => id.startsWith('HDR'))).toBe(false);
    expect(out.gaps).toContainEqual({ assetId: 'a-plc102', zoneId: 'z-cell1', fr: 'IAC', slT: 2, slC: 1 });
    expect(out.summary.findings.total).toBe(out.findings.length);
  });

  it('writes SARIF 2.1.0 that points each result at the line of the element in the file', () => {
    const file = write('sarif.zonewright.json', JSON.stringify(unzoned, null, 2));
    const r = cli('check', file, '--format', 'sarif');
    expect(r.code).toBe(1);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('Zonewright');
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain('asset-unzoned');
    const result = run.results.find((x: { ruleId: string }) => x.ruleId === 'asset-unzoned');
    expect(result.level).toBe('error');
    const line = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes('"a2"')) + 1;
    expect(result.locations[0].physicalLocation.region.startLine).toBe(line);
    expect(run.tool.driver.rules[result.ruleIndex].id).toBe('asset-unzoned');
  });

  it('writes to a file with -o', () => {
    const out = join(dir, 'out.json');
    expect(cli('check', sample('water-utility'), '--format', 'json', '-o', out).stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.zones).toBe(8);
  });
});

describe('unusable input', () => {
  it('exits 2 with the problem and its JSON path on stderr', () => {
    const bad = { ...unzoned, assets: [{ ...unzoned.assets[0], zoneId: 'z9' }] };
    const r = cli('check', write('bad.zonewright.json', bad));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('assets[0].zoneId: unknown zone "z9"');
  });

  it('exits 2 for a missing file, broken JSON, a newer format version, or a bad option', () => {
    expect(cli('check', join(dir, 'missing.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    expect(cli('check', write('broken.json', '{"format": '))).toMatchObject({ code: 2, stderr: expect.stringContaining('not valid JSON') });
    expect(cli('check', write('future.json', { ...unzoned, version: 9 }))).toMatchObject({ code: 2, stderr: expect.stringContaining('newer Zonewright') });
    expect(cli('check', sample('water-utility'), '--format', 'xml')).toMatchObject({ code: 2, stderr: expect.stringContaining('--format: "xml" is not one of text, json, sarif') });
    expect(cli('frobnicate')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "frobnicate"') });
    expect(cli('check', sample('water-utility'), '--colour')).toMatchObject({ code: 2, stderr: expect.stringContaining("Unknown option '--colour'") });
  });
});

describe('zonewright requirements', () => {
  it('lists one CSV row per requirement with FR, title and our guidance', () => {
    const r = cli('requirements', sample('machine-builder-cell'));
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('scope,element id,element,SL-T,requirement,FR,from SL,title,guidance');
    const safety = lines.filter((l) => l.startsWith('zone,z-safety,'));
    expect(safety.some((l) => l.includes(',SR 3.3 RE 1,') || l.includes(',SR 3.3 RE 2,'))).toBe(true);
    expect(lines.some((l) => l.startsWith('asset,a-sc,') && l.includes(',EDR '))).toBe(true);
  });

  it('also speaks JSON and Markdown', () => {
    const json = JSON.parse(cli('requirements', sample('water-utility'), '--format', 'json').stdout);
    expect(json[0]).toMatchObject({ scope: 'zone', requirementId: expect.stringMatching(/^SR /), fr: expect.any(String) });
    const md = cli('requirements', sample('water-utility'), '--format', 'markdown').stdout;
    expect(md.split('\n')[1]).toMatch(/^\| --- \|/);
  });
});

it('prints help and the version', () => {
  expect(cli('--help')).toMatchObject({ code: 0, stdout: expect.stringContaining('zonewright check FILE') });
  expect(cli('--version').stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
});
