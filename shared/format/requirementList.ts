/** The requirement list of a document: one row per requirement of each zone, conduit and asset. */
import { requirementById } from '../catalog/requirements';
import type { AnalysisResult } from '../analysis/types';
import type { ZonewrightDocument } from '../model/document';
import { FR_INFO, type FrKey, formatSl, type SlVector } from '../model/securityLevels';
import type { Table } from './table';

export type RequirementScope = 'zone' | 'conduit' | 'asset';

export interface RequirementRow {
  readonly scope: RequirementScope;
  readonly elementId: string;
  readonly elementName: string;
  /** SL-T the requirement follows (the asset's zone's, for assets). */
  readonly slT: SlVector;
  readonly requirementId: string;
  readonly fr: FrKey;
  readonly minSl: number;
  readonly title: string;
  readonly guidance: string;
}

export function requirementRows(doc: ZonewrightDocument, analysis: AnalysisResult): RequirementRow[] {
  const names = new Map<string, string>();
  for (const list of [doc.zones, doc.conduits, doc.assets]) for (const e of list) names.set(e.id, e.name);
  const rows: RequirementRow[] = [];
  const add = (scope: RequirementScope, elementId: string, slT: SlVector | undefined, items: readonly string[]) => {
    if (!slT) return;
    for (const id of items) {
      const req = requirementById(id);
      if (!req) continue;
      rows.push({
        scope,
        elementId,
        elementName: names.get(elementId) ?? elementId,
        slT,
        requirementId: id,
        fr: req.fr,
        minSl: req.minSl,
        title: req.title,
        guidance: req.guidance,
      });
    }
  };
  for (const z of analysis.requirements.zones) add('zone', z.zoneId, z.slT, z.items);
  for (const c of analysis.requirements.conduits) add('conduit', c.conduitId, c.slT, c.items);
  for (const a of analysis.requirements.assets) add('asset', a.assetId, a.slT, a.items);
  return rows;
}

export function requirementTable(rows: readonly RequirementRow[]): Table {
  return {
    columns: ['scope', 'element id', 'element', 'SL-T', 'requirement', 'FR', 'from SL', 'title', 'guidance'],
    rows: rows.map((r) => [
      r.scope,
      r.elementId,
      r.elementName,
      formatSl(r.slT),
      r.requirementId,
      `FR${FR_INFO[r.fr].number} ${r.fr}`,
      r.minSl,
      r.title,
      r.guidance,
    ]),
  };
}
