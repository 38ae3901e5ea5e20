/**
 * What the Lifecycle view derives from the document beyond `lifecycleProgress`: where each
 * activity's work is done, the state of a review date, and the per-zone roll-up of requirement
 * status into SL-A. Pure, so the view only draws.
 */
import {
  dateOnly,
  FR_KEYS,
  isOverdue,
  type Activity,
  type AnalysisResult,
  type FrKey,
  type IsoDate,
  type SlVector,
  type ZoneId,
  type ZonewrightDocument,
} from '../../../../shared';

/** Where an activity's work is done. */
export type ActivityTarget =
  | { readonly kind: 'view'; readonly view: 'workflow' | 'risk' }
  | { readonly kind: 'maintain' }
  | { readonly kind: 'implementation' }
  | { readonly kind: 'diagram'; readonly ids: readonly string[] };

export interface ActivityLink {
  readonly label: string;
  readonly target: ActivityTarget;
}

const VIEW_OF: Readonly<Record<string, ActivityLink>> = {
  scope: { label: 'Open the workflow', target: { kind: 'view', view: 'workflow' } },
  partition: { label: 'Open the workflow', target: { kind: 'view', view: 'workflow' } },
  risk: { label: 'Open the risk register', target: { kind: 'view', view: 'risk' } },
  documentation: { label: 'Open the workflow', target: { kind: 'view', view: 'workflow' } },
  approval: { label: 'Open the workflow', target: { kind: 'view', view: 'workflow' } },
  countermeasures: { label: 'See per zone', target: { kind: 'implementation' } },
  'residual-risk': { label: 'Open the risk register', target: { kind: 'view', view: 'risk' } },
  versions: { label: 'Open the asset table', target: { kind: 'maintain' } },
  patches: { label: 'Open the asset table', target: { kind: 'maintain' } },
  review: { label: 'Open the review dates', target: { kind: 'maintain' } },
  incidents: { label: 'Open the incident log', target: { kind: 'maintain' } },
  'approval-current': { label: 'Open the workflow', target: { kind: 'view', view: 'workflow' } },
};

/** The places an activity links to: its view, and the elements it names on the diagram. */
export function activityLinks(activity: Activity): ActivityLink[] {
  const out: ActivityLink[] = [];
  const own = VIEW_OF[activity.id];
  if (own) out.push(own);
  if (activity.subjects.length > 0) {
    const n = activity.subjects.length;
    out.push({ label: `Select ${n} on the diagram`, target: { kind: 'diagram', ids: activity.subjects } });
  }
  return out;
}

const DAY = 86_400_000;

function dayNumber(date: IsoDate): number {
  const [y, m, d] = dateOnly(date).split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!) / DAY;
}

export type ReviewState =
  | { readonly kind: 'unscheduled' }
  | { readonly kind: 'overdue'; readonly due: string; readonly days: number }
  | { readonly kind: 'due'; readonly due: string; readonly days: number };

/** A next-reassessment date seen from today: not scheduled, overdue by so many days, or due in so many. */
export function reviewState(next: IsoDate | undefined, today: IsoDate): ReviewState {
  if (!next) return { kind: 'unscheduled' };
  const days = dayNumber(next) - dayNumber(today);
  return isOverdue(next, today) ? { kind: 'overdue', due: dateOnly(next), days: -days } : { kind: 'due', due: dateOnly(next), days };
}

export function reviewText(state: ReviewState): string {
  switch (state.kind) {
    case 'unscheduled':
      return 'Not scheduled';
    case 'overdue':
      return `Overdue by ${state.days} day${state.days === 1 ? '' : 's'}`;
    case 'due':
      return state.days === 0 ? 'Due today' : `Due in ${state.days} day${state.days === 1 ? '' : 's'}`;
  }
}

/** The reassessments past their date: the project's and each zone's. */
export function overdueReviews(doc: ZonewrightDocument, today: IsoDate): { readonly zoneId?: ZoneId; readonly name: string; readonly due: string }[] {
  const out: { zoneId?: ZoneId; name: string; due: string }[] = [];
  const project = doc.maintenance?.nextReassessment;
  if (project && isOverdue(project, today)) out.push({ name: 'the project', due: dateOnly(project) });
  for (const z of doc.zones) if (z.nextReassessment && isOverdue(z.nextReassessment, today)) out.push({ zoneId: z.id, name: `zone ‘${z.name}’`, due: dateOnly(z.nextReassessment) });
  return out;
}

/** A zone's row of the implementation table: SL-T against SL-A per FR, and how much is implemented. */
export interface ZoneImplementation {
  readonly zoneId: ZoneId;
  readonly name: string;
  readonly slT: SlVector;
  readonly slA: SlVector;
  /** FRs where SL-A falls short of SL-T. */
  readonly short: readonly FrKey[];
  readonly total: number;
  /** Implemented, compensated or not applicable. */
  readonly met: number;
}

/** Zones with an SL-T, in document order, with their requirement roll-up. */
export function zoneImplementation(doc: ZonewrightDocument, analysis: AnalysisResult): ZoneImplementation[] {
  const names = new Map(doc.zones.map((z) => [z.id as string, z.name]));
  const out: ZoneImplementation[] = [];
  for (const z of analysis.requirements.zones) {
    const name = names.get(z.zoneId);
    if (!z.slT || name === undefined) continue;
    const slT = z.slT;
    out.push({
      zoneId: z.zoneId,
      name,
      slT,
      slA: z.slA,
      short: FR_KEYS.filter((fr) => z.slA[fr] < slT[fr]),
      total: z.items.length,
      met: z.items.length - z.status.planned,
    });
  }
  return out;
}

/** `40 %` of a share 0 … 1, whole percent, never rounding a shortfall up to 100. */
export function percent(share: number): string {
  const p = share >= 1 ? 100 : Math.min(99, Math.round(share * 100));
  return `${p} %`;
}
