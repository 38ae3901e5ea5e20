/**
 * The asset inventory of a document as a plain table: one row per asset with its type, component
 * class, zone, criticality, vendor data, SL-C and the conduits it guards, for CSV and XLSX exports.
 */
import { buildContext } from '../analysis/context';
import { ASSET_TYPE_INFO, BOUNDARY_DEVICE_TYPES, COMPONENT_CLASS_LABEL } from '../model/kinds';
import type { ZonewrightDocument } from '../model/document';
import { FR_KEYS, type SlVector } from '../model/securityLevels';
import type { Table } from './table';

export interface InventoryRow {
  readonly assetId: string;
  readonly name: string;
  /** Asset type label, e.g. `PLC`. */
  readonly type: string;
  /** IEC 62443-4-2 component class label, e.g. `Embedded device`. */
  readonly componentClass: string;
  readonly zoneId?: string;
  readonly zoneName?: string;
  /** The asset's own Purdue level, else its type's typical one. */
  readonly purdueLevel?: number;
  readonly criticality?: string;
  readonly vendor?: string;
  readonly model?: string;
  readonly firmware?: string;
  readonly ip?: string;
  readonly slC?: SlVector;
  /** The zone's target, to read the SL-C against. */
  readonly zoneSlT?: SlVector;
  /** Conduits on which the asset is a boundary device (firewall, diode, remote access gateway). */
  readonly boundaryOf: readonly string[];
  readonly notes?: string;
}

/** One row per asset, in document order. */
export function inventoryRows(doc: ZonewrightDocument): InventoryRow[] {
  const ctx = buildContext(doc);
  const guards = new Map<string, string[]>();
  for (const c of doc.conduits) {
    for (const device of ctx.boundaryDevicesOn(c)) {
      const list = guards.get(device.id);
      if (list) list.push(c.name);
      else guards.set(device.id, [c.name]);
    }
  }
  return doc.assets.map((a): InventoryRow => {
    const info = ASSET_TYPE_INFO[a.type];
    const zone = ctx.zoneOfAsset(a);
    const purdueLevel = a.purdueLevel ?? info.purdueLevel;
    return {
      assetId: a.id,
      name: a.name,
      type: info.label,
      componentClass: COMPONENT_CLASS_LABEL[info.componentClass],
      ...(zone ? { zoneId: zone.id, zoneName: zone.name } : {}),
      ...(zone?.slT ? { zoneSlT: zone.slT } : {}),
      ...(purdueLevel !== undefined ? { purdueLevel } : {}),
      ...(a.criticality ? { criticality: a.criticality } : {}),
      ...(a.vendor ? { vendor: a.vendor } : {}),
      ...(a.model ? { model: a.model } : {}),
      ...(a.firmware ? { firmware: a.firmware } : {}),
      ...(a.ip ? { ip: a.ip } : {}),
      ...(a.slC ? { slC: a.slC } : {}),
      boundaryOf: BOUNDARY_DEVICE_TYPES.has(a.type) ? (guards.get(a.id) ?? []) : [],
      ...(a.notes ? { notes: a.notes } : {}),
    };
  });
}

/** `2 2 1 1 2 1 1`: one level per FR, in FR order (the column header names the FRs). */
export function slDigits(sl: SlVector | undefined): string {
  return sl ? FR_KEYS.map((fr) => sl[fr]).join(' ') : '';
}

export const INVENTORY_COLUMNS = [
  'asset id',
  'asset',
  'type',
  'component class',
  'zone id',
  'zone',
  'Purdue level',
  'criticality',
  'vendor',
  'model',
  'firmware',
  'IP address',
  `SL-C (${FR_KEYS.join(' ')})`,
  `zone SL-T (${FR_KEYS.join(' ')})`,
  'boundary device of',
  'notes',
] as const;

/** The inventory as a table: empty cells for what is not recorded, numbers as numbers. */
export function inventoryTable(rows: readonly InventoryRow[]): Table {
  return {
    columns: INVENTORY_COLUMNS,
    rows: rows.map((r) => [
      r.assetId,
      r.name,
      r.type,
      r.componentClass,
      r.zoneId ?? '',
      r.zoneName ?? '',
      r.purdueLevel ?? '',
      r.criticality ?? '',
      r.vendor ?? '',
      r.model ?? '',
      r.firmware ?? '',
      r.ip ?? '',
      slDigits(r.slC),
      slDigits(r.zoneSlT),
      r.boundaryOf.join('; '),
      r.notes ?? '',
    ]),
  };
}
