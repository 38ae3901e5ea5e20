/** The zod schema of document format version 1; `toJsonSchema` publishes it. */
import { z } from 'zod';
import { ASSET_TYPES, CRITICALITIES, LINK_MEDIA, ZONE_KINDS } from './kinds';
import { FR_KEYS, type SlVector, uniformSl, type SecurityLevel } from './securityLevels';
import {
  type Asset,
  type AssetId,
  type Conduit,
  type ConduitId,
  CURRENT_VERSION,
  FORMAT_NAME,
  type Link,
  type LinkId,
  PROJECT_PHASES,
  REQUIREMENT_STATUSES,
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

/** An SL vector: seven FR levels, or one number as shorthand for all seven. */
export const slVectorSchema = z
  .union([
    level.transform((n): SlVector => uniformSl(n)),
    z.strictObject(Object.fromEntries(FR_KEYS.map((fr) => [fr, level])) as Record<(typeof FR_KEYS)[number], typeof level>),
  ])
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
  })
  .meta({
    title: 'Zonewright project',
    description: 'An IEC 62443 zone-and-conduit model: zones, assets, conduits and links with their security levels',
  });

// Compile-time proof that the parser yields the document types (and no field is forgotten).
type Parsed = z.output<typeof documentSchema>;
type Keys<T> = T extends unknown ? keyof T : never;
const parsedIsDocument: ZonewrightDocument = null as unknown as Omit<Parsed, '$schema'>;
const sameFields: [
  Exclude<Keys<Zone>, Keys<Parsed['zones'][number]>>,
  Exclude<Keys<Asset>, Keys<Parsed['assets'][number]>>,
  Exclude<Keys<Conduit>, Keys<Parsed['conduits'][number]>>,
  Exclude<Keys<Link>, Keys<Parsed['links'][number]>>,
] = [] as unknown as [never, never, never, never];
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
