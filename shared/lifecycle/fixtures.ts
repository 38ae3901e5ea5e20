/**
 * Test fixtures of the lifecycle: the well-designed plant of the rule tests taken through every
 * ZCR step (system description, risk registers whose suggestions match its SL-Ts, accepted SL-T
 * decisions, documentation and approval). Used by tests only.
 */
import { GOOD_PLANT } from '../analysis/rules/fixtures';
import type { ZoneId, ZonewrightDocument } from '../model/document';
import { formatProblems, loadDocument } from '../model/load';
import { acceptSuggestion, approve } from './edits';

const ALL = ['IAC', 'UC', 'SI', 'DC', 'RDF', 'TRE', 'RA'];
const mitigated = { countermeasures: 'Firewall rules reviewed quarterly; accounts per person.', residualLikelihood: 1 };
/** Score 4 (2 × 2): Low, within the tolerable 4: SL 1. */
const LOW = { likelihood: 2, consequence: { production: 2 }, vulnerabilities: 'Shared file servers reachable from the office.' };
/** Score 9 (3 × 3): Medium: SL 2; residual 1 × 3 = 3. */
const MEDIUM = { likelihood: 3, consequence: { production: 3, finance: 2 }, vulnerabilities: 'Remote sessions without a second factor.', ...mitigated };
/** Score 16 (4 × 4): High: SL 3; residual 1 × 4 = 4. */
const HIGH = { likelihood: 4, consequence: { safety: 4, production: 3 }, vulnerabilities: 'Controllers accept programming without authentication.', ...mitigated };

const RISKS: Record<string, Record<string, unknown>[]> = {
  'z-ent': [{ id: 'r-ent-1', threatId: 'ransomware-from-it', ...LOW }],
  'z-dmz': [{ id: 'r-dmz-1', threatId: 'remote-access-compromise', frs: ALL, ...MEDIUM }],
  'z-ops': [{ id: 'r-ops-1', threatId: 'engineering-workstation-malware', frs: ALL, ...MEDIUM }],
  'z-sup': [{ id: 'r-sup-1', threatId: 'denial-of-service', frs: ['IAC', 'UC', 'SI', 'RDF', 'TRE', 'RA'], ...MEDIUM }],
  'z-ctl': [
    { id: 'r-ctl-1', threatId: 'unauthorized-logic-change', frs: ['SI', 'RDF', 'RA'], ...HIGH },
    { id: 'r-ctl-2', threatId: 'rogue-device', frs: ['IAC', 'UC', 'TRE'], ...MEDIUM },
  ],
  'z-sis': [{ id: 'r-sis-1', threatId: 'unauthorized-logic-change', frs: ALL, ...HIGH }],
};

/** The good plant with a description, owners, scope, assumptions and risk registers, but no decision or approval yet. */
export function assessedPlant(): ZonewrightDocument {
  return load({
    ...GOOD_PLANT,
    format: 'zonewright',
    version: 1,
    meta: { name: 'Good plant', description: 'Batch plant with one production cell and its safety system.' },
    zones: GOOD_PLANT.zones!.map((z) => ({
      ...z,
      ...(z.kind === 'untrusted' ? {} : { description: `The ${String(z.name)} network.`, owner: 'OT security team' }),
      ...(RISKS[z.id as string] ? { risks: RISKS[z.id as string] } : {}),
    })),
    suc: {
      scope: 'Everything from the enterprise firewall down to the field devices of cell 1 and its SIS.',
      assumptions: 'Locked control rooms; staff trained yearly.',
      threatEnvironment: 'Opportunistic ransomware and targeted attacks through vendor access.',
      policies: 'Corporate OT security policy, version 3.',
      regulations: 'None beyond the corporate policy.',
    },
    risk: { tolerableRisk: 4 },
  });
}

/** Loads a raw document, throwing with every problem listed when it is invalid. */
export function load(raw: Record<string, unknown>): ZonewrightDocument {
  const result = loadDocument(raw);
  if (!result.ok) throw new Error(`invalid test document:\n${formatProblems(result.problems)}`);
  return result.doc;
}

/** Every ZCR step done: the assessed plant with each zone's suggested SL-T accepted, then approved. */
export function completePlant(): ZonewrightDocument {
  let doc = assessedPlant();
  for (const zoneId of Object.keys(RISKS)) doc = acceptSuggestion(doc, { elementId: zoneId as ZoneId, by: 'A. Owner', date: '2025-01-10' });
  return approve(doc, { by: 'A. Owner', role: 'Plant manager', date: '2025-01-15' });
}
