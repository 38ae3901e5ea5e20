/**
 * The Zonewright project document (format version 1): the types every layer works with.
 * The zod schema in `schema.ts` produces exactly these types; ids are branded per kind.
 */
import type { AssetType, Criticality, LinkMedium, ZoneKind } from './kinds';
import type { SlVector } from './securityLevels';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ZoneId = Brand<string, 'ZoneId'>;
export type AssetId = Brand<string, 'AssetId'>;
export type ConduitId = Brand<string, 'ConduitId'>;
export type LinkId = Brand<string, 'LinkId'>;
/** Any element id: zones, assets, conduits and links share one id space. */
export type ElementId = ZoneId | AssetId | ConduitId | LinkId;

export const FORMAT_NAME = 'zonewright';
export const CURRENT_VERSION = 1;
export const FILE_EXTENSION = '.zonewright.json';

/** Where a node sits on the diagram, in absolute canvas units (not relative to its zone). */
export interface Position {
  readonly x: number;
  readonly y: number;
}
export interface Size {
  readonly width: number;
  readonly height: number;
}

export const PROJECT_PHASES = ['assess', 'implement', 'maintain'] as const;
export type ProjectPhase = (typeof PROJECT_PHASES)[number];

export interface ProjectMeta {
  readonly name: string;
  readonly description?: string;
  readonly author?: string;
  readonly organization?: string;
  /** Free-form revision label, e.g. "B" or "1.2". */
  readonly revision?: string;
  /** Lifecycle phase of the project. */
  readonly phase?: ProjectPhase;
}

/** How far a required SR, RE or CR is met for one zone, conduit or asset. */
export const REQUIREMENT_STATUSES = ['planned', 'implemented', 'not-applicable', 'compensated'] as const;
export type RequirementStatus = (typeof REQUIREMENT_STATUSES)[number];

export interface RequirementState {
  readonly status: RequirementStatus;
  /** Why the requirement does not apply; required for `not-applicable`. */
  readonly justification?: string;
  /** The countermeasure that stands in for it; required for `compensated`. */
  readonly compensatingCountermeasure?: string;
  readonly note?: string;
}

/** Requirement states keyed by requirement id (`SR 1.1`, `CR 2.4 RE 1` …). */
export type RequirementStates = Readonly<Record<string, RequirementState>>;

export interface Zone {
  readonly id: ZoneId;
  readonly name: string;
  readonly kind: ZoneKind;
  /** Enclosing zone, for nested zones. */
  readonly parentId?: ZoneId;
  /** Target security level per FR. Missing means not yet set. */
  readonly slT?: SlVector;
  /** Overrides the Purdue level implied by `kind`. */
  readonly purdueLevel?: number;
  readonly description?: string;
  /** Accountable owner of the zone. */
  readonly owner?: string;
  readonly notes?: string;
  readonly position?: Position;
  readonly size?: Size;
  /** Implementation status of the zone's 62443-3-3 requirements. */
  readonly requirements?: RequirementStates;
}

export interface Asset {
  readonly id: AssetId;
  readonly name: string;
  readonly type: AssetType;
  /** The zone holding the asset; missing means unzoned. */
  readonly zoneId?: ZoneId;
  /** Security level capability per FR (from the component's 62443-4-2 certification or assessment). */
  readonly slC?: SlVector;
  readonly vendor?: string;
  readonly model?: string;
  readonly firmware?: string;
  readonly ip?: string;
  /** Overrides the Purdue level implied by the asset's type and zone. */
  readonly purdueLevel?: number;
  readonly criticality?: Criticality;
  readonly notes?: string;
  readonly position?: Position;
  /** Implementation status of the asset's 62443-4-2 requirements. */
  readonly requirements?: RequirementStates;
}

/** A data flow explicitly allowed over a conduit. */
export interface Flow {
  readonly protocol: string;
  readonly port?: number;
  readonly from?: AssetId;
  readonly to?: AssetId;
  /** True when answers or commands may also travel from `to` back to `from`. */
  readonly bidirectional?: boolean;
  readonly description?: string;
}

export interface Conduit {
  readonly id: ConduitId;
  readonly name: string;
  /** The zones the conduit joins (normally two). */
  readonly zoneIds: readonly ZoneId[];
  /** Own target level; missing means inherited per FR from the highest of its zones. */
  readonly slT?: SlVector;
  readonly flows?: readonly Flow[];
  /** Boundary devices (firewall, data diode, remote-access gateway) that enforce the conduit. */
  readonly boundaryDevices?: readonly AssetId[];
  readonly description?: string;
  readonly notes?: string;
  /** Implementation status of the conduit's 62443-3-3 requirements. */
  readonly requirements?: RequirementStates;
}

/** A physical or logical connection between two assets. */
export interface Link {
  readonly id: LinkId;
  readonly source: AssetId;
  readonly target: AssetId;
  /** The conduit this link belongs to, when it crosses zones. */
  readonly conduitId?: ConduitId;
  readonly medium?: LinkMedium;
  readonly notes?: string;
}

export interface ZonewrightDocument {
  readonly format: typeof FORMAT_NAME;
  readonly version: typeof CURRENT_VERSION;
  readonly meta: ProjectMeta;
  readonly zones: readonly Zone[];
  readonly assets: readonly Asset[];
  readonly conduits: readonly Conduit[];
  readonly links: readonly Link[];
}
