// A deliberately flawed plant for training: every rule of the analysis fires at least once.
import { contentHash } from '../../shared/lifecycle/approval';
import { formatProblems, loadDocument } from '../../shared/model/load';
import { SampleBuilder } from './builder';

const plant = new SampleBuilder({
  name: 'Flawed plant (training)',
  description: 'A deliberately flawed architecture: every segmentation rule fires at least once. Fix it step by step.',
  author: 'Zonewright samples',
  revision: 'X',
  phase: 'implement',
})
  .zone({ id: 'z-internet', name: 'Internet', kind: 'untrusted', col: 0, row: 0, cols: 1 })
  .zone({ id: 'z-office', name: 'Office network', kind: 'enterprise', slT: 1, col: 1, row: 0, cols: 2 })
  .zone({ id: 'z-vendor', name: 'Vendor access', kind: 'remote-access', slT: 1, col: 2, row: 0, cols: 1 })
  .zone({ id: 'z-dmz', name: 'Thin DMZ', kind: 'dmz', slT: 2, col: 1, row: 1, cols: 2 })
  .zone({ id: 'z-ops', name: 'Operations', kind: 'operations', slT: { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 2, RA: 2 }, col: 1, row: 2, cols: 3 })
  .zone({ id: 'z-sup', name: 'Control room', kind: 'supervisory', slT: 2, col: 2, row: 3, cols: 3 })
  .zone({ id: 'z-line1', name: 'Line 1', kind: 'control', slT: { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 2 }, col: 0, row: 4, cols: 2 })
  .zone({ id: 'z-line2', name: 'Line 2', kind: 'control', col: 1, row: 4, cols: 2 })
  .zone({ id: 'z-sis', name: 'SIS', kind: 'safety', slT: 3, col: 2, row: 4, cols: 2 })
  .zone({ id: 'z-spare', name: 'Future expansion', kind: 'other', slT: 1, col: 3, row: 4, cols: 1 })
  .asset({ id: 'a-cloud', name: 'Cloud dashboard', type: 'cloud-service', zone: 'z-internet' })
  .asset({ id: 'a-office-pc', name: 'Office PC', type: 'it-workstation', zone: 'z-office' })
  .asset({ id: 'a-erp', name: 'ERP', type: 'server', zone: 'z-office' })
  .asset({ id: 'a-vendor-pc', name: 'Vendor laptop', type: 'it-workstation', zone: 'z-vendor' })
  .asset({ id: 'a-mirror', name: 'Historian mirror', type: 'historian', zone: 'z-dmz' })
  .asset({ id: 'a-dmz-fw', name: 'DMZ firewall', type: 'firewall', zone: 'z-dmz' })
  .asset({ id: 'a-hist', name: 'Historian', type: 'historian', zone: 'z-ops' })
  .asset({ id: 'a-diode', name: 'Data diode', type: 'data-diode', zone: 'z-ops' })
  .asset({ id: 'a-hmi', name: 'HMI', type: 'hmi', zone: 'z-sup' })
  .asset({ id: 'a-ews', name: 'Engineering laptop', type: 'engineering-workstation', zone: 'z-sup' })
  .asset({ id: 'a-plc1', name: 'PLC-1', type: 'plc', zone: 'z-line1', slC: 1 })
  .asset({ id: 'a-sis-ctl', name: 'Safety PLC in line 1', type: 'safety-controller', zone: 'z-line1', slC: 2 })
  .asset({ id: 'a-ap', name: 'Line 1 Wi-Fi', type: 'wireless-ap', zone: 'z-line1' })
  .asset({ id: 'a-plc2', name: 'PLC-2', type: 'plc', zone: 'z-line2' })
  .asset({ id: 'a-sis', name: 'SIS logic solver', type: 'safety-controller', zone: 'z-sis', slC: 3 })
  .asset({ id: 'a-contractor', name: 'Contractor laptop', type: 'engineering-workstation', at: [1300, 40] })
  // Vendors straight into the control room, and the office straight into a line.
  .conduit({ id: 'c-vendor', name: 'Vendor VPN', zones: ['z-vendor', 'z-sup'], flows: [{ protocol: 'rdp', port: 3389, from: 'a-vendor-pc', to: 'a-ews' }] })
  .conduit({ id: 'c-office-line', name: 'Office to line 1', zones: ['z-office', 'z-line1'], flows: [{ protocol: 'http', port: 80, from: 'a-office-pc', to: 'a-plc1' }] })
  // Internet to a DMZ with no gateway or jump host.
  .conduit({ id: 'c-cloud', name: 'Cloud upload', zones: ['z-internet', 'z-dmz'], flows: [{ protocol: 'https', port: 443, from: 'a-mirror', to: 'a-cloud' }] })
  // No flows, no boundary device, own SL-T below its zones.
  .conduit({ id: 'c-dmz-ops', name: 'Historian feed', zones: ['z-dmz', 'z-ops'], slT: 1 })
  // Operations straight to a line: skips the supervisory level; wrong-way data diode.
  .conduit({ id: 'c-ops-line', name: 'Ops to line 1', zones: ['z-ops', 'z-line1'], boundaryDevices: ['a-diode'], flows: [{ protocol: 'opc-ua', port: 4840, from: 'a-hist', to: 'a-plc1' }] })
  .conduit({ id: 'c-lines', name: 'Line 1 to line 2', zones: ['z-line1', 'z-line2'], flows: [{ protocol: 'profinet', from: 'a-plc1', to: 'a-plc2' }] })
  .conduit({ id: 'c-sis', name: 'SIS to operations', zones: ['z-sis', 'z-ops'], boundaryDevices: ['a-diode'], flows: [{ protocol: 'modbus-tcp', port: 502, from: 'a-hist', to: 'a-sis' }] })
  .conduit({ id: 'c-dangling', name: 'Spare uplink', zones: ['z-line2'], flows: [{ protocol: 'ssh', port: 22, from: 'a-erp', to: 'a-plc2' }] })
  .link('a-office-pc', 'a-erp')
  .link('a-office-pc', 'a-hmi')
  .link('a-hmi', 'a-plc1', 'c-ops-line')
  .link('a-vendor-pc', 'a-ews', 'c-vendor', 'vpn')
  .link('a-mirror', 'a-cloud', 'c-cloud')
  .link('a-hist', 'a-diode')
  .link('a-diode', 'a-plc1', 'c-ops-line')
  .link('a-plc1', 'a-plc2', 'c-lines')
  .link('a-plc1', 'a-ap')
  .link('a-hist', 'a-sis', 'c-sis')
  .link('a-dmz-fw', 'a-mirror')
  .build();

// The owner approved the plant before the contractor laptop turned up (so the approval is stale),
// and the yearly reassessment has been due since March 2024 (with any later "today").
const approvedState = loadDocument({ ...plant, assets: (plant.assets as { id: string }[]).filter((a) => a.id !== 'a-contractor') });
if (!approvedState.ok) throw new Error(formatProblems(approvedState.problems));

export const flawed: Record<string, unknown> = {
  ...plant,
  maintenance: { lastReview: '2023-03-01', nextReassessment: '2024-03-01' },
  approval: { by: 'R. Keller', role: 'Plant manager', date: '2023-03-15', contentHash: contentHash(approvedState.doc), revision: 'W' },
};
