import type { Rule } from '../rule';
import { isBoundaryDevice, listText, quoted } from './helpers';

export const dualHomedAsset: Rule = {
  id: 'dual-homed-asset',
  severity: 'warning',
  title: 'Dual-homed asset bridges zones',
  clause: 'IEC 62443-3-3 SR 5.1',
  rationale:
    'An asset wired straight into two zones joins them past every boundary device, undoing the segmentation SR 5.1 asks for. Whoever takes over that asset, or misconfigures its routing, reaches both zones.',
  remedy: 'Give the asset one network connection in its own zone and let traffic to the other zone pass through a boundary device on a conduit.',
  check(ctx, report) {
    const { assets, zones } = ctx.doc;
    const { start, neighbour } = ctx.adjacency();
    const boundary = new Uint8Array(assets.length);
    for (let i = 0; i < assets.length; i++) boundary[i] = isBoundaryDevice(assets[i]!) ? 1 : 0;
    // reachedBy[z] is the last asset found linked into zone z, so each zone counts once per asset.
    const reachedBy = new Int32Array(zones.length).fill(-1);
    for (let i = 0; i < assets.length; i++) {
      const asset = assets[i]!;
      if (boundary[i] || asset.type === 'ids') continue;
      // Most assets reach one zone at most: only build the list once a second zone shows up.
      let first = -1;
      let reached: number[] | undefined;
      for (let k = start[i]!, end = start[i + 1]!; k < end; k++) {
        const o = neighbour[k]!;
        const z = ctx.assetZone[o]!;
        if (boundary[o] || z < 0 || reachedBy[z] === i) continue;
        reachedBy[z] = i;
        if (first < 0) first = z;
        else (reached ??= [first]).push(z);
      }
      if (!reached) continue;
      const list = reached.map((z) => zones[z]!);
      report({
        subjects: [asset.id, ...list.map((z) => z.id)],
        message: `Asset ${quoted(asset.name)} is linked directly to assets in ${list.length} zones: ${listText(list.map((z) => quoted(z.name)))}.`,
      });
    }
  },
};
