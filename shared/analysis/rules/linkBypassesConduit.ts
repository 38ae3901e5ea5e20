import type { Conduit } from '../../model/document';
import type { Rule } from '../rule';
import { quoted, zoneLabel } from './helpers';

export const linkBypassesConduit: Rule = {
  id: 'link-bypasses-conduit',
  severity: 'error',
  title: 'Link crosses zones outside a conduit',
  clause: 'IEC 62443-3-3 SR 5.1',
  rationale:
    'Segmentation under SR 5.1 only holds if every connection between zones runs through a conduit that is designed and protected for it. A link that crosses a zone boundary outside its conduit is a path nobody has assessed.',
  remedy: 'Assign the link to a conduit that joins both zones (create one if needed), or move one of the assets so that both sit in the same zone.',
  check(ctx, report) {
    // Zone-id sets per conduit, built on first use, so a conduit naming many zones stays cheap.
    const joined = new Map<string, ReadonlySet<string>>();
    const joins = (conduit: Conduit, zoneId: string): boolean => {
      let ids = joined.get(conduit.id);
      if (!ids) joined.set(conduit.id, (ids = new Set<string>(conduit.zoneIds)));
      return ids.has(zoneId);
    };
    for (const { link, source, target } of ctx.links) {
      if (!source || !target) continue;
      const from = ctx.zoneOfAsset(source);
      const to = ctx.zoneOfAsset(target);
      // Unzoned ends are asset-unzoned's concern; a link inside one zone needs no conduit.
      if (!from || !to || from.id === to.id) continue;
      const ends = `Link ${quoted(source.name)} – ${quoted(target.name)} crosses from ${zoneLabel(from)} into ${zoneLabel(to)}`;
      const conduit = link.conduitId === undefined ? undefined : ctx.conduitById.get(link.conduitId);
      if (!conduit) {
        report({ subjects: [link.id, source.id, target.id, from.id, to.id], message: `${ends} outside any conduit.` });
        continue;
      }
      const missing = [from, to].filter((z) => !joins(conduit, z.id));
      if (missing.length > 0) {
        report({
          subjects: [link.id, conduit.id, ...missing.map((z) => z.id), source.id, target.id],
          message: `${ends}, but its conduit ${quoted(conduit.name)} does not join ${missing.map((z) => quoted(z.name)).join(' or ')}.`,
          remedy: `Assign the link to a conduit that joins ${quoted(from.name)} and ${quoted(to.name)}, or add the missing zone to conduit ${quoted(conduit.name)}.`,
        });
      }
    }
  },
};
