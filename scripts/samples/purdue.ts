// Riverside chemical plant: the Purdue reference architecture with two control cells and a SIS.
import { SampleBuilder } from './builder';

const control = { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 2 };
export const purdue = new SampleBuilder({
  name: 'Riverside chemical plant',
  description: 'Purdue reference architecture: enterprise, industrial DMZ, site operations, area supervisory control, two control cells and a safety instrumented system.',
  author: 'Zonewright samples',
  organization: 'Riverside Chemicals (fictitious)',
  revision: 'A',
  phase: 'assess',
})
  .zone({ id: 'z-internet', name: 'Internet', kind: 'untrusted', col: 0, row: 0, cols: 1, description: 'Vendors and the public internet' })
  .zone({ id: 'z-enterprise', name: 'Enterprise', kind: 'enterprise', slT: { IAC: 2, UC: 2, SI: 1, DC: 2, RDF: 1, TRE: 1, RA: 1 }, col: 1, row: 0, cols: 3, owner: 'IT department' })
  .zone({ id: 'z-dmz', name: 'Industrial DMZ', kind: 'dmz', slT: { IAC: 2, UC: 2, SI: 2, DC: 2, RDF: 3, TRE: 2, RA: 2 }, col: 1, row: 1, cols: 4, owner: 'OT security lead' })
  .zone({ id: 'z-ops', name: 'Site operations', kind: 'operations', slT: { IAC: 2, UC: 2, SI: 2, DC: 2, RDF: 2, TRE: 2, RA: 2 }, col: 1, row: 2, cols: 4, owner: 'Plant manager' })
  .zone({ id: 'z-sup', name: 'Area supervisory', kind: 'supervisory', slT: control, col: 1, row: 3, cols: 4, owner: 'Process control engineer' })
  .zone({ id: 'z-cell1', name: 'Reactor cell 1', kind: 'control', slT: control, col: 0, row: 4, cols: 2, owner: 'Process control engineer' })
  .zone({ id: 'z-cell2', name: 'Distillation cell 2', kind: 'control', slT: control, col: 1, row: 4, cols: 2, owner: 'Process control engineer' })
  .zone({ id: 'z-sis', name: 'Safety instrumented system', kind: 'safety', slT: { IAC: 3, UC: 3, SI: 3, DC: 1, RDF: 3, TRE: 1, RA: 3 }, col: 2, row: 4, cols: 2, owner: 'Functional safety engineer' })
  .asset({ id: 'a-vendor', name: 'Vendor support portal', type: 'cloud-service', zone: 'z-internet' })
  .asset({ id: 'a-erp', name: 'ERP server', type: 'server', zone: 'z-enterprise', criticality: 'medium' })
  .asset({ id: 'a-office', name: 'Office PC', type: 'it-workstation', zone: 'z-enterprise', criticality: 'low' })
  .asset({ id: 'a-corp-sw', name: 'Corporate switch', type: 'switch', zone: 'z-enterprise' })
  .asset({ id: 'a-fw-ext', name: 'FW-EXT', type: 'firewall', zone: 'z-dmz', vendor: 'Example Networks', model: 'NGFW 400', slC: 3, criticality: 'high' })
  .asset({ id: 'a-fw-itot', name: 'FW-IT/OT', type: 'firewall', zone: 'z-dmz', vendor: 'Example Networks', model: 'NGFW 400', slC: 3, criticality: 'high' })
  .asset({ id: 'a-rag', name: 'Remote-access gateway', type: 'remote-access-gateway', zone: 'z-dmz', slC: 3, criticality: 'high' })
  .asset({ id: 'a-jump', name: 'Jump host', type: 'jump-host', zone: 'z-dmz', slC: { IAC: 2, UC: 2, SI: 2, DC: 2, RDF: 3, TRE: 2, RA: 2 }, criticality: 'high' })
  .asset({ id: 'a-mirror', name: 'Historian mirror', type: 'historian', zone: 'z-dmz', criticality: 'medium' })
  .asset({ id: 'a-patch', name: 'Patch server', type: 'server', zone: 'z-dmz', criticality: 'medium' })
  .asset({ id: 'a-dmz-ids', name: 'DMZ IDS', type: 'ids', zone: 'z-dmz' })
  .asset({ id: 'a-fw-ops', name: 'FW-OPS', type: 'firewall', zone: 'z-ops', slC: 3, criticality: 'high' })
  .asset({ id: 'a-hist', name: 'Plant historian', type: 'historian', zone: 'z-ops', vendor: 'Example Software', criticality: 'high' })
  .asset({ id: 'a-ts', name: 'Terminal server', type: 'server', zone: 'z-ops', criticality: 'medium' })
  .asset({ id: 'a-dc', name: 'OT domain controller', type: 'server', zone: 'z-ops', criticality: 'high' })
  .asset({ id: 'a-ot-ids', name: 'OT IDS', type: 'ids', zone: 'z-ops' })
  .asset({ id: 'a-fw-sup', name: 'FW-SUP', type: 'firewall', zone: 'z-sup', slC: 3, criticality: 'high' })
  .asset({ id: 'a-scada', name: 'SCADA server', type: 'scada-server', zone: 'z-sup', slC: 2, criticality: 'critical' })
  .asset({ id: 'a-hmi1', name: 'HMI-1', type: 'hmi', zone: 'z-sup', slC: 2, criticality: 'high' })
  .asset({ id: 'a-hmi2', name: 'HMI-2', type: 'hmi', zone: 'z-sup', slC: 2, criticality: 'high' })
  .asset({ id: 'a-ews', name: 'Engineering workstation', type: 'engineering-workstation', zone: 'z-sup', slC: 2, criticality: 'critical' })
  .asset({ id: 'a-fw-c1', name: 'FW-C1', type: 'firewall', zone: 'z-cell1', slC: 3 })
  .asset({ id: 'a-sw-c1', name: 'Cell 1 switch', type: 'switch', zone: 'z-cell1', slC: 2 })
  .asset({ id: 'a-plc101', name: 'PLC-101', type: 'plc', zone: 'z-cell1', vendor: 'Example Automation', model: 'X-1500', firmware: '3.2.1', ip: '10.10.1.11', slC: 2, criticality: 'critical' })
  .asset({ id: 'a-plc102', name: 'PLC-102 (legacy)', type: 'plc', zone: 'z-cell1', vendor: 'Example Automation', model: 'X-300', firmware: '1.9', ip: '10.10.1.12', slC: 1, criticality: 'high', notes: 'Replacement planned for the 2027 turnaround.' })
  .asset({ id: 'a-vfd101', name: 'VFD-101', type: 'drive', zone: 'z-cell1', criticality: 'medium' })
  .asset({ id: 'a-fw-c2', name: 'FW-C2', type: 'firewall', zone: 'z-cell2', slC: 3 })
  .asset({ id: 'a-dcs201', name: 'DCS-201', type: 'dcs-controller', zone: 'z-cell2', ip: '10.10.2.21', slC: 2, criticality: 'critical' })
  .asset({ id: 'a-ied201', name: 'IED-201', type: 'ied', zone: 'z-cell2', slC: 2, criticality: 'medium' })
  .asset({ id: 'a-ft201', name: 'FT-201 flow transmitter', type: 'sensor', zone: 'z-cell2', criticality: 'medium' })
  .asset({ id: 'a-fw-sis', name: 'FW-SIS', type: 'firewall', zone: 'z-sis', slC: 3, criticality: 'critical' })
  .asset({ id: 'a-sis1', name: 'Safety controller SIS-1', type: 'safety-controller', zone: 'z-sis', slC: 3, criticality: 'critical' })
  .asset({ id: 'a-xv301', name: 'XV-301 shutdown valve', type: 'actuator', zone: 'z-sis', criticality: 'critical' })
  .conduit({ id: 'c-inet-dmz', name: 'Vendor remote access', zones: ['z-internet', 'z-dmz'], flows: [{ protocol: 'https', port: 443, from: 'a-vendor', to: 'a-rag', description: 'Vendor sessions end at the gateway' }] })
  .conduit({
    id: 'c-ent-dmz', name: 'Enterprise to DMZ', zones: ['z-enterprise', 'z-dmz'],
    flows: [
      { protocol: 'https', port: 443, from: 'a-mirror', to: 'a-erp', description: 'Production KPIs to ERP' },
      { protocol: 'rdp', port: 3389, from: 'a-office', to: 'a-jump', description: 'Support staff reach the jump host' },
    ],
  })
  .conduit({
    id: 'c-dmz-ops', name: 'DMZ to site operations', zones: ['z-dmz', 'z-ops'],
    flows: [
      { protocol: 'opc-ua', port: 4840, from: 'a-hist', to: 'a-mirror', description: 'Historian replication' },
      { protocol: 'rdp', port: 3389, from: 'a-jump', to: 'a-ts' },
      { protocol: 'https', port: 443, from: 'a-dc', to: 'a-patch', description: 'Approved patches pulled from the DMZ' },
    ],
  })
  .conduit({
    id: 'c-ops-sup', name: 'Operations to supervisory', zones: ['z-ops', 'z-sup'],
    flows: [
      { protocol: 'opc-ua', port: 4840, from: 'a-scada', to: 'a-hist' },
      { protocol: 'rdp', port: 3389, from: 'a-ts', to: 'a-ews' },
    ],
  })
  .conduit({
    id: 'c-sup-c1', name: 'Supervisory to reactor cell', zones: ['z-sup', 'z-cell1'],
    flows: [
      { protocol: 'ethernet-ip', port: 44818, from: 'a-scada', to: 'a-plc101', bidirectional: true },
      { protocol: 'ethernet-ip', port: 44818, from: 'a-ews', to: 'a-plc102', description: 'Program download, on approval' },
    ],
  })
  .conduit({ id: 'c-sup-c2', name: 'Supervisory to distillation cell', zones: ['z-sup', 'z-cell2'], flows: [{ protocol: 'opc-ua', port: 4840, from: 'a-scada', to: 'a-dcs201', bidirectional: true }] })
  .conduit({ id: 'c-sup-sis', name: 'SIS status (read only)', zones: ['z-sup', 'z-sis'], flows: [{ protocol: 'modbus-tcp', port: 502, from: 'a-scada', to: 'a-sis1', description: 'Read-only status polling' }] })
  .link('a-vendor', 'a-fw-ext', 'c-inet-dmz', 'vpn')
  .link('a-fw-ext', 'a-rag')
  .link('a-rag', 'a-jump')
  .link('a-erp', 'a-corp-sw')
  .link('a-office', 'a-corp-sw')
  .link('a-corp-sw', 'a-fw-itot', 'c-ent-dmz')
  .link('a-fw-itot', 'a-mirror')
  .link('a-fw-itot', 'a-patch')
  .link('a-fw-itot', 'a-jump')
  .link('a-dmz-ids', 'a-fw-itot')
  .link('a-fw-itot', 'a-fw-ops', 'c-dmz-ops', 'fiber')
  .link('a-fw-ops', 'a-hist')
  .link('a-fw-ops', 'a-ts')
  .link('a-fw-ops', 'a-dc')
  .link('a-ot-ids', 'a-fw-ops')
  .link('a-fw-ops', 'a-fw-sup', 'c-ops-sup', 'fiber')
  .link('a-fw-sup', 'a-scada')
  .link('a-scada', 'a-hmi1')
  .link('a-scada', 'a-hmi2')
  .link('a-fw-sup', 'a-ews')
  .link('a-fw-sup', 'a-fw-c1', 'c-sup-c1')
  .link('a-fw-c1', 'a-sw-c1')
  .link('a-sw-c1', 'a-plc101')
  .link('a-sw-c1', 'a-plc102')
  .link('a-plc101', 'a-vfd101')
  .link('a-fw-sup', 'a-fw-c2', 'c-sup-c2')
  .link('a-fw-c2', 'a-dcs201')
  .link('a-dcs201', 'a-ied201')
  .link('a-dcs201', 'a-ft201')
  .link('a-fw-sup', 'a-fw-sis', 'c-sup-sis')
  .link('a-fw-sis', 'a-sis1')
  .link('a-sis1', 'a-xv301')
  .build();
