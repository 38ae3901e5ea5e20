/**
 * What the workflow view adds to `zcrWorkflow`: the overall progress, which elements a missing
 * item names (so it can link to them), and where each link takes the user to fix it.
 */
import { flattenSteps, type ApprovalStatus, type StepStatus, type WorkflowStep, type ZonewrightDocument } from '../../../../shared';

export interface WorkflowSummary {
  /** The top-level steps (ZCR 1 … ZCR 7) by status. */
  readonly steps: Readonly<Record<StepStatus, number>>;
  /** Every sub-step (ZCR 1.1, ZCR 3.2 …) by status. */
  readonly subSteps: Readonly<Record<StepStatus, number>>;
  /** Sentences of what is done and what is missing, over all steps. */
  readonly done: number;
  readonly missing: number;
  /** Share of sub-steps done, 0–100, rounded down so that 100 means all. */
  readonly percent: number;
}

export function summarize(steps: readonly WorkflowStep[]): WorkflowSummary {
  const count = (list: readonly WorkflowStep[]) => {
    const out: Record<StepStatus, number> = { done: 0, partial: 0, missing: 0 };
    for (const s of list) out[s.status]++;
    return out;
  };
  const all = flattenSteps(steps);
  const leaves = all.filter((s) => !steps.includes(s));
  const subSteps = count(leaves);
  return {
    steps: count(steps),
    subSteps,
    done: all.reduce((n, s) => n + s.done.length, 0),
    missing: all.reduce((n, s) => n + s.missing.length, 0),
    percent: leaves.length === 0 ? 0 : Math.floor((subSteps.done / leaves.length) * 100),
  };
}

export type ElementKind = 'zone' | 'conduit' | 'asset';

export interface ElementRef {
  readonly id: string;
  readonly name: string;
  readonly kind: ElementKind;
}

function refOf(doc: ZonewrightDocument, id: string): ElementRef | undefined {
  const zone = doc.zones.find((z) => z.id === id);
  if (zone) return { id, name: zone.name, kind: 'zone' };
  const conduit = doc.conduits.find((c) => c.id === id);
  if (conduit) return { id, name: conduit.name, kind: 'conduit' };
  const asset = doc.assets.find((a) => a.id === id);
  return asset ? { id, name: asset.name, kind: 'asset' } : undefined;
}

/**
 * The step's subjects that one of its sentences names. The core quotes names (`zone "Cell 1"`),
 * so a subject whose quoted name is in the text is meant; the longest names are matched first so
 * that "Cell 10" does not also count as "Cell 1".
 */
export function itemSubjects(doc: ZonewrightDocument, text: string, subjects: readonly string[]): ElementRef[] {
  const refs = subjects.map((id) => refOf(doc, id)).filter((r): r is ElementRef => r !== undefined);
  refs.sort((a, b) => b.name.length - a.name.length);
  let rest = text;
  const out: ElementRef[] = [];
  for (const r of refs) {
    const quoted = `"${r.name}"`;
    if (!rest.includes(quoted)) continue;
    out.push(r);
    rest = rest.split(quoted).join('');
  }
  // In the order the text names them.
  return out.sort((a, b) => text.indexOf(`"${a.name}"`) - text.indexOf(`"${b.name}"`));
}

/** The steps whose gaps are closed in a risk register (ZCR 2, 4 and 5). */
function isRiskStep(stepId: string): boolean {
  return /^ZCR [245](\.|$)/.test(stepId);
}

export type FixTarget = 'risk' | 'diagram';

/** Where a link to an element takes the user: its risk register for risk steps, else the diagram. */
export function fixTarget(stepId: string, kind: ElementKind): FixTarget {
  return isRiskStep(stepId) && kind !== 'asset' ? 'risk' : 'diagram';
}

/** `sha256:1a2b3c4d5e6f…`, enough to compare by eye. */
export function shortHash(hash: string): string {
  const [scheme, hex] = hash.includes(':') ? (hash.split(':', 2) as [string, string]) : ['', hash];
  return `${scheme ? `${scheme}:` : ''}${hex.slice(0, 12)}…`;
}

export const APPROVAL_LABEL: Readonly<Record<ApprovalStatus, string>> = {
  none: 'Not approved',
  valid: 'Approved',
  stale: 'Approval stale',
};
