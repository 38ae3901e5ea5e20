/**
 * The Zonewright project document (format version 1): the types every layer works with.
 * The zod schema in `schema.ts` produces exactly these types; ids are branded per kind.
 */
import type { AssetType, Criticality, LinkMedium, ZoneKind } from './kinds';
import type { FrKey, SecurityLevel, SlVector } from './securityLevels';

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

// ---------------------------------------------------------------------------------------------
// The 62443 lifecycle (issue 7): risk register, SL-T decisions, maintenance, incidents, approval.
// Every field below is optional, so files written before it existed load unchanged.

/**
 * A calendar date `2025-03-31`, or a date and time `2025-03-31T14:05:00Z` (ISO 8601). The core has
 * no clock: callers pass dates in, and comparisons use the date part.
 */
export type IsoDate = string;

/** A consequence category of the risk matrix, e.g. `{ id: 'safety', label: 'Health and safety' }`. */
export interface ConsequenceCategory {
  /** Key of the category in a scenario's `consequence` record. */
  readonly id: string;
  readonly label: string;
}

/**
 * A band of risk scores with the security level it calls for. Bands are listed by ascending
 * `minScore`; the first starts at 1; a score belongs to the last band whose `minScore` it reaches.
 */
export interface RiskBand {
  readonly label: string;
  readonly minScore: number;
  /** The SL a threat scenario of this band suggests for the FRs it affects (1–4). */
  readonly sl: SecurityLevel;
}

/**
 * The risk matrix of a project: likelihood steps × consequence steps; a risk score is their
 * product (1 … likelihoods × consequences). Labels are listed lowest first.
 */
export interface RiskMatrix {
  readonly likelihoods: readonly string[];
  readonly consequences: readonly string[];
  readonly categories: readonly ConsequenceCategory[];
  readonly bands: readonly RiskBand[];
}

/** Project-wide risk method; a missing part means the default (see `shared/lifecycle/risk.ts`). */
export interface RiskSettings {
  readonly matrix?: RiskMatrix;
  /** The highest risk score the asset owner tolerates (ZCR 4, ZCR 6.8); scores above it call for countermeasures. */
  readonly tolerableRisk?: number;
}

/** A threat defined by the user, next to the built-in library of `shared/lifecycle/threats.ts`. */
export interface ThreatDefinition {
  /** Unique among custom threats and different from every library id. */
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** Foundational requirements the threat works against. */
  readonly frs: readonly FrKey[];
  /** Suggested likelihood on the project's matrix (1 … number of likelihood steps). */
  readonly likelihood?: number;
}

/**
 * One threat scenario of a zone's or conduit's risk register (IEC 62443-3-2 ZCR 2 and ZCR 5).
 * Likelihood and consequence are steps of the project's risk matrix, from 1.
 */
export interface RiskScenario {
  /** Unique within its register (edits make it unique in the document, but a pasted zone keeps its ids). */
  readonly id: string;
  /** A library threat id or a custom threat id (`ZonewrightDocument.threats`). */
  readonly threatId: string;
  /** How the threat plays out here. */
  readonly description?: string;
  /** Weaknesses the threat would exploit (ZCR 5.2). */
  readonly vulnerabilities?: string;
  /** The FRs the scenario affects; missing means the threat's own. */
  readonly frs?: readonly FrKey[];
  /** Unmitigated likelihood (ZCR 5.4); missing means not yet rated. */
  readonly likelihood?: number;
  /** Unmitigated consequence per category id (ZCR 5.3); the scenario's consequence is the highest. */
  readonly consequence?: Readonly<Record<string, number>>;
  /** Countermeasures already in place (ZCR 5.8). */
  readonly countermeasures?: string;
  /** Likelihood once the countermeasures work (ZCR 5.9); missing means residual not assessed. */
  readonly residualLikelihood?: number;
  /** Consequence per category once the countermeasures work; missing means unchanged. */
  readonly residualConsequence?: Readonly<Record<string, number>>;
  /** Further countermeasures planned where residual risk stays above tolerable (ZCR 5.12). */
  readonly additionalCountermeasures?: string;
  readonly notes?: string;
}

export const SLT_DECISION_ACTIONS = ['accepted', 'overridden'] as const;
export type SlTDecisionAction = (typeof SLT_DECISION_ACTIONS)[number];

/** The record of one SL-T decision: the suggestion from the risk register accepted, or overridden. */
export interface SlTDecision {
  readonly action: SlTDecisionAction;
  /** Who decided. */
  readonly by: string;
  readonly date: IsoDate;
  /** The level that was set. */
  readonly slT: SlVector;
  /** The suggestion at the time; missing when there was none (an override without risk entries). */
  readonly suggested?: SlVector;
  /** The SL-T before the decision. */
  readonly previous?: SlVector;
  /** Why; required for an override. */
  readonly reason?: string;
}

/** Patch state of an asset (IEC 62443-2-3). */
export const PATCH_STATUSES = ['current', 'pending', 'unsupported', 'unknown'] as const;
export type PatchStatus = (typeof PATCH_STATUSES)[number];

/** What the project says about the system under consideration (ZCR 1, ZCR 6). */
export interface SucDescription {
  /** What is in and out of scope (ZCR 1). `meta.description` describes the system itself. */
  readonly scope?: string;
  /** Operating environment assumptions (ZCR 6.5). */
  readonly assumptions?: string;
  /** Threat environment (ZCR 6.6). */
  readonly threatEnvironment?: string;
  /** Organizational security policies that apply (ZCR 6.7). */
  readonly policies?: string;
  /** Regulatory requirements (ZCR 6.9). */
  readonly regulations?: string;
}

/** Project-level review schedule. */
export interface Maintenance {
  readonly lastReview?: IsoDate;
  /** When the risk assessment is due again; past it, `reassessment-overdue` warns. */
  readonly nextReassessment?: IsoDate;
}

export const INCIDENT_STATUSES = ['open', 'contained', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** One entry of the incident log. */
export interface Incident {
  /** Unique among the incidents of the document. */
  readonly id: string;
  readonly date: IsoDate;
  readonly title: string;
  readonly description?: string;
  /**
   * Elements the incident touched. Not checked against the model on load: an incident outlives
   * the elements it names (a deleted asset was still hit).
   */
  readonly affected?: readonly string[];
  readonly status: IncidentStatus;
}

/** The asset owner's approval (ZCR 7.1), tied to the content it approved by a hash. */
export interface Approval {
  readonly by: string;
  readonly role?: string;
  readonly date: IsoDate;
  /** `sha256:` and the hex digest of the approved content (see `shared/lifecycle/approval.ts`). */
  readonly contentHash: string;
  /** The project revision approved (a copy of `meta.revision` at the time). */
  readonly revision?: string;
  readonly note?: string;
}

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
  /** Threat scenarios of the zone's risk register. */
  readonly risks?: readonly RiskScenario[];
  /** SL-T decisions, oldest first; the last one is in force. */
  readonly slTDecisions?: readonly SlTDecision[];
  readonly lastReview?: IsoDate;
  /** When the zone's risk assessment is due again. */
  readonly nextReassessment?: IsoDate;
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
  /** Connected only now and then (maintenance laptops, test gear): kept in a zone of its own (ZCR 3.4). */
  readonly temporary?: boolean;
  readonly patchStatus?: PatchStatus;
  readonly lastPatched?: IsoDate;
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
  /** Threat scenarios of the conduit's risk register. */
  readonly risks?: readonly RiskScenario[];
  /** SL-T decisions, oldest first; the last one is in force. */
  readonly slTDecisions?: readonly SlTDecision[];
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
  readonly suc?: SucDescription;
  readonly risk?: RiskSettings;
  /** Custom threats, next to the built-in library. */
  readonly threats?: readonly ThreatDefinition[];
  readonly maintenance?: Maintenance;
  readonly incidents?: readonly Incident[];
  readonly approval?: Approval;
}
