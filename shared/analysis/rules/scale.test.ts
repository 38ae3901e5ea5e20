import { describe, expect, it } from 'vitest';
import { makeDocument } from '../../testing/makeDocument';
import { buildContext } from '../context';
import { runRules } from '../analyze';

/**
 * 500 control zones of 100 assets each (50,000 assets), every asset cabled to its zone's switch,
 * every zone joined to the next through a firewall, plus the worst shapes for a quadratic rule:
 * one switch with 5,000 links and one conduit carrying 5,000 links.
 */
function bigPlant() {
  const zones: Record<string, unknown>[] = [];
  const assets: Record<string, unknown>[] = [];
  const conduits: Record<string, unknown>[] = [];
  const links: Record<string, unknown>[] = [];
  const ZONES = 500;
  const PER_ZONE = 100;
  for (let z = 0; z < ZONES; z++) {
    zones.push({ id: `z${z}`, name: `Cell ${z}`, kind: z % 2 ? 'supervisory' : 'control', slT: 2 });
    assets.push({ id: `sw${z}`, name: `Switch ${z}`, type: 'switch', zoneId: `z${z}` });
    assets.push({ id: `fw${z}`, name: `Firewall ${z}`, type: 'firewall', zoneId: `z${z}` });
    for (let i = 2; i < PER_ZONE; i++) {
      assets.push({ id: `a${z}_${i}`, name: `PLC ${z}.${i}`, type: i === 2 ? 'ids' : 'plc', zoneId: `z${z}`, slC: 1 });
      links.push({ id: `l${z}_${i}`, source: `a${z}_${i}`, target: `sw${z}` });
    }
    links.push({ id: `lfw${z}`, source: `sw${z}`, target: `fw${z}` });
    if (z > 0) {
      conduits.push({
        id: `c${z}`,
        name: `Conduit ${z}`,
        zoneIds: [`z${z - 1}`, `z${z}`],
        boundaryDevices: [`fw${z}`],
        flows: [{ protocol: 'OPC UA', port: 4840, from: `a${z - 1}_3`, to: `a${z}_3` }],
      });
      links.push({ id: `lc${z}`, source: `fw${z}`, target: `sw${z - 1}`, conduitId: `c${z}` });
    }
  }
  // A hub: one switch in zone 0 cabled to 5,000 PLCs of many zones, all on conduit 1.
  for (let i = 0; i < 5000; i++) {
    const z = i % ZONES;
    links.push({ id: `hub${i}`, source: 'sw0', target: `a${z}_${3 + (i % 90)}`, conduitId: 'c1' });
  }
  return makeDocument({ zones, assets, conduits, links });
}

describe('analysis at scale', () => {
  // Timing lives in `npm run bench`; a rule that went quadratic on these shapes would not finish here.
  it('finds the hub switch cabled into hundreds of zones among 50,000 assets', () => {
    const doc = bigPlant();
    expect(doc.assets.length).toBe(50_000);
    const findings = runRules(buildContext(doc));
    const hub = findings.filter((f) => f.rule === 'dual-homed-asset' && f.subjects[0] === 'sw0');
    expect(hub).toHaveLength(1);
    expect(findings.filter((f) => f.rule === 'slc-below-slt')).toHaveLength(500 * 98);
  });
});
