// Northfield water utility: a SCADA centre, remote pump stations over cellular VPN, vendor remote access, a data diode.
import { SampleBuilder } from './builder';
import { systemRequirementsFor } from '../../shared/catalog/requirements';
import { uniformSl } from '../../shared/model/securityLevels';

/** The utility is in implementation: most SL 2 requirements are in place, a few remain open. */
function progress(open: string[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const states: Record<string, unknown> = {};
  for (const r of systemRequirementsFor(uniformSl(2))) states[r.id] = { status: open.includes(r.id) ? 'planned' : 'implemented' };
  return { ...states, ...extra };
}

const site = { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 2, TRE: 1, RA: 2 };
export const water = new SampleBuilder({
  name: 'Northfield water utility',
  description: 'A water utility: corporate IT, a utility DMZ with vendor remote access, operations behind a data diode, the SCADA control centre and three remote sites reached over cellular VPN.',
  author: 'Zonewright samples',
  organization: 'Northfield Water (fictitious)',
  revision: 'B',
  phase: 'implement',
})
  .zone({ id: 'z-vendor', name: 'Vendor remote access', kind: 'remote-access', slT: 1, col: 0, row: 0, cols: 1, description: 'Integrator and vendor laptops, outside the utility' })
  .zone({ id: 'z-corp', name: 'Corporate IT', kind: 'enterprise', slT: { IAC: 2, UC: 2, SI: 1, DC: 2, RDF: 1, TRE: 1, RA: 1 }, col: 1, row: 0, cols: 3 })
  .zone({ id: 'z-dmz', name: 'Utility DMZ', kind: 'dmz', slT: 2, col: 1, row: 1, cols: 4 })
  .zone({ id: 'z-ops', name: 'Operations', kind: 'operations', slT: { IAC: 2, UC: 2, SI: 2, DC: 1, RDF: 3, TRE: 2, RA: 2 }, col: 1, row: 2, cols: 3 })
  .zone({ id: 'z-scada', name: 'SCADA control centre', kind: 'supervisory', slT: site, requirements: progress(['SR 1.1 RE 1', 'SR 6.2'], { 'SR 5.3': { status: 'not-applicable', justification: 'No e-mail or messaging clients exist in the control centre.' }, 'SR 1.13 RE 1': { status: 'compensated', compensatingCountermeasure: 'Vendor sessions are approved per ticket at the remote-access gateway in the DMZ.' } }), col: 1, row: 3, cols: 4 })
  .zone({ id: 'z-plant', name: 'Treatment plant', kind: 'control', slT: site, col: 0, row: 4, cols: 2 })
  .zone({ id: 'z-north', name: 'Pump station North', kind: 'control', slT: site, requirements: progress([]), col: 1, row: 4, cols: 2 })
  .zone({ id: 'z-east', name: 'Reservoir East', kind: 'control', slT: site, col: 2, row: 4, cols: 2 })
  .asset({ id: 'a-laptop', name: 'Integrator laptop', type: 'it-workstation', zone: 'z-vendor' })
  .asset({ id: 'a-bi', name: 'Business intelligence server', type: 'server', zone: 'z-corp' })
  .asset({ id: 'a-corp-fw', name: 'Corporate firewall', type: 'firewall', zone: 'z-corp', slC: 2 })
  .asset({ id: 'a-rag', name: 'Remote-access gateway', type: 'remote-access-gateway', zone: 'z-dmz', slC: 3, criticality: 'high' })
  .asset({ id: 'a-jump', name: 'Jump host', type: 'jump-host', zone: 'z-dmz', slC: 2, criticality: 'high' })
  .asset({ id: 'a-mirror', name: 'Historian replica', type: 'historian', zone: 'z-dmz' })
  .asset({ id: 'a-dmz-ids', name: 'DMZ network monitor', type: 'ids', zone: 'z-dmz' })
  .asset({ id: 'a-diode', name: 'Data diode DD-1', type: 'data-diode', zone: 'z-ops', slC: 4, criticality: 'high' })
  .asset({ id: 'a-ops-fw', name: 'FW-OPS', type: 'firewall', zone: 'z-ops', slC: 3 })
  .asset({ id: 'a-hist', name: 'Process historian', type: 'historian', zone: 'z-ops', criticality: 'high' })
  .asset({ id: 'a-ops-ids', name: 'OT network monitor', type: 'ids', zone: 'z-ops' })
  .asset({ id: 'a-scada-fw', name: 'FW-SCADA', type: 'firewall', zone: 'z-scada', slC: 3 })
  .asset({ id: 'a-fep', name: 'SCADA front-end processor', type: 'scada-server', zone: 'z-scada', slC: 2, criticality: 'critical' })
  .asset({ id: 'a-hmi', name: 'Control room HMI', type: 'hmi', zone: 'z-scada', slC: 2, criticality: 'high' })
  .asset({ id: 'a-ews', name: 'Engineering workstation', type: 'engineering-workstation', zone: 'z-scada', slC: 2, criticality: 'critical' })
  .asset({ id: 'a-plant-fw', name: 'FW-PLANT', type: 'firewall', zone: 'z-plant', slC: 3 })
  .asset({ id: 'a-plant-plc', name: 'Filtration PLC', type: 'plc', zone: 'z-plant', slC: 2, criticality: 'critical' })
  .asset({ id: 'a-dosing', name: 'Chlorine dosing drive', type: 'drive', zone: 'z-plant', criticality: 'critical' })
  .asset({ id: 'a-turb', name: 'Turbidity analyser', type: 'sensor', zone: 'z-plant' })
  .asset({ id: 'a-north-fw', name: 'FW-NORTH', type: 'firewall', zone: 'z-north', slC: 2 })
  .asset({ id: 'a-north-modem', name: 'Cellular router North', type: 'modem', zone: 'z-north' })
  .asset({ id: 'a-north-rtu', name: 'RTU North', type: 'rtu', zone: 'z-north', firmware: '5.1', slC: 2, criticality: 'high' })
  .asset({ id: 'a-north-pump', name: 'Pump drive P-1', type: 'drive', zone: 'z-north' })
  .asset({ id: 'a-east-fw', name: 'FW-EAST', type: 'firewall', zone: 'z-east', slC: 2 })
  .asset({ id: 'a-east-modem', name: 'Cellular router East', type: 'modem', zone: 'z-east' })
  .asset({ id: 'a-east-rtu', name: 'RTU East', type: 'rtu', zone: 'z-east', firmware: '4.7', slC: 1, criticality: 'high', notes: 'Older firmware without authenticated DNP3.' })
  .asset({ id: 'a-east-level', name: 'Level transmitter LT-1', type: 'sensor', zone: 'z-east' })
  .conduit({ id: 'c-vendor', name: 'Vendor access', zones: ['z-vendor', 'z-dmz'], flows: [{ protocol: 'https', port: 443, from: 'a-laptop', to: 'a-rag', description: 'MFA-protected vendor sessions' }] })
  .conduit({ id: 'c-corp', name: 'Corporate to DMZ', zones: ['z-corp', 'z-dmz'], flows: [{ protocol: 'https', port: 443, from: 'a-bi', to: 'a-mirror', description: 'Reports read from the replica' }] })
  .conduit({ id: 'c-diode', name: 'Historian replication (one-way)', zones: ['z-ops', 'z-dmz'], flows: [{ protocol: 'opc-ua', port: 4840, from: 'a-hist', to: 'a-mirror' }] })
  .conduit({ id: 'c-support', name: 'Remote support', zones: ['z-dmz', 'z-ops'], flows: [{ protocol: 'rdp', port: 3389, from: 'a-jump', to: 'a-hist', description: 'Vendor support of the historian, approved per session' }] })
  .conduit({ id: 'c-ops-scada', name: 'Operations to SCADA', zones: ['z-ops', 'z-scada'], flows: [{ protocol: 'opc-ua', port: 4840, from: 'a-fep', to: 'a-hist' }] })
  .conduit({ id: 'c-plant', name: 'Treatment plant link', zones: ['z-scada', 'z-plant'], flows: [{ protocol: 'ethernet-ip', port: 44818, from: 'a-fep', to: 'a-plant-plc', bidirectional: true }] })
  .conduit({ id: 'c-north', name: 'Telemetry North', zones: ['z-scada', 'z-north'], flows: [{ protocol: 'dnp3', port: 20000, from: 'a-fep', to: 'a-north-rtu', bidirectional: true }] })
  .conduit({ id: 'c-east', name: 'Telemetry East', zones: ['z-scada', 'z-east'], flows: [{ protocol: 'dnp3', port: 20000, from: 'a-fep', to: 'a-east-rtu', bidirectional: true }] })
  .link('a-laptop', 'a-rag', 'c-vendor', 'vpn')
  .link('a-rag', 'a-jump')
  .link('a-bi', 'a-corp-fw')
  .link('a-corp-fw', 'a-mirror', 'c-corp')
  .link('a-dmz-ids', 'a-mirror')
  .link('a-hist', 'a-diode')
  .link('a-diode', 'a-mirror', 'c-diode', 'fiber')
  .link('a-jump', 'a-ops-fw', 'c-support')
  .link('a-ops-fw', 'a-hist')
  .link('a-ops-ids', 'a-ops-fw')
  .link('a-ops-fw', 'a-scada-fw', 'c-ops-scada')
  .link('a-scada-fw', 'a-fep')
  .link('a-fep', 'a-hmi')
  .link('a-ews', 'a-scada-fw')
  .link('a-scada-fw', 'a-plant-fw', 'c-plant', 'fiber')
  .link('a-plant-fw', 'a-plant-plc')
  .link('a-plant-plc', 'a-dosing')
  .link('a-plant-plc', 'a-turb')
  .link('a-scada-fw', 'a-north-fw', 'c-north', 'vpn')
  .link('a-north-fw', 'a-north-modem')
  .link('a-north-modem', 'a-north-rtu')
  .link('a-north-rtu', 'a-north-pump')
  .link('a-scada-fw', 'a-east-fw', 'c-east', 'vpn')
  .link('a-east-fw', 'a-east-modem')
  .link('a-east-modem', 'a-east-rtu')
  .link('a-east-rtu', 'a-east-level')
  .build();
