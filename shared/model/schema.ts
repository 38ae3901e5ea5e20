/** The zod schema of document format version 1; `toJsonSchema` publishes it. */
import { z } from 'zod';
import { ASSET_TYPES, CRITICALITIES, LINK_MEDIA, ZONE_KINDS } from './kinds';
import { FR_KEYS, sharedSl, type SlVector, uniformSl, type SecurityLevel } from './securityLevels';
import {
  type Approval,
  type Asset,
  type AssetId,
  type Conduit,
  type ConduitId,
  CURRENT_VERSION,
  FORMAT_NAME,
  type Incident,
  INCIDENT_STATUSES,
  type Link,
  type LinkId,
  type Maintenance,
  PATCH_STATUSES,
  PROJECT_PHASES,
  REQUIREMENT_STATUSES,
  type RiskMatrix,
  type RiskScenario,
  type RiskSettings,
  SLT_DECISION_ACTIONS,
  type SlTDecision,
  type SucDescription,
  type ThreatDefinition,
  type Zone,
  type ZoneId,
  type ZonewrightDocument,
} from './document';

const text = (max: number) => z.string().max(max, { error: `must be at most ${max} characters` });
const name = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(200, { error: 'must be at most 200 characters' });
const id = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(128, { error: 'must be at most 128 characters' })
  .regex(/^[^\s]+$/, { error: 'must not contain white space' });
const zoneId = id.transform((s) => s as ZoneId);
const assetId = id.transform((s) => s as AssetId);
const conduitId = id.transform((s) => s as ConduitId);
const linkId = id.transform((s) => s as LinkId);

const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a known ${what}; expected one of ${values.join(', ')}`,
  });

const level = z
  .int({ error: 'must be a whole number from 0 to 4' })
  .min(0, { error: 'must be a whole number from 0 to 4' })
  .max(4, { error: 'must be a whole number from 0 to 4' })
  .transform((n) => n as SecurityLevel);

/** An SL vector: seven FR levels, or one number as shorthand for all seven. Loaded vectors are shared (`sharedSl`). */
export const slVectorSchema = z
  .union([
    level.transform((n): SlVector => uniformSl(n)),
    z.strictObject(Object.fromEntries(FR_KEYS.map((fr) => [fr, level])) as Record<(typeof FR_KEYS)[number], typeof level>),
  ])
  .transform(sharedSl)
  .meta({
    description: 'Security level per foundational requirement (IAC UC SI DC RDF TRE RA), each 0-4, or one number 0-4 for all seven',
  });

/** A finite number; -0 is read as 0 so that what is loaded is exactly what JSON writes back. */
const coordinate = z.number().transform((n) => n + 0);
const purdueLevel = z
  .number()
  .min(0, { error: 'must be from 0 to 5' })
  .max(5, { error: 'must be from 0 to 5' })
  .transform((n) => n + 0);
const position = z.strictObject({ x: coordinate, y: coordinate });
const size = z.strictObject({
  width: z.number().positive({ error: 'must be greater than 0' }),
  height: z.number().positive({ error: 'must be greater than 0' }),
});

const requirementStateSchema = z
  .strictObject({
    status: oneOf(REQUIREMENT_STATUSES, 'requirement status'),
    justification: text(4000).optional(),
    compensatingCountermeasure: text(4000).optional(),
    note: text(4000).optional(),
  })
  .superRefine((state, ctx) => {
    if (state.status === 'not-applicable' && !state.justification?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['justification'], message: 'is required when the status is not-applicable' });
    }
    if (state.status === 'compensated' && !state.compensatingCountermeasure?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['compensatingCountermeasure'], message: 'is required when the status is compensated' });
    }
  });
/** Requirement states keyed by requirement id; the loader checks that each id is in the catalog. */
const requirementStates = z.record(z.string(), requirementStateSchema);

// ---------------------------------------------------------------------------------------------
// The lifecycle fields (issue 7). Whether a step fits the project's matrix, and whether a threat
// id is known, depends on other parts of the file: the loader checks those in `checkReferences`.

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;
/** True for `2025-03-31` and `2025-03-31T14:05:00Z`, on a real calendar day. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return !(month === 2 && day === 29 && !leap);
}
const DATE_ERROR = 'must be a date like 2025-03-31 or a date and time like 2025-03-31T14:05:00Z';
const isoDate = z
  .string()
  .regex(ISO_DATE, { error: DATE_ERROR, abort: true })
  .refine(isIsoDate, { error: DATE_ERROR })
  .meta({ id: 'IsoDate', description: 'ISO 8601 date (YYYY-MM-DD) or date and time' });

/** A step of the risk matrix (1 … 10); whether it fits the project's matrix is checked on load. */
const step = z
  .int({ error: 'must be a whole number from 1 to 10' })
  .min(1, { error: 'must be a whole number from 1 to 10' })
  .max(10, { error: 'must be a whole number from 1 to 10' });
const frKey = oneOf(FR_KEYS, 'foundational requirement');
const frList = z.array(frKey).min(1, { error: 'must name at least one FR' });
const label = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty' })
  .max(60, { error: 'must be at most 60 characters' });
const score = z
  .int({ error: 'must be a whole number from 0 to 100' })
  .min(0, { error: 'must be a whole number from 0 to 100' })
  .max(100, { error: 'must be a whole number from 0 to 100' });

const riskMatrixSchema = z
  .strictObject({
    likelihoods: z.array(label).min(2, { error: 'needs 2 to 10 steps' }).max(10, { error: 'needs 2 to 10 steps' }),
    consequences: z.array(label).min(2, { error: 'needs 2 to 10 steps' }).max(10, { error: 'needs 2 to 10 steps' }),
    categories: z
      .array(z.strictObject({ id, label }))
      .min(1, { error: 'needs 1 to 10 categories' })
      .max(10, { error: 'needs 1 to 10 categories' }),
    bands: z
      .array(
        z.strictObject({
          label,
          minScore: z.int({ error: 'must be a whole number from 1' }).min(1, { error: 'must be a whole number from 1' }),
          sl: z
            .int({ error: 'must be a whole number from 1 to 4' })
            .min(1, { error: 'must be a whole number from 1 to 4' })
            .max(4, { error: 'must be a whole number from 1 to 4' })
            .transform((n) => n as SecurityLevel),
        }),
      )
      .min(1, { error: 'needs 1 to 10 bands' })
      .max(10, { error: 'needs 1 to 10 bands' }),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.categories.forEach((c, i) => {
      if (seen.has(c.id)) ctx.addIssue({ code: 'custom', path: ['categories', i, 'id'], message: `duplicate category "${c.id}"` });
      seen.add(c.id);
    });
    const top = m.likelihoods.length * m.consequences.length;
    m.bands.forEach((b, i) => {
      const prev = m.bands[i - 1];
      if (i === 0 && b.minScore !== 1) ctx.addIssue({ code: 'custom', path: ['bands', 0, 'minScore'], message: 'the first band must start at 1' });
      if (prev && b.minScore <= prev.minScore) ctx.addIssue({ code: 'custom', path: ['bands', i, 'minScore'], message: 'must be above the previous band\'s' });
      if (prev && b.sl < prev.sl) ctx.addIssue({ code: 'custom', path: ['bands', i, 'sl'], message: 'must not be below the previous band\'s' });
      if (b.minScore > top) ctx.addIssue({ code: 'custom', path: ['bands', i, 'minScore'], message: `must be at most ${top}, the highest score of the matrix` });
    });
  })
  .meta({ description: 'Risk matrix: likelihood and consequence steps (lowest first), consequence categories, and score bands with the SL each suggests' });

const riskSettingsSchema = z.strictObject({
  matrix: riskMatrixSchema.optional(),
  tolerableRisk: score.optional(),
});

const consequenceSchema = z.record(z.string(), step);

const riskScenarioSchema = z.strictObject({
  id,
  threatId: id,
  description: text(4000).optional(),
  vulnerabilities: text(4000).optional(),
  frs: frList.optional(),
  likelihood: step.optional(),
  consequence: consequenceSchema.optional(),
  countermeasures: text(4000).optional(),
  residualLikelihood: step.optional(),
  residualConsequence: consequenceSchema.optional(),
  additionalCountermeasures: text(4000).optional(),
  notes: text(20000).optional(),
}).meta({ id: 'RiskScenario', description: 'A threat scenario of a zone\'s or conduit\'s risk register; likelihood and consequence are steps of the risk matrix, from 1' });

const slTDecisionSchema = z
  .strictObject({
    action: oneOf(SLT_DECISION_ACTIONS, 'SL-T decision'),
    by: name,
    date: isoDate,
    slT: slVectorSchema,
    suggested: slVectorSchema.optional(),
    previous: slVectorSchema.optional(),
    reason: text(4000).optional(),
  })
  .superRefine((d, ctx) => {
    if (d.action === 'overridden' && !d.reason?.trim()) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required for an override' });
  })
  .meta({ id: 'SlTDecision', description: 'An SL-T decision: the suggestion from the risk register accepted, or overridden with a reason' });

const threatSchema = z.strictObject({
  id,
  title: name,
  description: text(4000).optional(),
  frs: frList,
  likelihood: step.optional(),
});

const sucSchema = z.strictObject({
  scope: text(20000).optional(),
  assumptions: text(20000).optional(),
  threatEnvironment: text(20000).optional(),
  policies: text(20000).optional(),
  regulations: text(20000).optional(),
});

const maintenanceSchema = z.strictObject({
  lastReview: isoDate.optional(),
  nextReassessment: isoDate.optional(),
});

const incidentSchema = z.strictObject({
  id,
  date: isoDate,
  title: name,
  description: text(20000).optional(),
  affected: z.array(id).optional(),
  status: oneOf(INCIDENT_STATUSES, 'incident status'),
});

const approvalSchema = z.strictObject({
  by: name,
  role: text(200).optional(),
  date: isoDate,
  contentHash: z.string().regex(/^sha256:[0-9a-f]{64}$/, { error: 'must be "sha256:" and 64 lowercase hex digits' }),
  revision: text(50).optional(),
  note: text(4000).optional(),
});

/** The schemas of the lifecycle parts, for edits that validate one part without loading a whole document. */
export const lifecycleSchemas = {
  isoDate,
  riskSettings: riskSettingsSchema,
  riskScenario: riskScenarioSchema,
  slTDecision: slTDecisionSchema,
  threat: threatSchema,
  suc: sucSchema,
  maintenance: maintenanceSchema,
  incident: incidentSchema,
  approval: approvalSchema,
} as const;

const zoneSchema = z.strictObject({
  id: zoneId,
  name,
  kind: oneOf(ZONE_KINDS, 'zone kind'),
  parentId: zoneId.optional(),
  slT: slVectorSchema.optional(),
  purdueLevel: purdueLevel.optional(),
  description: text(4000).optional(),
  owner: text(200).optional(),
  notes: text(20000).optional(),
  position: position.optional(),
  size: size.optional(),
  requirements: requirementStates.optional(),
  risks: z.array(riskScenarioSchema).optional(),
  slTDecisions: z.array(slTDecisionSchema).optional(),
  lastReview: isoDate.optional(),
  nextReassessment: isoDate.optional(),
});

const assetSchema = z.strictObject({
  id: assetId,
  name,
  type: oneOf(ASSET_TYPES, 'asset type'),
  zoneId: zoneId.optional(),
  slC: slVectorSchema.optional(),
  vendor: text(200).optional(),
  model: text(200).optional(),
  firmware: text(200).optional(),
  ip: text(100).optional(),
  purdueLevel: purdueLevel.optional(),
  criticality: oneOf(CRITICALITIES, 'criticality').optional(),
  notes: text(20000).optional(),
  position: position.optional(),
  requirements: requirementStates.optional(),
  temporary: z.boolean().optional(),
  patchStatus: oneOf(PATCH_STATUSES, 'patch status').optional(),
  lastPatched: isoDate.optional(),
});

const port = z
  .int({ error: 'must be a whole number from 1 to 65535' })
  .min(1, { error: 'must be a whole number from 1 to 65535' })
  .max(65535, { error: 'must be a whole number from 1 to 65535' });

const flowSchema = z.strictObject({
  protocol: name,
  port: port.optional(),
  from: assetId.optional(),
  to: assetId.optional(),
  bidirectional: z.boolean().optional(),
  description: text(4000).optional(),
});

const conduitSchema = z.strictObject({
  id: conduitId,
  name,
  zoneIds: z.array(zoneId),
  slT: slVectorSchema.optional(),
  flows: z.array(flowSchema).optional(),
  boundaryDevices: z.array(assetId).optional(),
  description: text(4000).optional(),
  notes: text(20000).optional(),
  requirements: requirementStates.optional(),
  risks: z.array(riskScenarioSchema).optional(),
  slTDecisions: z.array(slTDecisionSchema).optional(),
});

const linkSchema = z.strictObject({
  id: linkId,
  source: assetId,
  target: assetId,
  conduitId: conduitId.optional(),
  medium: oneOf(LINK_MEDIA, 'link medium').optional(),
  notes: text(20000).optional(),
});

const metaSchema = z.strictObject({
  name,
  description: text(20000).optional(),
  author: text(200).optional(),
  organization: text(200).optional(),
  revision: text(50).optional(),
  phase: oneOf(PROJECT_PHASES, 'project phase').optional(),
});

/** The whole document, version 1. Arrays left out are read as empty. */
export const documentSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(FORMAT_NAME, { error: `must be "${FORMAT_NAME}"` }),
    version: z.literal(CURRENT_VERSION, { error: `must be ${CURRENT_VERSION}` }),
    meta: metaSchema,
    zones: z.array(zoneSchema).default([]),
    assets: z.array(assetSchema).default([]),
    conduits: z.array(conduitSchema).default([]),
    links: z.array(linkSchema).default([]),
    suc: sucSchema.optional(),
    risk: riskSettingsSchema.optional(),
    threats: z.array(threatSchema).optional(),
    maintenance: maintenanceSchema.optional(),
    incidents: z.array(incidentSchema).optional(),
    approval: approvalSchema.optional(),
  })
  .meta({
    title: 'Zonewright project',
    description: 'An IEC 62443 zone-and-conduit model: zones, assets, conduits and links with their security levels',
  });

// Compile-time proof that the parser yields the document types (and no field is forgotten).
type Parsed = z.output<typeof documentSchema>;
type Keys<T> = T extends unknown ? keyof T : never;
const parsedIsDocument: ZonewrightDocument = null as unknown as Omit<Parsed, '$schema'>;
type Defined<T> = Exclude<T, undefined>;
const sameFields: [
  Exclude<Keys<Zone>, Keys<Parsed['zones'][number]>>,
  Exclude<Keys<Asset>, Keys<Parsed['assets'][number]>>,
  Exclude<Keys<Conduit>, Keys<Parsed['conduits'][number]>>,
  Exclude<Keys<Link>, Keys<Parsed['links'][number]>>,
  Exclude<Keys<ZonewrightDocument>, Keys<Parsed>>,
  Exclude<Keys<RiskScenario>, Keys<Defined<Parsed['zones'][number]['risks']>[number]>>,
  Exclude<Keys<SlTDecision>, Keys<Defined<Parsed['zones'][number]['slTDecisions']>[number]>>,
  Exclude<Keys<RiskSettings>, Keys<Defined<Parsed['risk']>>>,
  Exclude<Keys<RiskMatrix>, Keys<Defined<Defined<Parsed['risk']>['matrix']>>>,
  Exclude<Keys<ThreatDefinition>, Keys<Defined<Parsed['threats']>[number]>>,
  Exclude<Keys<SucDescription>, Keys<Defined<Parsed['suc']>>>,
  Exclude<Keys<Maintenance>, Keys<Defined<Parsed['maintenance']>>>,
  Exclude<Keys<Incident>, Keys<Defined<Parsed['incidents']>[number]>>,
  Exclude<Keys<Approval>, Keys<Defined<Parsed['approval']>>>,
] = [] as unknown as [never, never, never, never, never, never, never, never, never, never, never, never, never, never];
void parsedIsDocument;
void sameFields;

/** The JSON Schema (draft 2020-12) of what a file may contain. */
export function toJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(documentSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** The schema as published in docs/zonewright.schema.json. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(toJsonSchema(), null, 2)}\n`;
}
