import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Asset, AssetId, Conduit, ConduitId, Link, LinkId, Zone, ZoneId, ZonewrightDocument } from '../model/document';
import { emptyDocument } from '../model/edits';
import { loadDocumentText } from '../model/load';
import { uniformSl } from '../model/securityLevels';
import { INVENTORY_COLUMNS, inventoryRows, inventoryTable, slDigits } from './inventory';
import { toCsv } from './table';

const zone = (id: string, name: string, extra: Partial<Zone> = {}): Zone => ({ id: id as ZoneId, name, kind: 'control', ...extra });
const asset = (id: string, name: string, extra: Partial<Asset> = {}): Asset => ({ id: id as AssetId, name, type: 'plc', ...extra });

function plant(): ZonewrightDocument {
  const base = emptyDocument();
  const conduit: Conduit = { id: 'c1' as ConduitId, name: 'Cell uplink', zoneIds: ['z1' as ZoneId, 'z2' as ZoneId] };
  const links: Link[] = [
    { id: 'l1' as LinkId, source: 'fw' as AssetId, target: 'plc' as AssetId, conduitId: 'c1' as ConduitId },
  ];
  return {
    ...base,
    zones: [zone('z1', 'Cell 1', { slT: uniformSl(2) }), zone('z2', 'Supervisory', { kind: 'supervisory' })],
    assets: [
      asset('plc', 'PLC-1', { zoneId: 'z1' as ZoneId, vendor: 'Siemens', model: 'S7-1500', firmware: '2.9', ip: '10.0.1.10', criticality: 'high', slC: { IAC: 2, UC: 2, SI: 1, DC: 1, RDF: 2, TRE: 1, RA: 1 } }),
      asset('fw', 'Cell firewall', { type: 'firewall', zoneId: 'z2' as ZoneId, purdueLevel: 3, notes: 'Rule set v4' }),
      asset('loose', 'Spare laptop', { type: 'engineering-workstation' }),
    ],
    conduits: [{ ...conduit, boundaryDevices: ['fw' as AssetId] }],
    links,
  };
}

describe('asset inventory', () => {
  it('has one row per asset with its zone, class, vendor data and SL-C', () => {
    const rows = inventoryRows(plant());
    expect(rows.map((r) => r.name)).toEqual(['PLC-1', 'Cell firewall', 'Spare laptop']);
    const [plc, fw, loose] = rows;
    expect(plc).toMatchObject({ assetId: 'plc', type: 'PLC', componentClass: 'Embedded device', zoneId: 'z1', zoneName: 'Cell 1', purdueLevel: 1, criticality: 'high', vendor: 'Siemens', ip: '10.0.1.10' });
    expect(slDigits(plc!.slC)).toBe('2 2 1 1 2 1 1');
    expect(slDigits(plc!.zoneSlT)).toBe('2 2 2 2 2 2 2');
    expect(plc!.boundaryOf).toEqual([]);
    expect(fw).toMatchObject({ componentClass: 'Network device', zoneName: 'Supervisory', purdueLevel: 3, boundaryOf: ['Cell uplink'], notes: 'Rule set v4' });
    expect(fw!.zoneSlT).toBeUndefined();
    expect(loose!.zoneId).toBeUndefined();
    expect(loose!.zoneName).toBeUndefined();
  });

  it('becomes a table with empty cells for what is not recorded and numbers as numbers', () => {
    const table = inventoryTable(inventoryRows(plant()));
    expect(table.columns).toEqual(INVENTORY_COLUMNS);
    expect(table.rows).toHaveLength(3);
    for (const row of table.rows) expect(row).toHaveLength(table.columns.length);
    expect(table.rows[0]).toEqual(['plc', 'PLC-1', 'PLC', 'Embedded device', 'z1', 'Cell 1', 1, 'high', 'Siemens', 'S7-1500', '2.9', '10.0.1.10', '2 2 1 1 2 1 1', '2 2 2 2 2 2 2', '', '']);
    expect(table.rows[2]![4]).toBe('');
    expect(table.rows[1]![14]).toBe('Cell uplink');
    const csv = toCsv(table);
    expect(csv.split('\r\n')[0]).toBe('asset id,asset,type,component class,zone id,zone,Purdue level,criticality,vendor,model,firmware,IP address,SL-C (IAC UC SI DC RDF TRE RA),zone SL-T (IAC UC SI DC RDF TRE RA),boundary device of,notes');
  });

  it('lists every asset of every sample', () => {
    const dir = join(import.meta.dirname, '..', '..', 'assets', 'samples');
    for (const file of ['water-utility.zonewright.json', 'purdue-reference-plant.zonewright.json']) {
      const loaded = loadDocumentText(readFileSync(join(dir, file), 'utf8'));
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const table = inventoryTable(inventoryRows(loaded.doc));
      expect(table.rows.map((r) => r[0])).toEqual(loaded.doc.assets.map((a) => a.id));
    }
  });
});
