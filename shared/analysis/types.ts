/** What `analyze` returns: findings, requirements, gaps and metrics. */
import type { ComponentClass } from '../model/kinds';
import type { AssetId, ConduitId, ElementId, ZoneId } from '../model/document';
import type { FrKey, SecurityLevel, SlVector } from '../model/securityLevels';
import type { StatusCounts } from './achieved';

export type Severity = 'error' | 'warning' | 'info';

/**
 * Options of `analyze(doc, options)`. The analysis is pure and has no clock: rules that depend on
 * the date read it from here, and stay quiet when it is absent.
 */
export interface AnalysisOptions {
  /** Today's date, ISO 8601 (`2025-03-31`); enables `reassessment-overdue`. */
  readonly today?: string;
}
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One problem in the segmentation. */
export interface Finding {
  /** Stable rule id, e.g. `dmz-bypassed`. */
  readonly rule: string;
  readonly severity: Severity;
  /** What is wrong here, naming the elements. */
  readonly message: string;
  /** Ids of the elements concerned, most relevant first. */
  readonly subjects: readonly ElementId[];
  /** The 62443 clause the rule rests on, e.g. `IEC 62443-3-3 SR 5.2`. */
  readonly clause: string;
  /** Why the rule matters, citing the clause. */
  readonly rationale: string;
  /** What to do about it. */
  readonly remedy: string;
}

export interface ZoneRequirements {
  readonly zoneId: ZoneId;
  readonly slT: SlVector | undefined;
  /** 62443-3-3 SR and RE ids, in catalog order. */
  readonly items: readonly string[];
  /** Achieved level per FR, from the requirement states recorded for the zone. */
  readonly slA: SlVector;
  readonly status: StatusCounts;
}

export interface ConduitRequirements {
  readonly conduitId: ConduitId;
  readonly slT: SlVector | undefined;
  /** True when the conduit has no SL-T of its own and takes, per FR, the highest of its zones. */
  readonly inherited: boolean;
  readonly items: readonly string[];
  readonly slA: SlVector;
  readonly status: StatusCounts;
}

export interface AssetRequirements {
  readonly assetId: AssetId;
  readonly componentClass: ComponentClass;
  /** The SL-T of the asset's zone, which its requirements follow. */
  readonly zoneId: ZoneId | undefined;
  readonly slT: SlVector | undefined;
  /** 62443-4-2 CR, RE and SAR/EDR/HDR/NDR ids, in catalog order. */
  readonly items: readonly string[];
  readonly status: StatusCounts;
}

/** An FR where an asset's capability falls short of its zone's target. */
export interface Gap {
  readonly assetId: AssetId;
  readonly zoneId: ZoneId;
  readonly fr: FrKey;
  readonly slT: SecurityLevel;
  readonly slC: SecurityLevel;
}

export interface Metrics {
  readonly zones: number;
  readonly conduits: number;
  readonly assets: number;
  readonly links: number;
  readonly findings: Readonly<Record<Severity, number>>;
  /** Number of 3-3 requirements per zone id. */
  readonly requirementsPerZone: Readonly<Record<string, number>>;
  /**
   * Share (0–1) of assessed assets with no SL-C gap; null when no asset is assessed. An asset is
   * assessed when it has an SL-C and its zone an SL-T; the others are neither gap-free nor gaps.
   */
  readonly assetsWithoutGapShare: number | null;
  /** Assets that have an SL-C and sit in a zone with an SL-T. */
  readonly assetsAssessed: number;
}

export interface AnalysisResult {
  readonly findings: readonly Finding[];
  readonly requirements: {
    readonly zones: readonly ZoneRequirements[];
    readonly conduits: readonly ConduitRequirements[];
    readonly assets: readonly AssetRequirements[];
  };
  readonly gaps: readonly Gap[];
  readonly metrics: Metrics;
}
