/**
 * The asset-type icons as vector path data: the same shapes as the canvas icons
 * (renderer/src/icons/assetIcons.tsx), on the same 24×24 grid, stroked with round caps and joins.
 * Also the shield that marks a conduit enforced by a boundary device.
 */
import type { AssetType } from '../model/kinds';
import { parsePath } from './svgPath';
import type { PathCommand } from './surface';

/** One stroked shape of an icon. */
export interface IconShape {
  readonly path: readonly PathCommand[];
  /** Dash pattern in icon units, for dashed outlines. */
  readonly dash?: readonly number[];
}

export type Icon = readonly IconShape[];

/** The stroke width of the icons, in icon units (the canvas uses 1.75 on 24). */
export const ICON_STROKE = 1.75;
export const ICON_GRID = 24;

const r = (x: number, y: number, w: number, h: number, rx = 0): string =>
  rx <= 0
    ? `M${x} ${y}h${w}v${h}h${-w}z`
    : `M${x + rx} ${y}h${w - 2 * rx}a${rx} ${rx} 0 0 1 ${rx} ${rx}v${h - 2 * rx}a${rx} ${rx} 0 0 1 ${-rx} ${rx}h${-(w - 2 * rx)}a${rx} ${rx} 0 0 1 ${-rx} ${-rx}v${-(h - 2 * rx)}a${rx} ${rx} 0 0 1 ${rx} ${-rx}z`;
const c = (cx: number, cy: number, radius: number): string => e(cx, cy, radius, radius);
const e = (cx: number, cy: number, rx: number, ry: number): string =>
  `M${cx - rx} ${cy}a${rx} ${ry} 0 1 0 ${2 * rx} 0a${rx} ${ry} 0 1 0 ${-2 * rx} 0z`;

function icon(...shapes: (string | { d: string; dash: number[] })[]): Icon {
  return shapes.map((s) => (typeof s === 'string' ? { path: parsePath(s) } : { path: parsePath(s.d), dash: s.dash }));
}

const SOURCES: Readonly<Record<AssetType, () => Icon>> = {
  plc: () => icon(r(3, 5, 18, 14, 1.5), 'M8 5v14M13 5v14M15.5 9h3M15.5 12h3M15.5 15h3', 'M5.5 9h.01M5.5 12h.01M10.5 9h.01M10.5 12h.01'),
  rtu: () => icon(r(3, 8, 18, 12, 1.5), 'M7 8V3M5 4.5h4', 'M11 12h6M11 16h6M6.5 12h.01M6.5 16h.01'),
  'dcs-controller': () => icon(r(3, 3.5, 18, 7.5, 1.5), r(3, 13, 18, 7.5, 1.5), 'M7 7.25h5M7 16.75h5', c(17, 7.25, 1), c(17, 16.75, 1)),
  'safety-controller': () => icon(r(3, 4, 18, 16, 1.5), 'M12 7.5l4 1.5v3c0 2.5-1.8 4.2-4 5-2.2-.8-4-2.5-4-5V9z', 'M10.5 12.25l1 1 2-2.25'),
  ied: () => icon(r(4, 3, 16, 18, 2), 'M13 6.5l-3.5 5.5h5L11 17.5'),
  hmi: () => icon(r(3, 4, 18, 16, 2), r(6, 7, 12, 7, 1), 'M7 17h2M11 17h2M15 17h2'),
  'scada-server': () => icon(r(3, 4, 18, 12, 1.5), 'M9 20h6M12 16v4', 'M8 13a4 4 0 0 1 8 0', 'M12 13l2.2-2.6'),
  historian: () => icon(e(10, 5.5, 6, 2.5), 'M4 5.5v12c0 1.4 2.7 2.5 6 2.5M16 5.5V10M4 11.5c0 1.4 2.7 2.5 6 2.5', c(17, 17, 4), 'M17 15v2l1.3 1'),
  'engineering-workstation': () => icon(r(4, 5, 16, 11, 1.5), 'M2 19h20', 'M10.5 8.5l-2 2 2 2M13.5 8.5l2 2-2 2'),
  'operator-workstation': () => icon(r(3, 4, 18, 12, 1.5), 'M8 20h8M12 16v4', c(12, 8.75, 1.75), 'M9 13.5a3 3 0 0 1 6 0'),
  server: () => icon(r(4, 3.5, 16, 7, 1.5), r(4, 13.5, 16, 7, 1.5), 'M8 7h.01M8 17h.01M12 7h4M12 17h4'),
  'it-workstation': () => icon(r(3, 4, 18, 12, 1.5), 'M8 20h8M12 16v4'),
  firewall: () => icon(r(3, 5, 18, 14, 1.5), 'M3 9.7h18M3 14.3h18M9 5v4.7M15 5v4.7M6 9.7v4.6M12 9.7v4.6M18 9.7v4.6M9 14.3V19M15 14.3V19'),
  'data-diode': () => icon('M2.5 12H8M16 12h5.5', 'M8 6.5l8 5.5-8 5.5z', 'M16 6.5v11'),
  router: () => icon(c(12, 12, 9), 'M7.5 9.5h8M13.5 7.5l2 2-2 2M16.5 14.5h-8M10.5 12.5l-2 2 2 2'),
  switch: () => icon(r(3, 6, 18, 12, 2), 'M7 10h9M14 8l2 2-2 2M17 14H8M10 12l-2 2 2 2'),
  'wireless-ap': () => icon(r(4, 15, 16, 5, 1.5), 'M12 15v-3', 'M9 9.5a4.2 4.2 0 0 1 6 0M6.5 7a7.8 7.8 0 0 1 11 0', 'M8 17.5h.01'),
  'remote-access-gateway': () => icon('M14 4h4a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2h-4', 'M3 12h11M10 8l4 4-4 4'),
  'jump-host': () => icon(r(11, 4, 10, 16, 1.5), 'M14 8h4M14 11h4M14 16h.01', 'M3 12h6M6.5 9l3 3-3 3'),
  ids: () => icon('M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12z', c(12, 12, 3)),
  sensor: () => icon('M4 16a8 8 0 1 1 16 0', 'M12 16l4-5', c(12, 16, 1.25), 'M4 20h16'),
  actuator: () => icon('M4 9v8l8-4zM20 9v8l-8-4z', 'M12 13V5M9 5h6'),
  drive: () => icon(c(10.5, 12, 6.5), 'M17 12h4.5', 'M8 14.5v-5l2.5 3 2.5-3v5'),
  modem: () => icon(r(3, 13, 18, 7, 2), 'M7 16.5h.01M10.5 16.5h.01M14 16.5h3', 'M9 9.5a4.2 4.2 0 0 1 6 0M6.5 7a7.8 7.8 0 0 1 11 0'),
  'cloud-service': () => icon('M7 18.5a4.5 4.5 0 0 1-.6-8.96A6 6 0 0 1 18 10.5a4 4 0 0 1-.5 8z'),
  application: () => icon(r(3, 4, 18, 16, 2), 'M3 8.5h18M6 6.25h.01M8.5 6.25h.01', r(6, 11.5, 5, 5, 0.75), 'M14 12.5h4M14 15.5h3'),
  other: () =>
    icon({ d: r(4, 4, 16, 16, 3), dash: [3, 2.5] }, 'M9.75 9.75a2.25 2.25 0 1 1 3.2 2.05c-.55.27-.95.75-.95 1.35v.35M12 16.5h.01'),
};

const cache = new Map<AssetType, Icon>();

/** The icon of an asset type (parsed once). */
export function assetIcon(type: AssetType): Icon {
  let hit = cache.get(type);
  if (!hit) cache.set(type, (hit = (SOURCES[type] ?? SOURCES.other)()));
  return hit;
}

let shield: Icon | undefined;
/** The shield of a conduit enforced by a boundary device (the canvas's ShieldIcon). */
export function shieldIcon(): Icon {
  return (shield ??= icon('M12 3l7 2.5v5.5c0 4.5-3 8-7 10-4-2-7-5.5-7-10V5.5z', 'M9 12l2 2 4-4.5'));
}
