import type { Asset } from '../../model/document';
import type { Rule } from '../rule';
import { flowLabel, listText, memberTest, quoted, zoneLabel } from './helpers';

export const flowEndpointOutsideConduit: Rule = {
  id: 'flow-endpoint-outside-conduit',
  severity: 'warning',
  title: 'Flow endpoint outside the conduit',
  clause: 'IEC 62443-3-3 SR 5.2',
  rationale:
    'The flows of a conduit are the allow list its boundary devices enforce under SR 5.2. A flow that starts or ends at an asset outside the conduit\'s zones contradicts the conduit: either the flow belongs on another conduit or the model is missing one.',
  remedy: 'Move the flow to the conduit that joins the zones of its endpoints, or correct its from/to asset.',
  check(ctx, report) {
    // Thousands of conduits, nearly all fine: their zones and devices are tested as they are, not copied to id lists.
    for (const conduit of ctx.doc.conduits) {
      const flows = conduit.flows;
      if (!flows || flows.length === 0) continue;
      const inZones = memberTest(ctx.zonesOf(conduit));
      const isDevice = memberTest(ctx.boundaryDevicesOn(conduit));
      const outside = (id: string | undefined): Asset | undefined => {
        const asset = id === undefined ? undefined : ctx.assetById.get(id);
        if (!asset || isDevice(asset)) return undefined;
        const zone = ctx.zoneOfAsset(asset);
        return zone && inZones(zone) ? undefined : asset;
      };
      for (const flow of flows) {
        const from = outside(flow.from);
        const to = outside(flow.to);
        if (!from && !to) continue;
        // One end when only one is outside, or both name the same asset.
        const ends = from && to && from !== to ? [from, to] : [(from ?? to)!];
        const described = ends.map((a) => {
          const zone = ctx.zoneOfAsset(a);
          return `${quoted(a.name)} (${zone ? `in ${zoneLabel(zone)}` : 'in no zone'})`;
        });
        report({
          subjects: [conduit.id, ...ends.map((a) => a.id)],
          message: `Flow ${flowLabel(flow)} on conduit ${quoted(conduit.name)} reaches ${listText(described)}, outside the zones the conduit joins.`,
        });
      }
    }
  },
};
