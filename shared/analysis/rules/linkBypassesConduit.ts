import type { Conduit } from '../../model/document';
import type { Rule } from '../rule';
import { memberTest, quoted, zoneLabel } from './helpers';

export const linkBypassesConduit: Rule = {
  id: 'link-bypasses-conduit',
  severity: 'error',
  title: 'Link crosses zones outside a conduit',
  clause: 'IEC 62443-3-3 SR 5.1',
  rationale:
    'Segmentation under SR 5.1 only holds if every connection between zones runs through a conduit that is designed and protected for it. A link that crosses a zone boundary outside its conduit is a path nobody has assessed.',
  remedy: 'Assign the link to a conduit that joins both zones (create one if needed), or move one of the assets so that both sit in the same zone.',
  check(ctx, report) {
    // A membership test per conduit, built on first use, so a conduit naming many zones stays cheap.
    const joined = new Map<Conduit, (zoneId: string) => boolean>();
    const joins = (conduit: Conduit, zoneId: string): boolean => {
      let test = joined.get(conduit);
      if (!test) joined.set(conduit, (test = memberTest<string>(conduit.zoneIds)));
      return test(zoneId);
    };
    const { assets, links, zones } = ctx.doc;
    for (let l = 0; l < links.length; l++) {
      const s = ctx.linkSource[l]!;
      const t = ctx.linkTarget[l]!;
      if (s < 0 || t < 0) continue;
      const fromIndex = ctx.assetZone[s]!;
      const toIndex = ctx.assetZone[t]!;
      // Unzoned ends are asset-unzoned's concern; a link inside one zone needs no conduit.
      if (fromIndex < 0 || toIndex < 0 || fromIndex === toIndex) continue;
      const link = links[l]!;
      const conduit = link.conduitId === undefined ? undefined : ctx.conduitById.get(link.conduitId);
      const from = zones[fromIndex]!;
      const to = zones[toIndex]!;
      // Most crossing links are on the right conduit: word the finding only when there is one.
      if (conduit && joins(conduit, from.id) && joins(conduit, to.id)) continue;
      const source = assets[s]!;
      const target = assets[t]!;
      const ends = `Link ${quoted(source.name)} – ${quoted(target.name)} crosses from ${zoneLabel(from)} into ${zoneLabel(to)}`;
      if (!conduit) {
        report({ subjects: [link.id, source.id, target.id, from.id, to.id], message: `${ends} outside any conduit.` });
        continue;
      }
      const missing = [from, to].filter((z) => !joins(conduit, z.id));
      report({
        subjects: [link.id, conduit.id, ...missing.map((z) => z.id), source.id, target.id],
        message: `${ends}, but its conduit ${quoted(conduit.name)} does not join ${missing.map((z) => quoted(z.name)).join(' or ')}.`,
        remedy: `Assign the link to a conduit that joins ${quoted(from.name)} and ${quoted(to.name)}, or add the missing zone to conduit ${quoted(conduit.name)}.`,
      });
    }
  },
};
