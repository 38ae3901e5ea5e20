/**
 * The revision comparison as the Revisions view shows it: the changes of `compareDocuments`
 * grouped by what they concern, and the words for the diagram highlight.
 */
import type { Change, ChangeKind } from '../../../../shared';

export const CHANGE_GROUPS = [
  { id: 'zones', title: 'Zones' },
  { id: 'conduits', title: 'Conduits and flows' },
  { id: 'assets', title: 'Assets' },
  { id: 'links', title: 'Links' },
  { id: 'levels', title: 'Security levels (SL-T, SL-C)' },
  { id: 'requirements', title: 'Requirement status' },
  { id: 'risk', title: 'Risk assessment' },
  { id: 'maintenance', title: 'Maintenance and incidents' },
  { id: 'project', title: 'Project and approval' },
] as const;
export type ChangeGroupId = (typeof CHANGE_GROUPS)[number]['id'];

/** Every kind of change has its group; the compiler says when a new kind is missing. */
const GROUP_OF: Readonly<Record<ChangeKind, ChangeGroupId>> = {
  'project-changed': 'project',
  'zone-added': 'zones',
  'zone-removed': 'zones',
  'zone-renamed': 'zones',
  'zone-moved': 'zones',
  'zone-changed': 'zones',
  'asset-added': 'assets',
  'asset-removed': 'assets',
  'asset-renamed': 'assets',
  'asset-moved': 'assets',
  'asset-changed': 'assets',
  'conduit-added': 'conduits',
  'conduit-removed': 'conduits',
  'conduit-renamed': 'conduits',
  'conduit-zones-changed': 'conduits',
  'conduit-changed': 'conduits',
  'link-added': 'links',
  'link-removed': 'links',
  'link-moved': 'links',
  'link-changed': 'links',
  'slt-changed': 'levels',
  'slc-changed': 'levels',
  'slt-decision': 'levels',
  'requirement-changed': 'requirements',
  'flow-added': 'conduits',
  'flow-removed': 'conduits',
  'flow-changed': 'conduits',
  'boundary-devices-changed': 'conduits',
  'risk-settings-changed': 'risk',
  'threat-added': 'risk',
  'threat-removed': 'risk',
  'threat-changed': 'risk',
  'risk-added': 'risk',
  'risk-removed': 'risk',
  'risk-changed': 'risk',
  'suc-changed': 'project',
  'maintenance-changed': 'maintenance',
  'incident-added': 'maintenance',
  'incident-removed': 'maintenance',
  'incident-changed': 'maintenance',
  'approval-changed': 'project',
};

export interface ChangeGroup {
  readonly id: ChangeGroupId;
  readonly title: string;
  readonly changes: readonly Change[];
}

/** The changes by group, in the fixed group order, keeping their order within a group; empty groups left out. */
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const by = new Map<ChangeGroupId, Change[]>();
  for (const c of changes) {
    const id = GROUP_OF[c.kind];
    const list = by.get(id);
    if (list) list.push(c);
    else by.set(id, [c]);
  }
  return CHANGE_GROUPS.flatMap((g) => {
    const list = by.get(g.id);
    return list ? [{ id: g.id, title: g.title, changes: list }] : [];
  });
}

/** One side of a comparison: a stored revision (by name) or the document being edited. */
export type CompareSide = { readonly kind: 'revision'; readonly name: string } | { readonly kind: 'current' };

const named = (name: string) => `‘${name}’`;

/** What the diagram highlight stands for: "Changes since revision ‘Design review’". */
export function highlightLabel(from: CompareSide, to: CompareSide): string {
  if (from.kind === 'revision' && to.kind === 'current') return `Changes since revision ${named(from.name)}`;
  if (from.kind === 'revision' && to.kind === 'revision') return `Changes from revision ${named(from.name)} to ${named(to.name)}`;
  if (from.kind === 'current' && to.kind === 'revision') return `Changes from the current document to revision ${named(to.name)}`;
  return 'Changes';
}
