import { describe, expect, it } from 'vitest';
import {
  addAsset,
  assignAsset,
  deleteElements,
  moveElements,
  renameElement,
  setFlows,
  setSlC,
  setSlT,
  updateLink,
} from '../model/edits';
import type { AssetId, ConduitId, LinkId, ZoneId } from '../model/document';
import { uniformSl } from '../model/securityLevels';
import { goodPlant } from '../analysis/rules/fixtures';
import { changedElementIds, compareDocuments } from './compare';
import { acceptSuggestion, addIncident, addRiskScenario, approve, removeRiskScenario, setRiskSettings, updateRiskScenario } from './edits';
import { assessedPlant, completePlant } from './fixtures';

const z = (id: string) => id as ZoneId;
const a = (id: string) => id as AssetId;

describe('comparing two revisions', () => {
  it('finds nothing between a revision and itself, or one whose nodes only moved on the canvas', () => {
    expect(compareDocuments(goodPlant, goodPlant)).toEqual([]);
    expect(compareDocuments(goodPlant, moveElements(goodPlant, { moves: [{ id: a('a-plc1'), position: { x: 5, y: 5 } }] }))).toEqual([]);
  });

  it('lists added, removed, renamed and moved elements, each naming the element to highlight', () => {
    let b = renameElement(goodPlant, { id: z('z-ctl'), name: 'Cell one' });
    b = assignAsset(b, { assetId: a('a-hmi'), zoneId: z('z-ctl') });
    b = addAsset(b, { id: 'a-new', name: 'PLC-3', type: 'plc', zoneId: z('z-ctl') });
    b = deleteElements(b, { ids: ['a-erp'] });
    const changes = compareDocuments(goodPlant, b);
    expect(changes).toEqual([
      { kind: 'zone-renamed', elementId: 'z-ctl', summary: 'Renamed zone "Cell 1" to "Cell one".' },
      { kind: 'asset-moved', elementId: 'a-hmi', summary: 'Moved "HMI-1" from supervisory zone "Area supervisory" to control zone "Cell one".' },
      { kind: 'asset-added', elementId: 'a-new', summary: 'Added PLC "PLC-3" in control zone "Cell one".' },
      { kind: 'asset-removed', elementId: 'a-erp', summary: 'Removed server "ERP server" from enterprise zone "Enterprise".' },
      { kind: 'link-moved', elementId: 'l-hmi', summary: 'Link "HMI-1" – "Supervisory switch" moved from no conduit to conduit "Supervisory – Cell 1".' },
      { kind: 'link-removed', elementId: 'l-erp', summary: 'Removed link "ERP server" – "Office switch".' },
    ]);
    expect(changedElementIds(changes)).toEqual(['z-ctl', 'a-hmi', 'a-new', 'a-erp', 'l-hmi', 'l-erp']);
  });

  it('spells out SL-T changes per FR, SL-C changes and requirement status changes', () => {
    let b = setSlT(goodPlant, { id: z('z-sup'), slT: { IAC: 3, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 2, RA: 3 } });
    b = setSlC(b, { id: a('a-plc1'), slC: uniformSl(2) });
    b = { ...b, zones: b.zones.map((x) => (x.id === 'z-ctl' ? { ...x, requirements: { 'SR 1.1': { status: 'implemented' as const } } } : x)) };
    expect(compareDocuments(goodPlant, b).map((c) => [c.kind, c.elementId, c.summary])).toEqual([
      ['slt-changed', 'z-sup', 'SL-T of supervisory zone "Area supervisory": IAC 2→3, RA 2→3.'],
      ['requirement-changed', 'z-ctl', 'Control zone "Cell 1": SR 1.1 Human user identification and authentication planned → implemented.'],
      ['slc-changed', 'a-plc1', 'SL-C of "PLC-1": IAC 3→2, UC 3→2, SI 3→2, DC 3→2, RDF 3→2, TRE 3→2, RA 3→2.'],
    ]);
  });

  it('lists flows and boundary devices added or removed on a conduit, and links moved between conduits', () => {
    const conduit = goodPlant.conduits.find((c) => c.id === 'c-ctl-sis')!;
    let b = setFlows(goodPlant, { id: conduit.id, flows: [...conduit.flows!, { protocol: 'HTTPS', port: 443, from: a('a-plc1'), to: a('a-sis') }] });
    b = { ...b, conduits: b.conduits.map((c) => (c.id === 'c-ctl-sis' ? { ...c, boundaryDevices: [] } : c)) };
    b = updateLink(b, { id: 'l-fw-sis-in' as LinkId, patch: { conduitId: 'c-sup-ctl' as ConduitId } });
    expect(compareDocuments(goodPlant, b).map((c) => c.summary)).toEqual([
      'Conduit "Cell 1 – SIS": flow HTTPS 443 from "PLC-1" to "SIS controller" added.',
      'Conduit "Cell 1 – SIS": boundary devices "SIS firewall" → none.',
      'Link "SIS firewall" – "SIS switch" moved from conduit "Cell 1 – SIS" to conduit "Supervisory – Cell 1".',
    ]);
  });

  it('lists risk entries, SL-T decisions and the approval', () => {
    const before = assessedPlant();
    let after = addRiskScenario(before, { elementId: 'z-ops', threatId: 'removable-media-malware', id: 'r-new' });
    after = updateRiskScenario(after, { elementId: 'z-ctl', id: 'r-ctl-2', patch: { likelihood: 4 } });
    after = removeRiskScenario(after, { elementId: 'z-ent', id: 'r-ent-1' });
    after = acceptSuggestion(after, { elementId: 'z-sis', by: 'A. Owner', date: '2025-01-10' });
    after = setRiskSettings(after, { patch: { tolerableRisk: 5 } });
    after = approve(after, { by: 'A. Owner', date: '2025-01-15' });
    expect(compareDocuments(before, after).map((c) => [c.kind, c.elementId, c.summary])).toEqual([
      ['risk-settings-changed', undefined, 'Tolerable risk 4 → 5.'],
      ['risk-removed', 'z-ent', 'Risk register of enterprise zone "Enterprise": removed "Ransomware spreading from IT".'],
      ['risk-added', 'z-ops', 'Risk register of operations zone "Site operations": added "Malware brought in on removable media".'],
      ['risk-changed', 'z-ctl', 'Risk register of control zone "Cell 1": "Rogue device on the control network" likelihood 3 → 4.'],
      ['slt-decision', 'z-sis', 'SL-T of safety zone "SIS" accepted by A. Owner on 2025-01-10: {IAC 3, UC 3, SI 3, DC 3, RDF 3, TRE 3, RA 3}.'],
      ['approval-changed', undefined, 'Approved by A. Owner on 2025-01-15.'],
    ]);
  });

  it('lists incidents logged since the older revision', () => {
    const b = addIncident(completePlant(), { date: '2025-05-01', title: 'Malware on HMI-1', status: 'contained' });
    expect(compareDocuments(completePlant(), b)).toEqual([{ kind: 'incident-added', summary: 'Incident logged: "Malware on HMI-1" (2025-05-01, contained).' }]);
  });

  it('gives the same list in the same order every time', () => {
    const b = deleteElements(renameElement(goodPlant, { id: z('z-dmz'), name: 'DMZ 2' }), { ids: ['z-sis'] });
    expect(compareDocuments(goodPlant, b)).toEqual(compareDocuments(structuredClone(goodPlant), structuredClone(b)));
  });
});
