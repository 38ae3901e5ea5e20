/**
 * Shared test fixtures of the segmentation rules: a well-designed Purdue-style plant on which no
 * rule fires, and a helper to pick one rule's findings. Used by tests only.
 */
import type { ZonewrightDocument } from '../../model/document';
import { makeDocument, type DocumentInput } from '../../testing/makeDocument';
import { analyze } from '../analyze';
import type { Finding } from '../types';

const CONTROL_SLT = { IAC: 2, UC: 2, SI: 3, DC: 1, RDF: 3, TRE: 2, RA: 3 };
const SUPERVISORY_SLT = { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 2, RA: 2 };

/**
 * Vendor access over the Internet ends on a remote-access gateway in the DMZ; every zone boundary
 * has a firewall (held by the lower zone) with switches on both sides; every conduit lists its
 * flows; each zone with TRE 2 or more has an IDS sensor on a SPAN port of its switch.
 */
export const GOOD_PLANT: DocumentInput = {
  meta: { name: 'Good plant' },
  zones: [
    { id: 'z-internet', name: 'Internet', kind: 'untrusted' },
    { id: 'z-ent', name: 'Enterprise', kind: 'enterprise', slT: 1 },
    { id: 'z-dmz', name: 'DMZ', kind: 'dmz', slT: 2 },
    { id: 'z-ops', name: 'Site operations', kind: 'operations', slT: 2 },
    { id: 'z-sup', name: 'Area supervisory', kind: 'supervisory', slT: SUPERVISORY_SLT },
    { id: 'z-ctl', name: 'Cell 1', kind: 'control', slT: CONTROL_SLT },
    { id: 'z-sis', name: 'SIS', kind: 'safety', slT: 3 },
  ],
  assets: [
    { id: 'a-vendor', name: 'Vendor laptop', type: 'it-workstation', zoneId: 'z-internet' },

    { id: 'a-ent-sw', name: 'Office switch', type: 'switch', zoneId: 'z-ent' },
    { id: 'a-erp', name: 'ERP server', type: 'server', zoneId: 'z-ent' },
    { id: 'a-office', name: 'Office PC', type: 'it-workstation', zoneId: 'z-ent' },

    { id: 'a-dmz-sw', name: 'DMZ switch', type: 'switch', zoneId: 'z-dmz' },
    { id: 'a-fw-ent', name: 'Enterprise firewall', type: 'firewall', zoneId: 'z-dmz', slC: 2 },
    { id: 'a-rag', name: 'Remote-access gateway', type: 'remote-access-gateway', zoneId: 'z-dmz', slC: 2 },
    { id: 'a-jump', name: 'Jump host', type: 'jump-host', zoneId: 'z-dmz' },
    { id: 'a-hist-dmz', name: 'DMZ historian', type: 'historian', zoneId: 'z-dmz' },
    { id: 'a-ids-dmz', name: 'DMZ IDS', type: 'ids', zoneId: 'z-dmz' },

    { id: 'a-ops-sw', name: 'Operations switch', type: 'switch', zoneId: 'z-ops' },
    { id: 'a-fw-ops', name: 'OT firewall', type: 'firewall', zoneId: 'z-ops', slC: 2 },
    { id: 'a-hist', name: 'Plant historian', type: 'historian', zoneId: 'z-ops' },
    { id: 'a-ews', name: 'Engineering workstation', type: 'engineering-workstation', zoneId: 'z-ops' },
    { id: 'a-ids-ops', name: 'Operations IDS', type: 'ids', zoneId: 'z-ops' },

    { id: 'a-sup-sw', name: 'Supervisory switch', type: 'switch', zoneId: 'z-sup' },
    { id: 'a-fw-sup', name: 'Supervisory firewall', type: 'firewall', zoneId: 'z-sup', slC: 2 },
    { id: 'a-scada', name: 'SCADA server', type: 'scada-server', zoneId: 'z-sup', slC: 2 },
    { id: 'a-hmi', name: 'HMI-1', type: 'hmi', zoneId: 'z-sup' },
    { id: 'a-ids-sup', name: 'Supervisory IDS', type: 'ids', zoneId: 'z-sup' },

    { id: 'a-ctl-sw', name: 'Cell switch', type: 'switch', zoneId: 'z-ctl' },
    { id: 'a-fw-ctl', name: 'Cell firewall', type: 'firewall', zoneId: 'z-ctl', slC: 3 },
    { id: 'a-plc1', name: 'PLC-1', type: 'plc', zoneId: 'z-ctl', slC: 3 },
    { id: 'a-plc2', name: 'PLC-2', type: 'plc', zoneId: 'z-ctl', slC: CONTROL_SLT },
    { id: 'a-ids-ctl', name: 'Cell IDS', type: 'ids', zoneId: 'z-ctl' },

    { id: 'a-sis-sw', name: 'SIS switch', type: 'switch', zoneId: 'z-sis' },
    { id: 'a-fw-sis', name: 'SIS firewall', type: 'firewall', zoneId: 'z-sis', slC: 3 },
    { id: 'a-sis', name: 'SIS controller', type: 'safety-controller', zoneId: 'z-sis', slC: 3 },
    { id: 'a-ids-sis', name: 'SIS monitor', type: 'ids', zoneId: 'z-sis' },
  ],
  conduits: [
    {
      id: 'c-vendor',
      name: 'Vendor remote access',
      zoneIds: ['z-internet', 'z-dmz'],
      boundaryDevices: ['a-rag'],
      flows: [{ protocol: 'HTTPS', port: 443, from: 'a-vendor', to: 'a-rag' }],
    },
    {
      id: 'c-ent-dmz',
      name: 'Enterprise – DMZ',
      zoneIds: ['z-ent', 'z-dmz'],
      boundaryDevices: ['a-fw-ent'],
      flows: [{ protocol: 'HTTPS', port: 443, from: 'a-office', to: 'a-hist-dmz' }],
    },
    {
      id: 'c-dmz-ops',
      name: 'DMZ – Operations',
      zoneIds: ['z-dmz', 'z-ops'],
      boundaryDevices: ['a-fw-ops'],
      flows: [
        { protocol: 'RDP', port: 3389, from: 'a-jump', to: 'a-ews' },
        { protocol: 'HTTPS', port: 443, from: 'a-hist', to: 'a-hist-dmz' },
      ],
    },
    {
      id: 'c-ops-sup',
      name: 'Operations – Supervisory',
      zoneIds: ['z-ops', 'z-sup'],
      boundaryDevices: ['a-fw-sup'],
      flows: [
        { protocol: 'OPC UA', port: 4840, from: 'a-hist', to: 'a-scada' },
        { protocol: 'RDP', port: 3389, from: 'a-ews', to: 'a-hmi' },
      ],
    },
    {
      id: 'c-sup-ctl',
      name: 'Supervisory – Cell 1',
      zoneIds: ['z-sup', 'z-ctl'],
      slT: CONTROL_SLT,
      boundaryDevices: ['a-fw-ctl'],
      flows: [
        { protocol: 'EtherNet/IP', port: 44818, from: 'a-scada', to: 'a-plc1', bidirectional: true },
        { protocol: 'EtherNet/IP', port: 44818, from: 'a-scada', to: 'a-plc2', bidirectional: true },
      ],
    },
    {
      id: 'c-ctl-sis',
      name: 'Cell 1 – SIS',
      zoneIds: ['z-ctl', 'z-sis'],
      boundaryDevices: ['a-fw-sis'],
      flows: [{ protocol: 'Modbus/TCP', port: 502, from: 'a-plc1', to: 'a-sis' }],
    },
  ],
  links: [
    { id: 'l-vendor-rag', source: 'a-vendor', target: 'a-rag', conduitId: 'c-vendor', medium: 'vpn' },
    { id: 'l-rag-dmz', source: 'a-rag', target: 'a-dmz-sw' },

    { id: 'l-erp', source: 'a-erp', target: 'a-ent-sw' },
    { id: 'l-office', source: 'a-office', target: 'a-ent-sw' },
    { id: 'l-fw-ent-out', source: 'a-ent-sw', target: 'a-fw-ent', conduitId: 'c-ent-dmz' },
    { id: 'l-fw-ent-in', source: 'a-fw-ent', target: 'a-dmz-sw', conduitId: 'c-ent-dmz' },

    { id: 'l-jump', source: 'a-jump', target: 'a-dmz-sw' },
    { id: 'l-hist-dmz', source: 'a-hist-dmz', target: 'a-dmz-sw' },
    { id: 'l-ids-dmz', source: 'a-ids-dmz', target: 'a-dmz-sw' },
    { id: 'l-fw-ops-out', source: 'a-dmz-sw', target: 'a-fw-ops', conduitId: 'c-dmz-ops' },
    { id: 'l-fw-ops-in', source: 'a-fw-ops', target: 'a-ops-sw', conduitId: 'c-dmz-ops' },

    { id: 'l-hist', source: 'a-hist', target: 'a-ops-sw' },
    { id: 'l-ews', source: 'a-ews', target: 'a-ops-sw' },
    { id: 'l-ids-ops', source: 'a-ids-ops', target: 'a-ops-sw' },
    { id: 'l-fw-sup-out', source: 'a-ops-sw', target: 'a-fw-sup', conduitId: 'c-ops-sup' },
    { id: 'l-fw-sup-in', source: 'a-fw-sup', target: 'a-sup-sw', conduitId: 'c-ops-sup' },

    { id: 'l-scada', source: 'a-scada', target: 'a-sup-sw' },
    { id: 'l-hmi', source: 'a-hmi', target: 'a-sup-sw' },
    { id: 'l-ids-sup', source: 'a-ids-sup', target: 'a-sup-sw' },
    { id: 'l-fw-ctl-out', source: 'a-sup-sw', target: 'a-fw-ctl', conduitId: 'c-sup-ctl' },
    { id: 'l-fw-ctl-in', source: 'a-fw-ctl', target: 'a-ctl-sw', conduitId: 'c-sup-ctl' },

    { id: 'l-plc1', source: 'a-plc1', target: 'a-ctl-sw' },
    { id: 'l-plc2', source: 'a-plc2', target: 'a-ctl-sw' },
    { id: 'l-ids-ctl', source: 'a-ids-ctl', target: 'a-ctl-sw' },
    { id: 'l-fw-sis-out', source: 'a-ctl-sw', target: 'a-fw-sis', conduitId: 'c-ctl-sis' },
    { id: 'l-fw-sis-in', source: 'a-fw-sis', target: 'a-sis-sw', conduitId: 'c-ctl-sis' },

    { id: 'l-sis', source: 'a-sis', target: 'a-sis-sw' },
    { id: 'l-ids-sis', source: 'a-ids-sis', target: 'a-sis-sw' },
  ],
};

export const goodPlant: ZonewrightDocument = makeDocument(GOOD_PLANT);

/** The findings of one rule on a document, in report order. */
export function findingsOf(doc: ZonewrightDocument, ruleId: string): Finding[] {
  return analyze(doc).findings.filter((f) => f.rule === ruleId);
}
