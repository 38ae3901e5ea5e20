// Packaging line 4: a machine builder's cell with a nested safety zone and remote service through the plant DMZ.
import { SampleBuilder } from './builder';

const cell = { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 2 };
export const machine = new SampleBuilder({
  name: 'Packaging line 4',
  description: 'A machine builder cell: PLC, drives and a nested safety zone, supervised from the line, serviced remotely through the plant DMZ.',
  author: 'Zonewright samples',
  organization: 'Example Packaging Machines (fictitious)',
  revision: '1',
  phase: 'assess',
})
  .zone({ id: 'z-service', name: 'Machine builder service', kind: 'remote-access', slT: 1, col: 0, row: 0, cols: 1 })
  .zone({ id: 'z-dmz', name: 'Plant DMZ', kind: 'dmz', slT: { IAC: 2, UC: 2, SI: 2, DC: 2, RDF: 2, TRE: 1, RA: 2 }, col: 1, row: 0, cols: 3 })
  .zone({ id: 'z-ops', name: 'Plant operations', kind: 'operations', slT: { IAC: 2, UC: 2, SI: 2, DC: 2, RDF: 2, TRE: 1, RA: 2 }, col: 1, row: 1, cols: 3 })
  .zone({ id: 'z-line', name: 'Line 4 supervisory', kind: 'supervisory', slT: cell, col: 1, row: 2, cols: 3 })
  .zone({ id: 'z-cell', name: 'Packaging cell 4', kind: 'control', slT: cell, col: 1, row: 3, cols: 4, w: 620, h: 400 })
  .zone({ id: 'z-safety', name: 'Cell 4 safety', kind: 'safety', slT: { IAC: 2, UC: 2, SI: 3, DC: 1, RDF: 3, TRE: 1, RA: 3 }, parentId: 'z-cell', col: 20, row: 200, w: 580, h: 180 })
  .asset({ id: 'a-tech', name: 'Service technician laptop', type: 'it-workstation', zone: 'z-service' })
  .asset({ id: 'a-rag', name: 'Remote-access gateway', type: 'remote-access-gateway', zone: 'z-dmz', slC: 3 })
  .asset({ id: 'a-dmz-fw', name: 'FW-DMZ', type: 'firewall', zone: 'z-dmz', slC: 3 })
  .asset({ id: 'a-mes', name: 'MES server', type: 'server', zone: 'z-ops', criticality: 'high' })
  .asset({ id: 'a-ops-fw', name: 'FW-OPS', type: 'firewall', zone: 'z-ops', slC: 3 })
  .asset({ id: 'a-line-fw', name: 'FW-LINE', type: 'firewall', zone: 'z-line', slC: 3 })
  .asset({ id: 'a-line-hmi', name: 'Line HMI', type: 'hmi', zone: 'z-line', slC: 2 })
  .asset({ id: 'a-ews', name: 'Line engineering station', type: 'engineering-workstation', zone: 'z-line', slC: 2, criticality: 'high' })
  .asset({ id: 'a-cell-fw', name: 'FW-CELL', type: 'firewall', zone: 'z-cell', slC: 3, at: [0, 0] })
  .asset({ id: 'a-plc', name: 'Cell PLC', type: 'plc', zone: 'z-cell', slC: 2, criticality: 'critical', at: [1, 0] })
  .asset({ id: 'a-drive1', name: 'Servo drive X', type: 'drive', zone: 'z-cell', at: [2, 0] })
  .asset({ id: 'a-drive2', name: 'Servo drive Y', type: 'drive', zone: 'z-cell', at: [3, 0] })
  .asset({ id: 'a-safety-gw', name: 'Safety gateway', type: 'firewall', zone: 'z-safety', slC: 3, at: [0, 0] })
  .asset({ id: 'a-sc', name: 'Safety PLC', type: 'safety-controller', zone: 'z-safety', slC: 3, criticality: 'critical', at: [1, 0] })
  .asset({ id: 'a-curtain', name: 'Light curtain', type: 'sensor', zone: 'z-safety', at: [2, 0] })
  .asset({ id: 'a-estop', name: 'E-stop circuit', type: 'actuator', zone: 'z-safety', at: [3, 0] })
  .conduit({ id: 'c-service', name: 'Remote service', zones: ['z-service', 'z-dmz'], flows: [{ protocol: 'https', port: 443, from: 'a-tech', to: 'a-rag' }] })
  .conduit({ id: 'c-dmz-ops', name: 'DMZ to operations', zones: ['z-dmz', 'z-ops'], flows: [{ protocol: 'rdp', port: 3389, from: 'a-rag', to: 'a-mes', description: 'Brokered service session' }] })
  .conduit({ id: 'c-ops-line', name: 'Operations to line', zones: ['z-ops', 'z-line'], flows: [{ protocol: 'opc-ua', port: 4840, from: 'a-mes', to: 'a-line-hmi', bidirectional: true }] })
  .conduit({ id: 'c-line-cell', name: 'Line to cell', zones: ['z-line', 'z-cell'], flows: [{ protocol: 'profinet', port: 34964, from: 'a-line-hmi', to: 'a-plc', bidirectional: true }, { protocol: 's7comm', port: 102, from: 'a-ews', to: 'a-plc' }] })
  .conduit({ id: 'c-cell-safety', name: 'Cell to safety', zones: ['z-cell', 'z-safety'], flows: [{ protocol: 'profisafe', from: 'a-plc', to: 'a-sc', bidirectional: true, description: 'Status and reset only' }] })
  .link('a-tech', 'a-rag', 'c-service', 'vpn')
  .link('a-rag', 'a-dmz-fw')
  .link('a-dmz-fw', 'a-ops-fw', 'c-dmz-ops')
  .link('a-ops-fw', 'a-mes')
  .link('a-ops-fw', 'a-line-fw', 'c-ops-line')
  .link('a-line-fw', 'a-line-hmi')
  .link('a-line-fw', 'a-ews')
  .link('a-line-fw', 'a-cell-fw', 'c-line-cell')
  .link('a-cell-fw', 'a-plc')
  .link('a-plc', 'a-drive1')
  .link('a-plc', 'a-drive2')
  .link('a-plc', 'a-safety-gw', 'c-cell-safety')
  .link('a-safety-gw', 'a-sc')
  .link('a-sc', 'a-curtain')
  .link('a-sc', 'a-estop')
  .build();
