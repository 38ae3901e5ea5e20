import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDocumentText } from '../model/load';
import { inventoryRows, inventoryTable } from './inventory';
import type { Table } from './table';
import { columnName, fittedWidths, sheetNames, toXlsx, xmlText } from './xlsx';

const PEOPLE: Table = {
  columns: ['name', 'count', 'note'],
  rows: [
    ['Zürich & <Łódź>', 3, ''],
    ['東京 control room', 12.5, ' leading space'],
    ['=SUM(A1:A2)', -4, 'line one\nline two'],
  ],
};

function unzip(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
}

const dir = mkdtempSync(join(tmpdir(), 'zw-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('xlsx writer', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('makes sheet names valid and unique', () => {
    expect(sheetNames(['Assets', 'assets', 'a/b:c*d?[e]', '', "'quoted'", 'x'.repeat(40), 'History'])).toEqual([
      'Assets',
      'assets (2)',
      'a b c d  e',
      'Sheet4',
      'quoted',
      'x'.repeat(31),
      'Sheet7',
    ]);
  });

  it('escapes XML and drops characters XML forbids', () => {
    expect(xmlText('a & b < c > "d"\u0001\u0008ok')).toBe('a &amp; b &lt; c &gt; &quot;d&quot;ok');
  });

  it('fits column widths to the content, within limits', () => {
    const widths = fittedWidths({ columns: ['a', 'long header text'], rows: [['x'.repeat(200), 1], ['東京', 2]] });
    expect(widths[0]).toBe(60);
    expect(widths[1]).toBeGreaterThan(16);
    expect(widths[1]).toBeLessThan(22);
  });

  it('writes a package with the parts Excel needs, one sheet per table', () => {
    const files = unzip(toXlsx([{ name: 'People', table: PEOPLE }, { name: 'Empty', table: { columns: ['only header'], rows: [] } }], { title: 'Test', date: new Date(Date.UTC(2025, 10, 21, 9, 30)) }));
    expect(Object.keys(files)[0]).toBe('[Content_Types].xml');
    expect(Object.keys(files).sort()).toEqual(
      [
        '[Content_Types].xml',
        '_rels/.rels',
        'docProps/app.xml',
        'docProps/core.xml',
        'xl/_rels/workbook.xml.rels',
        'xl/sharedStrings.xml',
        'xl/styles.xml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet2.xml',
      ].sort(),
    );
    expect(files['[Content_Types].xml']).toContain('PartName="/xl/worksheets/sheet2.xml"');
    expect(files['xl/workbook.xml']).toContain('<sheet name="People" sheetId="1" r:id="rId1"/>');
    expect(files['xl/workbook.xml']).toContain('<sheet name="Empty" sheetId="2" r:id="rId2"/>');
    expect(files['xl/workbook.xml']).toContain(`'People'!$A$1:$C$4`);
    expect(files['xl/_rels/workbook.xml.rels']).toContain('Target="worksheets/sheet2.xml"');
    expect(files['docProps/core.xml']).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-21T09:30:00Z</dcterms:created>');

    const sheet = files['xl/worksheets/sheet1.xml']!;
    // Header row bold (style 1), frozen, filtered; widths per column.
    expect(sheet).toContain('<row r="1"><c r="A1" s="1" t="s"><v>0</v></c><c r="B1" s="1" t="s"><v>1</v></c><c r="C1" s="1" t="s"><v>2</v></c></row>');
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toContain('<autoFilter ref="A1:C4"/>');
    expect(sheet).toMatch(/<col min="1" max="1" width="[\d.]+" customWidth="1"\/>/);
    // Numbers are numbers; empty cells are left out; a formula-looking text stays text.
    expect(sheet).toContain('<c r="B2"><v>3</v></c>');
    expect(sheet).toContain('<c r="B3"><v>12.5</v></c>');
    expect(sheet).toContain('<c r="B4"><v>-4</v></c>');
    expect(sheet).not.toContain('r="C2"');
    expect(sheet).not.toContain('<f>');
    const styles = files['xl/styles.xml']!;
    expect(styles).toMatch(/<cellXfs count="2">.*<xf numFmtId="0" fontId="1"[^>]*applyFont="1"/);
    expect(styles).toContain('<font><b/>');

    const sst = files['xl/sharedStrings.xml']!;
    expect(sst).toContain('<t>Zürich &amp; &lt;Łódź&gt;</t>');
    expect(sst).toContain('<t>東京 control room</t>');
    expect(sst).toContain('<t xml:space="preserve"> leading space</t>');
    expect(sst).toContain('<t>=SUM(A1:A2)</t>');
    expect(sst).toMatch(/count="9" uniqueCount="9"/);
  });

  it('gives the same bytes for the same input', () => {
    expect(toXlsx([{ name: 'P', table: PEOPLE }])).toEqual(toXlsx([{ name: 'P', table: PEOPLE }]));
  });

  it('is a workbook to `file` and its cells read back with a plain XML parser', () => {
    const sample = loadDocumentText(readFileSync(join(import.meta.dirname, '..', '..', 'assets', 'samples', 'water-utility.zonewright.json'), 'utf8'));
    if (!sample.ok) throw new Error('sample does not load');
    const inventory = inventoryTable(inventoryRows(sample.doc));
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, toXlsx([{ name: 'Asset inventory', table: inventory }, { name: 'People', table: PEOPLE }], { title: 'Inventory' }));

    const kind = spawnSync('file', ['-b', path], { encoding: 'utf8' });
    if (kind.status === 0) expect(kind.stdout).toMatch(/Microsoft Excel 2007\+|Microsoft OOXML/);

    // Python's standard library only: zipfile and ElementTree (every part must be well-formed XML).
    const script = String.raw`
import json, sys, zipfile, xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
for name in z.namelist():
    ET.fromstring(z.read(name))
strings = [''.join(t.text or '' for t in si.iter('{%s}t' % ns['m'])) for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns)]
book = ET.fromstring(z.read('xl/workbook.xml'))
out = {}
for i, sheet in enumerate(book.find('m:sheets', ns)):
    root = ET.fromstring(z.read('xl/worksheets/sheet%d.xml' % (i + 1)))
    cells = {}
    for c in root.iter('{%s}c' % ns['m']):
        v = c.find('m:v', ns)
        if v is None: continue
        cells[c.get('r')] = strings[int(v.text)] if c.get('t') == 's' else float(v.text)
    out[sheet.get('name')] = cells
print(json.dumps(out))
`;
    const python = spawnSync('python3', ['-c', script, path], { encoding: 'utf8' });
    if (python.error) return; // no Python on this machine: the fflate checks above still ran
    expect(python.stderr).toBe('');
    const cells = JSON.parse(python.stdout) as Record<string, Record<string, string | number>>;
    const sheet = cells['Asset inventory']!;
    expect(sheet.A1).toBe('asset id');
    expect(sheet.B1).toBe('asset');
    const names = inventory.rows.map((r) => r[1]);
    for (let i = 0; i < names.length; i++) expect(sheet[`B${i + 2}`]).toBe(names[i]);
    expect(cells.People!.A2).toBe('Zürich & <Łódź>');
    expect(cells.People!.B3).toBe(12.5);
    expect(cells.People!.C4).toBe('line one\nline two');
  });
});

describe('unzip tool', () => {
  it('lists the parts (when unzip is installed)', () => {
    const path = join(dir, 'tool.xlsx');
    writeFileSync(path, toXlsx([{ name: 'P', table: PEOPLE }]));
    let listing: string;
    try {
      listing = execFileSync('unzip', ['-l', path], { encoding: 'utf8' });
    } catch {
      return;
    }
    expect(listing).toContain('xl/worksheets/sheet1.xml');
  });
});
