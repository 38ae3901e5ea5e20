/**
 * Colours and strokes of the printed drawings and the report: the canvas's zone and asset-group
 * colours (translucent fills flattened onto white, so PDF and SVG need no transparency), one
 * accent colour and greys for everything else.
 */
import type { AssetGroup, ZoneKind } from '../model/kinds';
import type { Color } from './surface';

/** An `rgba()` colour laid over white, as `#rrggbb`. */
function overWhite(r: number, g: number, b: number, alpha: number): Color {
  const mix = (c: number) => Math.round(c * alpha + 255 * (1 - alpha));
  return `#${[r, g, b].map((c) => mix(c).toString(16).padStart(2, '0')).join('')}`;
}

export interface ZoneColors {
  readonly fill: Color;
  readonly border: Color;
  readonly text: Color;
  /** Untrusted zones are outlined with dashes. */
  readonly dashed: boolean;
}

export const ZONE_COLORS: Readonly<Record<ZoneKind, ZoneColors>> = {
  untrusted: { fill: overWhite(236, 238, 242, 0.6), border: '#98a1b2', text: '#3b4354', dashed: true },
  enterprise: { fill: overWhite(232, 240, 254, 0.6), border: '#8fb0ec', text: '#1e4a92', dashed: false },
  dmz: { fill: overWhite(255, 246, 224, 0.7), border: '#e3b04b', text: '#7a4d00', dashed: false },
  operations: { fill: overWhite(242, 239, 253, 0.65), border: '#a99be8', text: '#46359c', dashed: false },
  supervisory: { fill: overWhite(230, 245, 250, 0.65), border: '#7cc2dc', text: '#0f5670', dashed: false },
  control: { fill: overWhite(232, 247, 238, 0.65), border: '#79c79b', text: '#17603d', dashed: false },
  safety: { fill: overWhite(253, 238, 236, 0.7), border: '#ec9990', text: '#9a2418', dashed: false },
  field: { fill: overWhite(231, 246, 243, 0.65), border: '#6ec2b3', text: '#115e55', dashed: false },
  'remote-access': { fill: overWhite(252, 238, 247, 0.7), border: '#e193c4', text: '#8c2263', dashed: false },
  other: { fill: overWhite(244, 245, 247, 0.6), border: '#bcc2cd', text: '#3b4354', dashed: false },
};

export const GROUP_COLORS: Readonly<Record<AssetGroup, { readonly fill: Color; readonly icon: Color }>> = {
  control: { fill: '#e7f6ed', icon: '#17734a' },
  supervisory: { fill: '#e6f3fb', icon: '#12628f' },
  network: { fill: '#efecfd', icon: '#5340c5' },
  safety: { fill: '#fdecea', icon: '#b42318' },
  field: { fill: '#e8f6f4', icon: '#136b61' },
  it: { fill: '#edf1f7', icon: '#3b4a63' },
  external: { fill: '#fbf0e6', icon: '#93501a' },
};

export const INK = {
  /** Body text. */
  text: '#1b1f29',
  /** Secondary text: labels, captions. */
  muted: '#5b6475',
  faint: '#8a93a3',
  /** Rules and table lines. */
  rule: '#c9ced6',
  ruleLight: '#e3e6eb',
  /** Table header and zebra fills. */
  shade: '#f3f4f7',
  white: '#ffffff',
  /** The one accent colour of the report and title block. */
  accent: '#3f3a9e',
  accentSoft: '#ecebf8',
  assetBorder: '#c3c9d4',
  /** Conduits: the canvas's violet at half opacity on white, and the label colours. */
  conduit: overWhite(109, 93, 211, 0.5),
  conduitShielded: overWhite(109, 93, 211, 0.75),
  conduitLabelBorder: '#cfc8f3',
  conduitLabelText: '#3f338f',
  link: '#7b8394',
  linkInConduit: '#6d5dd3',
  shield: '#0b7a4b',
  error: '#b42318',
  warning: '#a15c07',
  info: '#1d5fc7',
} as const;
