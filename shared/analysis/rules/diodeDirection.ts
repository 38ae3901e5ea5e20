import type { Asset, Zone } from '../../model/document';
import { highestLevel } from '../../model/securityLevels';
import type { Rule } from '../rule';
import { flowLabel, listText, quoted } from './helpers';

interface End {
  readonly asset: Asset;
  readonly zone: Zone;
  readonly level: number;
}

function endText(end: End): string {
  return `${quoted(end.asset.name)} in zone ${quoted(end.zone.name)} (highest SL-T ${end.level})`;
}

function isDiode(asset: Asset): boolean {
  return asset.type === 'data-diode';
}

export const diodeDirection: Rule = {
  id: 'diode-direction',
  severity: 'warning',
  title: 'Flow against a data diode',
  clause: 'IEC 62443-3-3 SR 5.2',
  rationale:
    'A data diode protects a zone boundary (SR 5.2) only when it lets data out of the more critical zone and nothing back in. A flow from the less protected zone into the more protected one means the diode is modelled the wrong way round, or the flow cannot work.',
  remedy: 'Reverse the flow so that data leaves the more protected zone, or carry the inbound flow over a separate, firewalled conduit (or check the zones\' SL-T).',
  check(ctx, report) {
    for (const conduit of ctx.doc.conduits) {
      const flows = conduit.flows ?? [];
      if (flows.length === 0) continue;
      const devices = ctx.boundaryDevicesOn(conduit);
      if (!devices.some(isDiode)) continue;
      const diodes = devices.filter(isDiode);
      const diodeText = listText(diodes.map((d) => quoted(d.name)));
      const endOf = (id: string | undefined): End | undefined => {
        const asset = id === undefined ? undefined : ctx.assetById.get(id);
        const zone = asset && ctx.zoneOfAsset(asset);
        return asset && zone?.slT ? { asset, zone, level: highestLevel(zone.slT) } : undefined;
      };
      for (const flow of flows) {
        const from = endOf(flow.from);
        const to = endOf(flow.to);
        if (!from || !to) continue;
        const subjects = [conduit.id, from.asset.id, to.asset.id, ...diodes.map((d) => d.id)];
        const label = `Flow ${flowLabel(flow)} on conduit ${quoted(conduit.name)}`;
        if (from.level < to.level) {
          report({ subjects, message: `${label} runs from ${endText(from)} into ${endText(to)}, against data diode ${diodeText}.` });
        } else if (flow.bidirectional && to.level < from.level) {
          report({
            subjects,
            message: `${label} is bidirectional, so it also runs from ${endText(to)} back into ${endText(from)}, against data diode ${diodeText}.`,
          });
        }
      }
    }
  },
};
