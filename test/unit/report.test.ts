// `zonewright report` and `zonewright diagram`, run as real processes, checked with poppler's tools.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../shared/analysis/analyze';
import { loadDocumentText } from '../../shared/model/load';
import type { ZonewrightDocument } from '../../shared/model/document';
import { renameElement } from '../../shared/model/edits';
import { completePlant } from '../../shared/lifecycle/fixtures';
import { riskRegister } from '../../shared/lifecycle/risk';
import { serializeDocument } from '../../shared/model/serialize';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const bin = join(root, 'cli', 'bin', 'zonewright.mjs');
const SAMPLES = ['purdue-reference-plant', 'water-utility', 'machine-builder-cell', 'flawed-plant'] as const;
const samplePath = (name: string) => join(root, 'assets', 'samples', `${name}.zonewright.json`);
// A fixed print date (SOURCE_DATE_EPOCH), so runs are comparable.
const ENV = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1763726400' };
let dir: string;

async function cli(...args: string[]) {
  try {
    const r = await run(process.execPath, [bin, ...args], { env: ENV, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

/** The PDF's text in content order, whitespace collapsed (names may wrap inside a cell or box). */
function pdfText(file: string): string {
  const r = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return r.stdout.replace(/\s+/g, ' ');
}

function pdfInfo(file: string): { pages: number; width: number; height: number; title: string; creator: string } {
  const out = spawnSync('pdfinfo', [file], { encoding: 'utf8' }).stdout;
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out)!;
  return {
    pages: Number(/Pages:\s+(\d+)/.exec(out)![1]),
    width: Number(size[1]),
    height: Number(size[2]),
    title: /Title:\s+(.*)/.exec(out)?.[1] ?? '',
    creator: /Creator:\s+(.*)/.exec(out)?.[1] ?? '',
  };
}

function fontsOf(file: string): string {
  return spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout;
}

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function load(path: string): ZonewrightDocument {
  const r = loadDocumentText(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(`${path} does not load`);
  return r.doc;
}

/** A plant named in Swedish, Norwegian, Polish, Russian, Chinese and Japanese. */
const unicodePlant = {
  format: 'zonewright',
  version: 1,
  meta: { name: 'Kraftvärmeverk Ørsted – Łódź', organization: 'Электростанция Север', author: 'Jürgen Müller', revision: 'B' },
  zones: [
    { id: 'z1', name: 'Styrsystem Ångström', kind: 'control', slT: 2, owner: 'Łukasz Żółć', notes: 'Предположение: доступ только через межсетевой экран.' },
    { id: 'z2', name: 'Диспетчерская', kind: 'supervisory', slT: 2 },
    { id: 'z3', name: '制御ゾーン 東京', kind: 'control', slT: 1 },
  ],
  assets: [
    { id: 'a1', name: 'Brannmur Ø1', type: 'firewall', zoneId: 'z1' },
    { id: 'a2', name: 'Sterownik Łódź', type: 'plc', zoneId: 'z1', vendor: 'Siemens', slC: 1 },
    { id: 'a3', name: 'Оператор HMI', type: 'hmi', zoneId: 'z2' },
    { id: 'a4', name: '可编程控制器', type: 'plc', zoneId: 'z3' },
  ],
  conduits: [
    { id: 'c1', name: 'Kanał ÅØ', zoneIds: ['z1', 'z2'], boundaryDevices: ['a1'], flows: [{ protocol: 'OPC UA', port: 4840, from: 'a3', to: 'a2' }] },
    { id: 'c2', name: '東京 conduit', zoneIds: ['z2', 'z3'] },
  ],
  links: [{ id: 'l1', source: 'a1', target: 'a2' }],
};
const UNICODE_NAMES = ['Kraftvärmeverk Ørsted – Łódź', 'Styrsystem Ångström', 'Łukasz Żółć', 'Диспетчерская', '制御ゾーン 東京', 'Brannmur Ø1', 'Sterownik Łódź', 'Оператор HMI', '可编程控制器', 'Kanał ÅØ', '東京 conduit', 'Электростанция Север'];

const out = (name: string) => join(dir, name);

beforeAll(async () => {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(build.stderr);
  dir = mkdtempSync(join(tmpdir(), 'zonewright-pdf-'));
  writeFileSync(out('unicode.zonewright.json'), JSON.stringify(unicodePlant));
  const approved = completePlant();
  writeFileSync(out('approved.zonewright.json'), serializeDocument(approved));
  writeFileSync(out('stale.zonewright.json'), serializeDocument(renameElement(approved, { id: approved.zones[1]!.id, name: 'Renamed after approval' })));
  const jobs: Promise<unknown>[] = [];
  for (const s of SAMPLES) {
    jobs.push(cli('report', samplePath(s), '-o', out(`${s}.report.pdf`)));
    jobs.push(cli('diagram', samplePath(s), '-o', out(`${s}.diagram.pdf`)));
    jobs.push(cli('diagram', samplePath(s), '-o', out(`${s}.diagram.svg`)));
  }
  jobs.push(cli('report', out('unicode.zonewright.json'), '-o', out('unicode.report.pdf')));
  jobs.push(cli('report', out('approved.zonewright.json'), '-o', out('approved.report.pdf')));
  jobs.push(cli('report', out('stale.zonewright.json'), '-o', out('stale.report.pdf')));
  jobs.push(cli('diagram', out('unicode.zonewright.json'), '-o', out('unicode.diagram.pdf')));
  const results = (await Promise.all(jobs)) as { code: number; stderr: string }[];
  for (const r of results) if (r.code !== 0) throw new Error(`a PDF could not be generated: ${r.stderr}`);
}, 180_000);

describe('zonewright report', () => {
  it.each(SAMPLES)('prints every zone, conduit and asset of %s, and each requirement id of every zone', (sample) => {
    const doc = load(samplePath(sample));
    const text = pdfText(out(`${sample}.report.pdf`));
    for (const e of [...doc.zones, ...doc.conduits, ...doc.assets]) expect(text, `${e.id} "${e.name}"`).toContain(flat(e.name));
    for (const z of analyze(doc).requirements.zones) {
      for (const id of z.items) expect(text, `${z.zoneId} ${id}`).toContain(id);
    }
  });

  it('is a multi-page A4 portrait PDF with selectable text and Zonewright as its creator', () => {
    const info = pdfInfo(out('purdue-reference-plant.report.pdf'));
    expect(info).toMatchObject({ width: 595.28, height: 841.89, creator: 'Zonewright' });
    expect(info.title).toBe('Riverside chemical plant – Cybersecurity Requirements Specification');
    expect(info.pages).toBeGreaterThan(10);
    const text = pdfText(out('purdue-reference-plant.report.pdf'));
    for (const heading of ['Cybersecurity Requirements Specification', 'Revision history', 'Contents', 'System under consideration', 'Zone and conduit diagram', 'Asset inventory', 'Findings', 'SL-C gaps', 'Requirements matrix', 'Approval', 'Signature']) {
      expect(text.toLowerCase()).toContain(heading.toLowerCase());
    }
    expect(text).toMatch(new RegExp(`Page ${info.pages} of ${info.pages}`));
  });

  it('lists each finding of the flawed sample with its rule id', () => {
    const doc = load(samplePath('flawed-plant'));
    const findings = analyze(doc).findings;
    expect(findings.length).toBeGreaterThan(10);
    const text = pdfText(out('flawed-plant.report.pdf'));
    for (const rule of new Set(findings.map((f) => f.rule))) expect(text).toContain(rule);
    for (const clause of new Set(findings.map((f) => f.clause))) expect(text).toContain(flat(clause));
  });

  it('prints the risk register with each SL-T decision, and the recorded approval with its hash', () => {
    const doc = completePlant();
    const text = pdfText(out('approved.report.pdf'));
    expect(text).toContain('Risk assessment');
    const register = riskRegister(doc).filter((r) => r.scenarios.length > 0);
    expect(register.length).toBeGreaterThan(0);
    for (const r of register) {
      for (const s of r.scenarios) expect(text).toContain(flat(s.title));
    }
    expect(text).toContain('accepted by A. Owner on 2025-01-10');
    expect(text).toContain('Recorded approval A. Owner, Plant manager, on 2025-01-15');
    expect(text).toContain(doc.approval!.contentHash.slice(0, 16));
    expect(text).toContain('valid: the model is unchanged since the approval');
  });

  it('marks a recorded approval stale when the model changed after it', () => {
    const text = pdfText(out('stale.report.pdf'));
    expect(text).toContain('stale: the model changed after this approval');
    expect(text).not.toContain('valid: the model is unchanged');
  });

  it('says so when no risk register is recorded', () => {
    expect(pdfText(out('machine-builder-cell.report.pdf'))).toContain('No threat scenario is recorded');
  });

  it('prints "planned" for every requirement without a recorded state', () => {
    const text = pdfText(out('machine-builder-cell.report.pdf'));
    expect(text).toMatch(/SR 1\.1 Human user identification and authentication FR1 IAC 1 planned/);
  });

  it('takes the paper size and orientation asked for', async () => {
    const cases = [
      [['--paper', 'a3', '--landscape'], 1190.55, 841.89],
      [['--paper', 'letter'], 612, 792],
      [['--paper', 'tabloid'], 792, 1224],
      [['--paper', 'a1'], 1683.78, 2383.94],
    ] as const;
    for (const [flags, width, height] of cases) {
      const file = out(`paper-${flags.join('')}.pdf`);
      expect((await cli('report', samplePath('machine-builder-cell'), '-o', file, ...flags)).code).toBe(0);
      expect(pdfInfo(file)).toMatchObject({ width, height });
    }
  }, 60_000);

  it('prints names in Swedish, Norwegian, Polish, Russian, Chinese and Japanese intact', () => {
    const text = pdfText(out('unicode.report.pdf'));
    for (const name of UNICODE_NAMES) expect(text).toContain(name);
    expect(text).toContain('Предположение: доступ только через межсетевой экран.');
  });

  it('embeds the CJK font only for a project that needs it', () => {
    expect(fontsOf(out('unicode.report.pdf'))).toMatch(/ZonewrightFallback/);
    expect(fontsOf(out('purdue-reference-plant.report.pdf'))).not.toMatch(/ZonewrightFallback/);
    expect(fontsOf(out('purdue-reference-plant.report.pdf'))).toMatch(/DejaVuSans/);
  });

  it('writes the same bytes for the same project and date', async () => {
    const again = out('again.pdf');
    expect((await cli('report', samplePath('water-utility'), '-o', again)).code).toBe(0);
    expect(readFileSync(again).equals(readFileSync(out('water-utility.report.pdf')))).toBe(true);
  }, 30_000);

  it('exits 2 with a clear message on bad input', async () => {
    expect(await cli('report', samplePath('water-utility'))).toMatchObject({ code: 2, stderr: expect.stringContaining('Give -o FILE.pdf') });
    expect(await cli('report', samplePath('water-utility'), '-o', out('x.docx'))).toMatchObject({ code: 2, stderr: expect.stringContaining('name the output FILE.pdf') });
    expect(await cli('report', samplePath('water-utility'), '-o', out('x.pdf'), '--paper', 'a5')).toMatchObject({ code: 2, stderr: expect.stringContaining('--paper: "a5" is not one of a4, a3, a1, letter, tabloid') });
    expect(await cli('report', join(dir, 'missing.json'), '-o', out('x.pdf'))).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
    const broken = out('broken.zonewright.json');
    writeFileSync(broken, JSON.stringify({ ...unicodePlant, assets: [{ id: 'a1', name: 'X', type: 'plc', zoneId: 'nowhere' }] }));
    expect(await cli('report', broken, '-o', out('x.pdf'))).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown zone "nowhere"') });
    expect(await cli('report', samplePath('water-utility'), '-o', out('x.pdf'), '--tile')).toMatchObject({ code: 2, stderr: expect.stringContaining('--tile applies to diagram only') });
    expect(await cli('check', samplePath('water-utility'), '--landscape')).toMatchObject({ code: 2, stderr: expect.stringContaining('--landscape applies to report and diagram only') });
  }, 60_000);
});

describe('zonewright diagram', () => {
  it.each(SAMPLES)('draws every zone, conduit and asset of %s as text on one A4 sheet', (sample) => {
    const doc = load(samplePath(sample));
    const file = out(`${sample}.diagram.pdf`);
    expect(pdfInfo(file)).toMatchObject({ pages: 1, width: 595.28, height: 841.89 });
    const text = pdfText(file);
    for (const e of [...doc.zones, ...doc.conduits, ...doc.assets]) expect(text, `${e.id} "${e.name}"`).toContain(flat(e.name));
    expect(text).toContain(doc.meta.name);
    expect(text).toContain('1 of 1');
  });

  it('is a vector drawing: no raster image on the page', () => {
    const list = spawnSync('pdfimages', ['-list', out('purdue-reference-plant.diagram.pdf')], { encoding: 'utf8' }).stdout;
    expect(list.trim().split('\n').length).toBe(2); // the header lines only
  });

  it('tiles a plant over more sheets than fitting it, each with the sheet count', async () => {
    const fit = out('purdue-reference-plant.diagram.pdf');
    const tiled = out('tiled.pdf');
    expect((await cli('diagram', samplePath('purdue-reference-plant'), '-o', tiled, '--tile')).code).toBe(0);
    const pages = pdfInfo(tiled).pages;
    expect(pages).toBeGreaterThan(pdfInfo(fit).pages);
    const text = pdfText(tiled);
    expect(text).toContain(`1 of ${pages} · A1`);
    expect(text).toContain(`${pages} of ${pages}`);
  }, 30_000);

  it('adds one sheet per zone after the overview with --per-zone', async () => {
    const file = out('zones.pdf');
    expect((await cli('diagram', samplePath('machine-builder-cell'), '-o', file, '--per-zone', '--paper', 'a3', '--landscape')).code).toBe(0);
    const doc = load(samplePath('machine-builder-cell'));
    expect(pdfInfo(file)).toMatchObject({ pages: doc.zones.length + 1, width: 1190.55, height: 841.89 });
    const text = pdfText(file);
    for (const z of doc.zones) expect(text).toContain(`Zone ${z.name}`);
  }, 30_000);

  it.each(SAMPLES)('exports %s as well-formed SVG that names every element', (sample) => {
    const svg = readFileSync(out(`${sample}.diagram.svg`), 'utf8');
    expect(wellFormed(svg)).toEqual([]);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => unescapeXml(m[1]!)).join(' ');
    const doc = load(samplePath(sample));
    for (const e of [...doc.zones, ...doc.conduits, ...doc.assets]) expect(flat(texts), `${e.id}`).toContain(flat(e.name));
  });

  it('prints Unicode names on the drawing', () => {
    const text = pdfText(out('unicode.diagram.pdf'));
    for (const name of UNICODE_NAMES.filter((n) => !n.startsWith('Электро') && !n.startsWith('Łukasz'))) expect(text).toContain(name);
  });

  it('refuses PNG with directions to the app or the SVG, and unknown formats, with exit 2', async () => {
    const png = await cli('diagram', samplePath('water-utility'), '-o', out('d.png'));
    expect(png.code).toBe(2);
    expect(png.stderr).toContain('PNG is not available from the command line');
    expect(png.stderr).toContain('-o diagram.svg');
    expect(await cli('diagram', samplePath('water-utility'), '-o', out('d.jpg'))).toMatchObject({ code: 2, stderr: expect.stringContaining('name it FILE.pdf or FILE.svg') });
    expect(await cli('diagram', samplePath('water-utility'), '-o', out('d.svg'), '--tile')).toMatchObject({ code: 2, stderr: expect.stringContaining('--tile and --per-zone need -o FILE.pdf') });
    expect(await cli('diagram', samplePath('water-utility'))).toMatchObject({ code: 2, stderr: expect.stringContaining('Give -o FILE.pdf or FILE.svg') });
  }, 30_000);
});

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}

/** Problems that make `xml` not well-formed: unbalanced tags, bad attributes, stray `&` or `<`. */
function wellFormed(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  for (const m of body.matchAll(/<!--[\s\S]*?-->|<[^>]*>|[^<]+/g)) {
    const token = m[0];
    if (token.startsWith('<!--')) continue;
    if (token.startsWith('</')) {
      const name = /^<\/([\w:.-]+)\s*>$/.exec(token)?.[1];
      if (!name || stack.pop() !== name) problems.push(`unbalanced ${token}`);
    } else if (token.startsWith('<')) {
      const tag = /^<([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(token);
      if (!tag) {
        problems.push(`bad tag ${token.slice(0, 60)}`);
        continue;
      }
      if (stack.length === 0) roots++;
      if (!tag[3]) stack.push(tag[1]!);
      for (const value of tag[2]!.matchAll(/="([^"]*)"/g)) if (/&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(value[1]!)) problems.push(`bad entity in ${token.slice(0, 60)}`);
    } else if (/&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(token)) problems.push(`bad entity in text ${token.slice(0, 60)}`);
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
