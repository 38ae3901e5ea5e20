/**
 * Reads a project file: JSON, then migrations, then the schema, then the references between
 * elements. Never throws on bad input: every problem comes back with its JSON path.
 */
import type { z } from 'zod';
import { CURRENT_VERSION, FORMAT_NAME, type Asset, type AssetId, type Flow, type Link, type Zone, type ZoneId, type ZonewrightDocument } from './document';
import { migrate, MIGRATIONS, type MigrationRegistry } from './migrations';
import { documentSchema } from './schema';
import { requirementById } from '../catalog/requirements';
import { ASSET_TYPE_INFO, COMPONENT_CLASS_PREFIX } from './kinds';
import { DEFAULT_RISK_MATRIX, maxRiskScore } from '../lifecycle/risk';
import { isLibraryThreat } from '../lifecycle/threats';

/** One problem in a file, e.g. `{ path: 'assets[3].zoneId', message: 'unknown zone "z9"' }`. */
export interface LoadProblem {
  readonly path: string;
  readonly message: string;
}

export type LoadResult =
  | { readonly ok: true; readonly doc: ZonewrightDocument; readonly migratedFrom?: number }
  | { readonly ok: false; readonly problems: readonly LoadProblem[] };

/** `assets[3].zoneId` from `['assets', 3, 'zoneId']`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (!/^[A-Za-z_$][\w$]*$/.test(String(key))) out += `[${JSON.stringify(String(key))}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** One line per problem: `assets[3].zoneId: unknown zone "z9"`. */
export function formatProblems(problems: readonly LoadProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('\n');
}

const MAX_PROBLEMS = 100;

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Turns zod issues into readable problems. Union errors pick the branch that matches the input's shape. */
function issuesToProblems(issues: readonly z.core.$ZodIssue[], input: unknown, base: readonly PropertyKey[] = []): LoadProblem[] {
  const out: LoadProblem[] = [];
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union') {
      const branches = issue.errors.filter((b) => !b.some((i) => i.code === 'invalid_type' && i.path.length === 0));
      const chosen = branches[0];
      if (chosen) {
        out.push(...issuesToProblems(chosen, input, path));
        continue;
      }
    }
    let message = issue.message;
    if (issue.code === 'invalid_type') {
      const got = valueAt(input, path);
      message =
        got === undefined
          ? 'is required'
          : `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${describeType(got)}`;
    } else if (issue.code === 'unrecognized_keys') {
      message = issue.keys.map((k) => `unknown field "${k}"`).join(', ');
    } else if (issue.code === 'invalid_union') {
      message = 'has neither of the accepted forms';
    }
    out.push({ path: formatPath(path), message });
  }
  return out;
}

/** Line and column of a JSON.parse error, where the engine tells the offset. */
function jsonErrorPlace(text: string, error: unknown): string {
  const m = /position (\d+)/.exec(String(error));
  if (!m) return '';
  const offset = Number(m[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return ` at line ${line}, column ${column}`;
}

/** Parses and validates a document given as text (the file's content). */
export function loadDocumentText(text: string, registry: MigrationRegistry = MIGRATIONS): LoadResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON${jsonErrorPlace(text, error)}` }] };
  }
  return loadDocument(raw, registry);
}

/** Validates a document already parsed from JSON. */
export function loadDocument(raw: unknown, registry: MigrationRegistry = MIGRATIONS): LoadResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: '', message: `expected a Zonewright project (a JSON object), got ${describeType(raw)}` }] };
  }
  const obj = raw as Record<string, unknown>;
  if (obj.format !== FORMAT_NAME) {
    return {
      ok: false,
      problems: [{ path: 'format', message: `not a Zonewright project: "format" must be "${FORMAT_NAME}"` }],
    };
  }
  const migrated = migrate(obj, CURRENT_VERSION, registry);
  if (!migrated.ok) return { ok: false, problems: [{ path: '', message: migrated.message }] };

  const parsed = documentSchema.safeParse(migrated.doc);
  if (!parsed.success) {
    return { ok: false, problems: issuesToProblems(parsed.error.issues, migrated.doc).slice(0, MAX_PROBLEMS) };
  }
  const { $schema: _ignored, ...doc } = parsed.data;
  const problems = checkReferences(doc);
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  shareReferenceStrings(doc);
  return migrated.from === CURRENT_VERSION ? { ok: true, doc } : { ok: true, doc, migratedFrom: migrated.from };
}

/** Ids must be unique across the document and every reference must name an element of the right kind. */
export function checkReferences(doc: ZonewrightDocument): LoadProblem[] {
  const problems: LoadProblem[] = [];
  const seen = new Map<string, string>();
  const claim = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) problems.push({ path, message: `duplicate id "${id}" (already used at ${first})` });
    else seen.set(id, path);
  };
  doc.zones.forEach((z, i) => claim(z.id, `zones[${i}].id`));
  doc.assets.forEach((a, i) => claim(a.id, `assets[${i}].id`));
  doc.conduits.forEach((c, i) => claim(c.id, `conduits[${i}].id`));
  doc.links.forEach((l, i) => claim(l.id, `links[${i}].id`));

  const zones = new Map(doc.zones.map((z) => [z.id as string, z]));
  const assets = new Set<string>(doc.assets.map((a) => a.id));
  const conduits = new Set<string>(doc.conduits.map((c) => c.id));
  const need = (set: { has(k: string): boolean }, id: string | undefined, path: string, what: string) => {
    if (id !== undefined && !set.has(id)) problems.push({ path, message: `unknown ${what} "${id}"` });
  };

  doc.zones.forEach((z, i) => {
    need(zones, z.parentId, `zones[${i}].parentId`, 'zone');
    if (z.parentId === z.id) problems.push({ path: `zones[${i}].parentId`, message: 'a zone cannot be its own parent' });
  });
  // Nesting must be a tree: walk each zone's parents; meeting the zone again means a cycle.
  doc.zones.forEach((z, i) => {
    if (z.parentId === z.id) return;
    let parent = z.parentId ? zones.get(z.parentId) : undefined;
    for (let steps = 0; parent && steps <= zones.size; steps++) {
      if (parent.id === z.id) {
        problems.push({ path: `zones[${i}].parentId`, message: `zone nesting forms a cycle through "${z.parentId}"` });
        break;
      }
      parent = parent.parentId ? zones.get(parent.parentId) : undefined;
    }
  });
  doc.assets.forEach((a, i) => need(zones, a.zoneId, `assets[${i}].zoneId`, 'zone'));
  doc.conduits.forEach((c, i) => {
    c.zoneIds.forEach((z, j) => need(zones, z, `conduits[${i}].zoneIds[${j}]`, 'zone'));
    c.boundaryDevices?.forEach((a, j) => need(assets, a, `conduits[${i}].boundaryDevices[${j}]`, 'asset'));
    c.flows?.forEach((f, j) => {
      need(assets, f.from, `conduits[${i}].flows[${j}].from`, 'asset');
      need(assets, f.to, `conduits[${i}].flows[${j}].to`, 'asset');
    });
  });
  // Requirement states must name catalog ids of the right part: 3-3 SRs for zones and conduits,
  // 4-2 requirements of the asset's component class for assets.
  const checkStates = (states: Record<string, unknown> | undefined, path: string, accepts: (id: string) => boolean, what: string) => {
    for (const id of Object.keys(states ?? {})) {
      if (!requirementById(id)) problems.push({ path: `${path}.requirements["${id}"]`, message: `unknown requirement "${id}"` });
      else if (!accepts(id)) problems.push({ path: `${path}.requirements["${id}"]`, message: `"${id}" is not ${what}` });
    }
  };
  const isSystemRequirement = (id: string) => id.startsWith('SR ');
  doc.zones.forEach((z, i) => checkStates(z.requirements, `zones[${i}]`, isSystemRequirement, 'a 62443-3-3 system requirement'));
  doc.conduits.forEach((c, i) => checkStates(c.requirements, `conduits[${i}]`, isSystemRequirement, 'a 62443-3-3 system requirement'));
  doc.assets.forEach((a, i) => {
    const prefix = COMPONENT_CLASS_PREFIX[ASSET_TYPE_INFO[a.type].componentClass];
    checkStates(a.requirements, `assets[${i}]`, (id) => id.startsWith('CR ') || id.startsWith(`${prefix} `), `a 62443-4-2 requirement of a ${a.type}`);
  });
  doc.links.forEach((l, i) => {
    need(assets, l.source, `links[${i}].source`, 'asset');
    need(assets, l.target, `links[${i}].target`, 'asset');
    need(conduits, l.conduitId, `links[${i}].conduitId`, 'conduit');
    if (l.source === l.target) problems.push({ path: `links[${i}].target`, message: 'a link cannot join an asset to itself' });
  });
  checkLifecycle(doc, problems);
  return problems;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Makes every reference the very string of the id it names (the document is fresh from the schema,
 * so nobody else holds it yet). A file repeats each id wherever it is referenced; sharing one
 * string saves memory, and lets the analysis's id lookups match by identity instead of comparing
 * characters, which on big plants is what misses the cache.
 */
function shareReferenceStrings(doc: ZonewrightDocument): void {
  const ids = new Map<string, string>();
  for (const list of [doc.zones, doc.assets, doc.conduits]) for (const element of list) ids.set(element.id, element.id);
  const share = <T extends string>(id: T): T => (ids.get(id) ?? id) as T;
  for (const zone of doc.zones as Writable<Zone>[]) if (zone.parentId !== undefined) zone.parentId = share(zone.parentId);
  for (const asset of doc.assets as Writable<Asset>[]) if (asset.zoneId !== undefined) asset.zoneId = share(asset.zoneId);
  for (const conduit of doc.conduits) {
    const zoneIds = conduit.zoneIds as ZoneId[];
    for (let j = 0; j < zoneIds.length; j++) zoneIds[j] = share(zoneIds[j]!);
    const devices = conduit.boundaryDevices as AssetId[] | undefined;
    if (devices) for (let j = 0; j < devices.length; j++) devices[j] = share(devices[j]!);
    for (const flow of (conduit.flows ?? []) as Writable<Flow>[]) {
      if (flow.from !== undefined) flow.from = share(flow.from);
      if (flow.to !== undefined) flow.to = share(flow.to);
    }
  }
  for (const link of doc.links as Writable<Link>[]) {
    link.source = share(link.source);
    link.target = share(link.target);
    if (link.conduitId !== undefined) link.conduitId = share(link.conduitId);
  }
}

/**
 * The lifecycle fields (linear in the number of risk scenarios, threats and incidents; assets are
 * not walked): risk ratings must fit the project's matrix, scenarios must name a known
 * threat, and ids must be unique: scenarios within their register, custom threats and incidents
 * within the document. Incidents' `affected` ids
 * are deliberately not checked: an incident outlives the elements it names.
 */
export function checkLifecycle(doc: ZonewrightDocument, problems: LoadProblem[] = []): LoadProblem[] {
  const matrix = doc.risk?.matrix ?? DEFAULT_RISK_MATRIX;
  const likelihoods = matrix.likelihoods.length;
  const consequences = matrix.consequences.length;
  const categories = new Set(matrix.categories.map((c) => c.id));
  const top = maxRiskScore(matrix);
  if (doc.risk?.tolerableRisk !== undefined && doc.risk.tolerableRisk > top) {
    problems.push({ path: 'risk.tolerableRisk', message: `must be at most ${top}, the highest score of the risk matrix` });
  }
  const likelihoodFits = (value: number | undefined, path: string) => {
    if (value !== undefined && value > likelihoods) {
      problems.push({ path, message: `must be at most ${likelihoods}, the number of likelihood steps of the risk matrix` });
    }
  };
  const unique = (seen: Map<string, string>, id: string, path: string, what: string) => {
    const first = seen.get(id);
    if (first) problems.push({ path, message: `duplicate ${what} id "${id}" (already used at ${first})` });
    else seen.set(id, path);
  };

  const threats = new Set<string>();
  const threatSeen = new Map<string, string>();
  doc.threats?.forEach((t, i) => {
    const path = `threats[${i}]`;
    if (isLibraryThreat(t.id)) problems.push({ path: `${path}.id`, message: `"${t.id}" is the id of a built-in threat` });
    else unique(threatSeen, t.id, `${path}.id`, 'threat');
    threats.add(t.id);
    likelihoodFits(t.likelihood, `${path}.likelihood`);
  });

  const ratings = (values: Readonly<Record<string, number>> | undefined, path: string) => {
    for (const [category, value] of Object.entries(values ?? {})) {
      const key = formatPath([category]);
      const at = key.startsWith('[') ? `${path}${key}` : `${path}.${key}`;
      if (!categories.has(category)) problems.push({ path: at, message: `unknown consequence category "${category}"; the risk matrix has ${[...categories].join(', ')}` });
      else if (value > consequences) problems.push({ path: at, message: `must be at most ${consequences}, the number of consequence steps of the risk matrix` });
    }
  };
  const checkRisks = (element: { readonly risks?: ZonewrightDocument['zones'][number]['risks'] }, base: string) => {
    // Unique within the register: a scenario is addressed by its zone or conduit and its id, so a
    // zone pasted with its register stays loadable.
    const scenarioSeen = new Map<string, string>();
    element.risks?.forEach((r, j) => {
      const path = `${base}.risks[${j}]`;
      unique(scenarioSeen, r.id, `${path}.id`, 'risk scenario');
      if (!isLibraryThreat(r.threatId) && !threats.has(r.threatId)) problems.push({ path: `${path}.threatId`, message: `unknown threat "${r.threatId}"` });
      likelihoodFits(r.likelihood, `${path}.likelihood`);
      likelihoodFits(r.residualLikelihood, `${path}.residualLikelihood`);
      ratings(r.consequence, `${path}.consequence`);
      ratings(r.residualConsequence, `${path}.residualConsequence`);
    });
  };
  doc.zones.forEach((z, i) => checkRisks(z, `zones[${i}]`));
  doc.conduits.forEach((c, i) => checkRisks(c, `conduits[${i}]`));

  const incidentSeen = new Map<string, string>();
  doc.incidents?.forEach((incident, i) => unique(incidentSeen, incident.id, `incidents[${i}].id`, 'incident'));
  return problems;
}
