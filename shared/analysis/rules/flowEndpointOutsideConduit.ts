import type { Asset } from '../../model/document';
import type { Rule } from '../rule';
import { flowLabel, listText, quoted, zoneLabel } from './helpers';

export const flowEndpointOutsideConduit: Rule = {
  id: 'flow-endpoint-outside-conduit',
  severity: 'warning',
  title: 'Flow endpoint outside the conduit',
  clause: 'IEC 62443-3-3 SR 5.2',
  rationale:
    'The flows of a conduit are the allow list its boundary devices enforce under SR 5.2. A flow that starts or ends at an asset outside the conduit\'s zones contradicts the conduit: either the flow belongs on another conduit or the model is missing one.',
  remedy: 'Move the flow to the conduit that joins the zones of its endpoints, or correct its from/to asset.',
  check(ctx, report) {
    // Thousands of conduits, nearly all fine: the test per flow end allocates nothing.
    for (const conduit of ctx.doc.conduits) {
      const flows = conduit.flows;
      if (!flows || flows.length === 0) continue;
      const zones = ctx.zonesOf(conduit);
      const devices = ctx.boundaryDevicesOn(conduit);
      // Lists beyond a handful (a hub conduit) are tested through a Set, so rules stay linear.
      const deviceSet = devices.length > 8 ? new Set(devices) : undefined;
      const zoneIds = zones.length > 8 ? new Set(zones.map((z) => z.id)) : undefined;
      const outside = (id: string | undefined): Asset | undefined => {
        const asset = id === undefined ? undefined : ctx.assetById.get(id);
        if (!asset || (deviceSet ? deviceSet.has(asset) : devices.includes(asset))) return undefined;
        const zoneId = asset.zoneId;
        if (zoneId === undefined) return asset;
        if (zoneIds) return zoneIds.has(zoneId) ? undefined : asset;
        for (const zone of zones) if (zone.id === zoneId) return undefined;
        return asset;
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
