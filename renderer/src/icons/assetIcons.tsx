/** One icon per asset type, drawn on the same 24×24 grid with the same stroke. */
import type { AssetType } from '../../../shared';
import { makeIcon, type IconComponent, type IconProps } from './Icon';

export const PlcIcon = makeIcon('PlcIcon', (
  <>
    <rect x="3" y="5" width="18" height="14" rx="1.5" />
    <path d="M8 5v14M13 5v14M15.5 9h3M15.5 12h3M15.5 15h3" />
    <path d="M5.5 9h.01M5.5 12h.01M10.5 9h.01M10.5 12h.01" />
  </>
));
export const RtuIcon = makeIcon('RtuIcon', (
  <>
    <rect x="3" y="8" width="18" height="12" rx="1.5" />
    <path d="M7 8V3M5 4.5h4" />
    <path d="M11 12h6M11 16h6M6.5 12h.01M6.5 16h.01" />
  </>
));
export const DcsControllerIcon = makeIcon('DcsControllerIcon', (
  <>
    <rect x="3" y="3.5" width="18" height="7.5" rx="1.5" />
    <rect x="3" y="13" width="18" height="7.5" rx="1.5" />
    <path d="M7 7.25h5M7 16.75h5" />
    <circle cx="17" cy="7.25" r="1" />
    <circle cx="17" cy="16.75" r="1" />
  </>
));
export const SafetyControllerIcon = makeIcon('SafetyControllerIcon', (
  <>
    <rect x="3" y="4" width="18" height="16" rx="1.5" />
    <path d="M12 7.5l4 1.5v3c0 2.5-1.8 4.2-4 5-2.2-.8-4-2.5-4-5V9z" />
    <path d="M10.5 12.25l1 1 2-2.25" />
  </>
));
export const IedIcon = makeIcon('IedIcon', (
  <>
    <rect x="4" y="3" width="16" height="18" rx="2" />
    <path d="M13 6.5l-3.5 5.5h5L11 17.5" />
  </>
));
export const HmiIcon = makeIcon('HmiIcon', (
  <>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <rect x="6" y="7" width="12" height="7" rx="1" />
    <path d="M7 17h2M11 17h2M15 17h2" />
  </>
));
export const ScadaServerIcon = makeIcon('ScadaServerIcon', (
  <>
    <rect x="3" y="4" width="18" height="12" rx="1.5" />
    <path d="M9 20h6M12 16v4" />
    <path d="M8 13a4 4 0 0 1 8 0" />
    <path d="M12 13l2.2-2.6" />
  </>
));
export const HistorianIcon = makeIcon('HistorianIcon', (
  <>
    <ellipse cx="10" cy="5.5" rx="6" ry="2.5" />
    <path d="M4 5.5v12c0 1.4 2.7 2.5 6 2.5M16 5.5V10M4 11.5c0 1.4 2.7 2.5 6 2.5" />
    <circle cx="17" cy="17" r="4" />
    <path d="M17 15v2l1.3 1" />
  </>
));
export const EngineeringWorkstationIcon = makeIcon('EngineeringWorkstationIcon', (
  <>
    <rect x="4" y="5" width="16" height="11" rx="1.5" />
    <path d="M2 19h20" />
    <path d="M10.5 8.5l-2 2 2 2M13.5 8.5l2 2-2 2" />
  </>
));
export const OperatorWorkstationIcon = makeIcon('OperatorWorkstationIcon', (
  <>
    <rect x="3" y="4" width="18" height="12" rx="1.5" />
    <path d="M8 20h8M12 16v4" />
    <circle cx="12" cy="8.75" r="1.75" />
    <path d="M9 13.5a3 3 0 0 1 6 0" />
  </>
));
export const ServerIcon = makeIcon('ServerIcon', (
  <>
    <rect x="4" y="3.5" width="16" height="7" rx="1.5" />
    <rect x="4" y="13.5" width="16" height="7" rx="1.5" />
    <path d="M8 7h.01M8 17h.01M12 7h4M12 17h4" />
  </>
));
export const ItWorkstationIcon = makeIcon('ItWorkstationIcon', (
  <>
    <rect x="3" y="4" width="18" height="12" rx="1.5" />
    <path d="M8 20h8M12 16v4" />
  </>
));
export const FirewallIcon = makeIcon('FirewallIcon', (
  <>
    <rect x="3" y="5" width="18" height="14" rx="1.5" />
    <path d="M3 9.7h18M3 14.3h18M9 5v4.7M15 5v4.7M6 9.7v4.6M12 9.7v4.6M18 9.7v4.6M9 14.3V19M15 14.3V19" />
  </>
));
export const DataDiodeIcon = makeIcon('DataDiodeIcon', (
  <>
    <path d="M2.5 12H8M16 12h5.5" />
    <path d="M8 6.5l8 5.5-8 5.5z" />
    <path d="M16 6.5v11" />
  </>
));
export const RouterIcon = makeIcon('RouterIcon', (
  <>
    <circle cx="12" cy="12" r="9" />
    <path d="M7.5 9.5h8M13.5 7.5l2 2-2 2M16.5 14.5h-8M10.5 12.5l-2 2 2 2" />
  </>
));
export const SwitchIcon = makeIcon('SwitchIcon', (
  <>
    <rect x="3" y="6" width="18" height="12" rx="2" />
    <path d="M7 10h9M14 8l2 2-2 2M17 14H8M10 12l-2 2 2 2" />
  </>
));
export const WirelessApIcon = makeIcon('WirelessApIcon', (
  <>
    <rect x="4" y="15" width="16" height="5" rx="1.5" />
    <path d="M12 15v-3" />
    <path d="M9 9.5a4.2 4.2 0 0 1 6 0M6.5 7a7.8 7.8 0 0 1 11 0" />
    <path d="M8 17.5h.01" />
  </>
));
export const RemoteAccessGatewayIcon = makeIcon('RemoteAccessGatewayIcon', (
  <>
    <path d="M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4" />
    <path d="M3 12h11M10 8l4 4-4 4" />
  </>
));
export const JumpHostIcon = makeIcon('JumpHostIcon', (
  <>
    <rect x="11" y="4" width="10" height="16" rx="1.5" />
    <path d="M14 8h4M14 11h4M14 16h.01" />
    <path d="M3 12h6M6.5 9l3 3-3 3" />
  </>
));
export const IdsIcon = makeIcon('IdsIcon', (
  <>
    <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z" />
    <circle cx="12" cy="12" r="3" />
  </>
));
export const SensorIcon = makeIcon('SensorIcon', (
  <>
    <path d="M4 16a8 8 0 1 1 16 0" />
    <path d="M12 16l4-5" />
    <circle cx="12" cy="16" r="1.25" />
    <path d="M4 20h16" />
  </>
));
export const ActuatorIcon = makeIcon('ActuatorIcon', (
  <>
    <path d="M4 9v8l8-4zM20 9v8l-8-4z" />
    <path d="M12 13V5M9 5h6" />
  </>
));
export const DriveIcon = makeIcon('DriveIcon', (
  <>
    <circle cx="10.5" cy="12" r="6.5" />
    <path d="M17 12h4.5" />
    <path d="M8 14.5v-5l2.5 3 2.5-3v5" />
  </>
));
export const ModemIcon = makeIcon('ModemIcon', (
  <>
    <rect x="3" y="13" width="18" height="7" rx="2" />
    <path d="M7 16.5h.01M10.5 16.5h.01M14 16.5h3" />
    <path d="M9 9.5a4.2 4.2 0 0 1 6 0M6.5 7a7.8 7.8 0 0 1 11 0" />
  </>
));
export const CloudServiceIcon = makeIcon('CloudServiceIcon', (
  <path d="M7 18.5a4.5 4.5 0 0 1-.6-8.96A6 6 0 0 1 18 10.5a4 4 0 0 1-.5 8z" />
));
export const ApplicationIcon = makeIcon('ApplicationIcon', (
  <>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="M3 8.5h18M6 6.25h.01M8.5 6.25h.01" />
    <rect x="6" y="11.5" width="5" height="5" rx=".75" />
    <path d="M14 12.5h4M14 15.5h3" />
  </>
));
export const OtherAssetIcon = makeIcon('OtherAssetIcon', (
  <>
    <rect x="4" y="4" width="16" height="16" rx="3" strokeDasharray="3 2.5" />
    <path d="M9.75 9.75a2.25 2.25 0 1 1 3.2 2.05c-.55.27-.95.75-.95 1.35v.35M12 16.5h.01" />
  </>
));

/** The icon of each asset type. */
export const ASSET_ICONS: Readonly<Record<AssetType, IconComponent>> = {
  plc: PlcIcon,
  rtu: RtuIcon,
  'dcs-controller': DcsControllerIcon,
  'safety-controller': SafetyControllerIcon,
  ied: IedIcon,
  hmi: HmiIcon,
  'scada-server': ScadaServerIcon,
  historian: HistorianIcon,
  'engineering-workstation': EngineeringWorkstationIcon,
  'operator-workstation': OperatorWorkstationIcon,
  server: ServerIcon,
  'it-workstation': ItWorkstationIcon,
  firewall: FirewallIcon,
  'data-diode': DataDiodeIcon,
  router: RouterIcon,
  switch: SwitchIcon,
  'wireless-ap': WirelessApIcon,
  'remote-access-gateway': RemoteAccessGatewayIcon,
  'jump-host': JumpHostIcon,
  ids: IdsIcon,
  sensor: SensorIcon,
  actuator: ActuatorIcon,
  drive: DriveIcon,
  modem: ModemIcon,
  'cloud-service': CloudServiceIcon,
  application: ApplicationIcon,
  other: OtherAssetIcon,
};

export function AssetIcon({ type, ...props }: IconProps & { readonly type: AssetType }) {
  const Icon = ASSET_ICONS[type] ?? OtherAssetIcon;
  return <Icon {...props} />;
}
