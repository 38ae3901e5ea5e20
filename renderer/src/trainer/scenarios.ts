/**
 * The guided trainer scenarios, as data. Each starts from a sample project; each step says what is
 * wrong, why it matters and which 62443 clause asks for it, marks the elements concerned, knows
 * when it is done (`check`, whatever way the learner fixed it) and how to fix it (`fix`, pure edits
 * from shared/, applied by "Show me" as one undoable step). Explanations are our own words.
 */
import {
  addAsset,
  addConduit,
  addLink,
  analyze,
  assignAsset,
  deleteElements,
  FR_KEYS,
  moveElements,
  nextId,
  resizeZone,
  setBoundaryDevices,
  setFlows,
  setSlC,
  setSlT,
  updateLink,
  type AnalysisResult,
  type AssetId,
  type ConduitId,
  type LinkId,
  type SecurityLevel,
  type SlVector,
  type ZoneId,
  type ZonewrightDocument,
} from '../../../shared';

type Doc = ZonewrightDocument;

export interface ScenarioStep {
  readonly title: string;
  /** What is wrong and why it matters, in our own words. */
  readonly explanation: string;
  /** The clause the step rests on, as findings write it (links into the reference view). */
  readonly clause: string;
  /** Elements marked on the canvas while the step is shown. */
  readonly highlight: readonly string[];
  /** True once the document no longer has the problem. */
  readonly check: (doc: Doc) => boolean;
  /** One way to fix it, made of the pure edits of shared/. */
  readonly fix: (doc: Doc) => Doc;
}

export interface Scenario {
  readonly id: string;
  readonly title: string;
  /** One or two sentences for the scenario list. */
  readonly summary: string;
  /** The sample it starts from (file name under assets/samples). */
  readonly sample: string;
  /** Runs inside a what-if experiment, started with the scenario, so one click reverts it. */
  readonly whatIf?: boolean;
  readonly steps: readonly ScenarioStep[];
}

// Steps check the same document many times while the learner edits; one analysis per version.
const analyses = new WeakMap<Doc, AnalysisResult>();
function analysis(doc: Doc): AnalysisResult {
  let result = analyses.get(doc);
  if (!result) analyses.set(doc, (result = analyze(doc)));
  return result;
}

/** The step is done when no finding of `rule` (naming `subject`, when given) is left. */
function noFinding(rule: string, subject?: string): (doc: Doc) => boolean {
  return (doc) => !analysis(doc).findings.some((f) => f.rule === rule && (subject === undefined || f.subjects.includes(subject as never)));
}

/** Applies edits in order, as one function. */
const pipe =
  (...edits: readonly ((doc: Doc) => Doc)[]) =>
  (doc: Doc): Doc =>
    edits.reduce((d, e) => e(d), doc);

const zone = (id: string) => id as ZoneId;
const asset = (id: string) => id as AssetId;
const conduit = (id: string) => id as ConduitId;

const BOUNDARY_TYPES: ReadonlySet<string> = new Set(['firewall', 'data-diode', 'remote-access-gateway']);

/**
 * Puts a boundary device on every conduit that lacks one where it must have one: a firewall
 * already in one of its zones (the DMZ firewall, here), else a new firewall in its first zone.
 * Written for any conduit, since a learner's own fixes may have made others need one.
 */
function guardBoundaries(doc: Doc): Doc {
  let next = doc;
  for (const f of analysis(doc).findings) {
    if (f.rule !== 'boundary-unprotected') continue;
    const c = next.conduits.find((x) => x.id === f.subjects[0]);
    if (!c) continue;
    let device = next.assets.find((a) => BOUNDARY_TYPES.has(a.type) && a.zoneId !== undefined && c.zoneIds.includes(a.zoneId));
    if (!device) {
      const z = next.zones.find((x) => x.id === c.zoneIds[0]);
      if (!z) continue;
      const id = nextId(next, 'asset');
      const at = { x: (z.position?.x ?? 0) + (z.size?.width ?? 360) - 136, y: (z.position?.y ?? 0) + (z.size?.height ?? 240) - 84 };
      next = addAsset(next, { id, type: 'firewall', name: `${z.name} firewall`, zoneId: z.id, position: at });
      device = next.assets.find((a) => a.id === id);
      if (!device) continue;
    }
    next = setBoundaryDevices(next, { id: c.id, assetIds: [...(c.boundaryDevices ?? []), device.id] });
  }
  return next;
}

const FLAWED_PLANT: Scenario = {
  id: 'flawed-plant',
  title: 'Fix the flawed plant',
  summary: 'A small plant with every classic segmentation mistake. Fix the errors one by one and learn which part of IEC 62443 each one breaks.',
  sample: 'flawed-plant.zonewright.json',
  steps: [
    {
      title: 'Give the contractor laptop a zone',
      explanation:
        'The contractor\'s laptop sits in no zone, so nobody has decided what it may reach and no requirement covers it. Every asset belongs to exactly one zone. A visiting laptop is also a temporarily connected device, which should be kept apart from the permanent control assets: put it with the other vendor equipment in "Vendor access" (drag it into the zone).',
      clause: 'IEC 62443-3-2 ZCR 3.1',
      highlight: ['a-contractor', 'z-vendor'],
      check: noFinding('asset-unzoned'),
      fix: pipe(
        (d) => resizeZone(d, { id: zone('z-vendor'), position: { x: 820, y: 40 }, size: { width: 300, height: 170 } }),
        (d) => moveElements(d, { moves: [{ id: asset('a-contractor'), position: { x: 980, y: 90 } }] }),
        (d) => assignAsset(d, { assetId: asset('a-contractor'), zoneId: zone('z-vendor') }),
      ),
    },
    {
      title: 'Set a target level for Line 2',
      explanation:
        'Zone "Line 2" has no SL-T. Without a target, the analysis cannot tell which system requirements apply, nor whether its conduits need a boundary device. The SL-T comes out of the detailed risk assessment; Line 2 runs the same kind of process as Line 1, so give it the same vector (Properties → SL-T).',
      clause: 'IEC 62443-3-2 ZCR 5.6',
      highlight: ['z-line2'],
      check: noFinding('zone-slt-missing'),
      fix: (d) => {
        const line1 = d.zones.find((z) => z.id === 'z-line1')?.slT;
        return line1 ? setSlT(d, { id: zone('z-line2'), slT: line1 }) : d;
      },
    },
    {
      title: 'Cut the office PC\'s cable to the HMI',
      explanation:
        'The office PC is wired straight to the HMI in the control room, past every conduit. Segmentation only means something if every path between zones runs through a conduit that was designed and protected for it; this link is a path nobody assessed, and office malware would reach the HMI in one hop. Office users have no business on the HMI: delete the link.',
      clause: 'IEC 62443-3-3 SR 5.1',
      highlight: ['l2', 'a-office-pc', 'a-hmi'],
      check: noFinding('link-bypasses-conduit', 'l2'),
      fix: (d) => deleteElements(d, { ids: ['l2'] }),
    },
    {
      title: 'Give the HMI its own conduit to Line 1',
      explanation:
        'The HMI talks to PLC-1, but its link is booked on conduit "Ops to line 1", which does not touch the control room. The conduit\'s rules and boundary device therefore never see that traffic. Add a conduit between "Control room" and "Line 1", guarded by a firewall, and put the link on it.',
      clause: 'IEC 62443-3-3 SR 5.1',
      highlight: ['l3', 'a-hmi', 'a-plc1', 'c-ops-line'],
      check: noFinding('link-bypasses-conduit', 'l3'),
      fix: pipe(
        (d) => addAsset(d, { id: 'a-sup-fw', type: 'firewall', name: 'Control room firewall', zoneId: zone('z-sup'), position: { x: 1120, y: 840 } }),
        (d) => addConduit(d, { id: 'c-sup-line', name: 'Control room to line 1', zoneIds: [zone('z-sup'), zone('z-line1')] }),
        (d) => updateLink(d, { id: 'l3' as LinkId, patch: { conduitId: conduit('c-sup-line') } }),
        (d) => setBoundaryDevices(d, { id: conduit('c-sup-line'), assetIds: [asset('a-sup-fw')] }),
        (d) => setFlows(d, { id: conduit('c-sup-line'), flows: [{ protocol: 'opc-ua', port: 4840, from: asset('a-hmi'), to: asset('a-plc1') }] }),
      ),
    },
    {
      title: 'Remove the dangling uplink',
      explanation:
        'Conduit "Spare uplink" is attached to Line 2 only: a leftover that joins nothing, yet lists an SSH flow from the ERP server. A conduit must join the zones it connects; an unused one is an undocumented door. Delete it.',
      clause: 'IEC 62443-3-2 ZCR 3.1',
      highlight: ['c-dangling', 'z-line2'],
      check: noFinding('conduit-dangling'),
      fix: (d) => deleteElements(d, { ids: ['c-dangling'] }),
    },
    {
      title: 'Stop the office reaching Line 1 directly',
      explanation:
        'Conduit "Office to line 1" joins the business network straight to a control zone. Business and control assets must be kept apart, and in practice nothing should cross from the office to the plant floor end to end: data goes up to the DMZ (a historian mirror) and people come in through a jump host. Delete the conduit.',
      clause: 'IEC 62443-3-2 ZCR 3.2',
      highlight: ['c-office-line', 'z-office', 'z-line1'],
      check: noFinding('dmz-bypassed'),
      fix: (d) => deleteElements(d, { ids: ['c-office-line'] }),
    },
    {
      title: 'End remote access in the DMZ',
      explanation:
        'The vendor\'s VPN lands directly in the control room, and the cloud link ends in a DMZ with nothing to mediate it. Access over untrusted networks must be monitored and controlled: end it on a remote-access gateway in the DMZ, and reach the control system from there, one approved session at a time.',
      clause: 'IEC 62443-3-3 SR 1.13',
      highlight: ['c-vendor', 'c-cloud', 'z-vendor', 'z-dmz'],
      check: noFinding('remote-access-unmediated'),
      fix: pipe(
        (d) => resizeZone(d, { id: zone('z-dmz'), position: { x: 430, y: 290 }, size: { width: 440, height: 170 } }),
        (d) => addAsset(d, { id: 'a-ra-gw', type: 'remote-access-gateway', name: 'Remote access gateway', zoneId: zone('z-dmz'), position: { x: 730, y: 340 } }),
        (d) => deleteElements(d, { ids: ['c-vendor', 'l4'] }),
        (d) => addConduit(d, { id: 'c-vendor-dmz', name: 'Vendor VPN', zoneIds: [zone('z-vendor'), zone('z-dmz')] }),
        (d) => addLink(d, { id: 'l-vendor-gw', source: asset('a-vendor-pc'), target: asset('a-ra-gw'), conduitId: conduit('c-vendor-dmz'), medium: 'vpn' }),
        (d) => setFlows(d, { id: conduit('c-vendor-dmz'), flows: [{ protocol: 'https', port: 443, from: asset('a-vendor-pc'), to: asset('a-ra-gw') }] }),
      ),
    },
    {
      title: 'Guard the remaining zone boundaries',
      explanation:
        'Conduits "Cloud upload" and "Historian feed" cross from weaker to stronger zones (one from the Internet) with no firewall on them, so the weaker side sets the protection of the stronger one. Where zones\' targets differ, traffic must be checked where it crosses: list the DMZ firewall as boundary device of both (and of any other conduit the findings name).',
      clause: 'IEC 62443-3-3 SR 5.2',
      highlight: ['c-cloud', 'c-dmz-ops', 'a-dmz-fw'],
      check: noFinding('boundary-unprotected'),
      fix: guardBoundaries,
    },
    {
      title: 'Isolate the safety system',
      explanation:
        'A safety controller sits among the basic control devices of Line 1, and the SIS zone is wired to operations, above the level it serves. A safety system must keep working whatever happens to the rest, so it lives in its own zone and talks only to the control or supervisory zone it serves. Move the safety PLC into "SIS" and remove the operations conduit with its link.',
      clause: 'IEC 62443-3-2 ZCR 3.3',
      highlight: ['a-sis-ctl', 'z-sis', 'c-sis'],
      check: noFinding('safety-not-isolated'),
      fix: pipe(
        (d) => moveElements(d, { moves: [{ id: asset('a-sis-ctl'), position: { x: 980, y: 1090 } }] }),
        (d) => assignAsset(d, { assetId: asset('a-sis-ctl'), zoneId: zone('z-sis') }),
        (d) => deleteElements(d, { ids: ['c-sis', 'l10'] }),
      ),
    },
  ],
};

/** Raises each FR of an asset's SL-C to its zone's SL-T. */
function meetZoneTarget(d: Doc, zoneId: string): Doc {
  const target = d.zones.find((z) => z.id === zoneId)?.slT;
  if (!target) return d;
  let next = d;
  for (const a of d.assets) {
    if (a.zoneId !== zoneId || !a.slC) continue;
    const slC = Object.fromEntries(FR_KEYS.map((fr) => [fr, Math.max(a.slC![fr], target[fr]) as SecurityLevel])) as unknown as SlVector;
    next = setSlC(next, { id: a.id, slC });
  }
  return next;
}

const RAISE_SLT: Scenario = {
  id: 'raise-slt',
  title: 'What does SL-T 3 cost?',
  summary: 'Raise a control zone of the Riverside plant to SL-T 3 in a what-if experiment, see what it asks of the zone and its devices, then keep or revert it.',
  sample: 'purdue-reference-plant.zonewright.json',
  whatIf: true,
  steps: [
    {
      title: 'Raise Reactor cell 1 to SL 3 on FR1',
      explanation:
        'A what-if experiment is running: nothing you do now is final. A new threat assessment says the reactor cell could face attackers with control-system skills, so FR1 (identification and authentication) should withstand SL 3. Select "Reactor cell 1" and set SL-T FR1 IAC to 3. Watch the bar: the zone gains the requirements that start at SL 3, such as multifactor login over untrusted networks.',
      clause: 'IEC 62443-3-2 ZCR 5.6',
      highlight: ['z-cell1'],
      check: (d) => (d.zones.find((z) => z.id === 'z-cell1')?.slT?.IAC ?? 0) >= 3,
      fix: (d) => {
        const slT = d.zones.find((z) => z.id === 'z-cell1')?.slT;
        return slT ? setSlT(d, { id: zone('z-cell1'), slT: { ...slT, IAC: 3 } }) : d;
      },
    },
    {
      title: 'Close the capability gaps',
      explanation:
        'A higher target asks more of every device in the zone: PLCs and switches built for SL 2 cannot reach SL 3, and the findings now name them. In a real project you would replace them or add compensating countermeasures; here, raise their SL-C to what newer models offer. Then decide in the bar: keep the experiment, or revert it in one click.',
      clause: 'IEC 62443-3-2 ZCR 5.12',
      highlight: ['a-plc101', 'a-plc102', 'a-sw-c1'],
      check: (d) => !analysis(d).findings.some((f) => f.rule === 'slc-below-slt' && f.subjects.includes('z-cell1' as never)),
      fix: (d) => meetZoneTarget(d, 'z-cell1'),
    },
  ],
};

export const SCENARIOS: readonly Scenario[] = [FLAWED_PLANT, RAISE_SLT];

export function scenarioById(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
