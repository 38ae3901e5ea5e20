/** The zone kinds and asset types of the document, with the facts the analysis and UI need. */

export const ZONE_KINDS = [
  'untrusted',
  'enterprise',
  'dmz',
  'operations',
  'supervisory',
  'control',
  'safety',
  'field',
  'remote-access',
  'other',
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export interface ZoneKindInfo {
  readonly label: string;
  /** Purdue reference level; undefined for kinds outside the hierarchy. */
  readonly purdueLevel: number | undefined;
  readonly description: string;
}

export const ZONE_KIND_INFO: Readonly<Record<ZoneKind, ZoneKindInfo>> = {
  untrusted: { label: 'Untrusted', purdueLevel: undefined, description: 'Internet, vendors, partners: networks outside the asset owner\'s control' },
  enterprise: { label: 'Enterprise', purdueLevel: 4, description: 'Business network: ERP, e-mail, office IT' },
  dmz: { label: 'DMZ', purdueLevel: 3.5, description: 'Buffer between enterprise and control networks; nothing crosses it end to end' },
  operations: { label: 'Operations', purdueLevel: 3, description: 'Site operations: historians, site servers, engineering' },
  supervisory: { label: 'Supervisory', purdueLevel: 2, description: 'Area supervisory control: HMIs, SCADA servers' },
  control: { label: 'Control', purdueLevel: 1, description: 'Basic control: PLCs, DCS controllers, RTUs' },
  safety: { label: 'Safety', purdueLevel: 1, description: 'Safety instrumented system (SIS)' },
  field: { label: 'Field', purdueLevel: 0, description: 'Process: sensors, actuators, drives' },
  'remote-access': { label: 'Remote access', purdueLevel: undefined, description: 'Where remote users and vendors enter' },
  other: { label: 'Other', purdueLevel: undefined, description: 'Anything that fits no other kind' },
};

/** IEC 62443-4-2 component classes. */
export const COMPONENT_CLASSES = ['software-application', 'embedded-device', 'host-device', 'network-device'] as const;
export type ComponentClass = (typeof COMPONENT_CLASSES)[number];

/** The 4-2 requirement prefix of each class (SAR, EDR, HDR, NDR). */
export const COMPONENT_CLASS_PREFIX: Readonly<Record<ComponentClass, 'SAR' | 'EDR' | 'HDR' | 'NDR'>> = {
  'software-application': 'SAR',
  'embedded-device': 'EDR',
  'host-device': 'HDR',
  'network-device': 'NDR',
};

export const COMPONENT_CLASS_LABEL: Readonly<Record<ComponentClass, string>> = {
  'software-application': 'Software application',
  'embedded-device': 'Embedded device',
  'host-device': 'Host device',
  'network-device': 'Network device',
};

export const ASSET_TYPES = [
  'plc',
  'rtu',
  'dcs-controller',
  'safety-controller',
  'ied',
  'hmi',
  'scada-server',
  'historian',
  'engineering-workstation',
  'operator-workstation',
  'server',
  'it-workstation',
  'firewall',
  'data-diode',
  'router',
  'switch',
  'wireless-ap',
  'remote-access-gateway',
  'jump-host',
  'ids',
  'sensor',
  'actuator',
  'drive',
  'modem',
  'cloud-service',
  'application',
  'other',
] as const;
export type AssetType = (typeof ASSET_TYPES)[number];

/** Palette groups, in display order. */
export const ASSET_GROUPS = ['control', 'supervisory', 'network', 'safety', 'field', 'it', 'external'] as const;
export type AssetGroup = (typeof ASSET_GROUPS)[number];
export const ASSET_GROUP_LABEL: Readonly<Record<AssetGroup, string>> = {
  control: 'Control',
  supervisory: 'Supervisory',
  network: 'Network & boundary',
  safety: 'Safety',
  field: 'Field',
  it: 'IT',
  external: 'External',
};

export interface AssetTypeInfo {
  readonly label: string;
  readonly componentClass: ComponentClass;
  /** Typical Purdue level, used when the asset states none. */
  readonly purdueLevel: number | undefined;
  readonly group: AssetGroup;
}

export const ASSET_TYPE_INFO: Readonly<Record<AssetType, AssetTypeInfo>> = {
  plc: { label: 'PLC', componentClass: 'embedded-device', purdueLevel: 1, group: 'control' },
  rtu: { label: 'RTU', componentClass: 'embedded-device', purdueLevel: 1, group: 'control' },
  'dcs-controller': { label: 'DCS controller', componentClass: 'embedded-device', purdueLevel: 1, group: 'control' },
  ied: { label: 'IED', componentClass: 'embedded-device', purdueLevel: 1, group: 'control' },
  'safety-controller': { label: 'Safety controller', componentClass: 'embedded-device', purdueLevel: 1, group: 'safety' },
  hmi: { label: 'HMI', componentClass: 'host-device', purdueLevel: 2, group: 'supervisory' },
  'scada-server': { label: 'SCADA server', componentClass: 'host-device', purdueLevel: 2, group: 'supervisory' },
  'operator-workstation': { label: 'Operator workstation', componentClass: 'host-device', purdueLevel: 2, group: 'supervisory' },
  'engineering-workstation': { label: 'Engineering workstation', componentClass: 'host-device', purdueLevel: 2, group: 'supervisory' },
  historian: { label: 'Historian', componentClass: 'host-device', purdueLevel: 3, group: 'supervisory' },
  server: { label: 'Server', componentClass: 'host-device', purdueLevel: 3, group: 'it' },
  'it-workstation': { label: 'IT workstation', componentClass: 'host-device', purdueLevel: 4, group: 'it' },
  application: { label: 'Application', componentClass: 'software-application', purdueLevel: undefined, group: 'it' },
  firewall: { label: 'Firewall', componentClass: 'network-device', purdueLevel: undefined, group: 'network' },
  'data-diode': { label: 'Data diode', componentClass: 'network-device', purdueLevel: undefined, group: 'network' },
  router: { label: 'Router', componentClass: 'network-device', purdueLevel: undefined, group: 'network' },
  switch: { label: 'Switch', componentClass: 'network-device', purdueLevel: undefined, group: 'network' },
  'wireless-ap': { label: 'Wireless access point', componentClass: 'network-device', purdueLevel: undefined, group: 'network' },
  'remote-access-gateway': { label: 'Remote-access gateway', componentClass: 'network-device', purdueLevel: 3.5, group: 'network' },
  'jump-host': { label: 'Jump host', componentClass: 'host-device', purdueLevel: 3.5, group: 'network' },
  ids: { label: 'IDS / network monitor', componentClass: 'network-device', purdueLevel: undefined, group: 'network' },
  sensor: { label: 'Sensor', componentClass: 'embedded-device', purdueLevel: 0, group: 'field' },
  actuator: { label: 'Actuator', componentClass: 'embedded-device', purdueLevel: 0, group: 'field' },
  drive: { label: 'Drive', componentClass: 'embedded-device', purdueLevel: 0, group: 'field' },
  modem: { label: 'Modem', componentClass: 'network-device', purdueLevel: undefined, group: 'external' },
  'cloud-service': { label: 'Cloud service', componentClass: 'software-application', purdueLevel: 5, group: 'external' },
  other: { label: 'Other', componentClass: 'host-device', purdueLevel: undefined, group: 'external' },
};

/** Assets that may carry a conduit across a zone boundary. */
export const BOUNDARY_DEVICE_TYPES: ReadonlySet<AssetType> = new Set<AssetType>(['firewall', 'data-diode', 'remote-access-gateway']);

/** Zone kinds that belong to the IACS below the DMZ. */
export const IACS_ZONE_KINDS: ReadonlySet<ZoneKind> = new Set<ZoneKind>(['operations', 'supervisory', 'control', 'safety', 'field']);

export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Criticality = (typeof CRITICALITIES)[number];

export const LINK_MEDIA = ['wired', 'wireless', 'fiber', 'serial', 'vpn', 'other'] as const;
export type LinkMedium = (typeof LINK_MEDIA)[number];
