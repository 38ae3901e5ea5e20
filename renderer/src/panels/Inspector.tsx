/** The "Properties" panel: fields of the selected element, or of the project when nothing is selected. */
import { useCallback, type ReactNode } from 'react';
import {
  ASSET_GROUP_LABEL,
  ASSET_GROUPS,
  ASSET_TYPE_INFO,
  ASSET_TYPES,
  assignAsset,
  BOUNDARY_DEVICE_TYPES,
  COMPONENT_CLASS_LABEL,
  CRITICALITIES,
  flowProblems,
  ipProblem,
  LINK_MEDIA,
  lifecycleSchemas,
  moveElements,
  nameProblem,
  portProblem,
  PATCH_STATUSES,
  PROJECT_PHASES,
  purdueLevelProblem,
  setAssetLifecycle,
  setBoundaryDevices,
  setFlows,
  setMeta,
  setZoneReview,
  textProblem,
  updateAsset,
  updateConduit,
  updateLink,
  updateZone,
  ZONE_KIND_INFO,
  ZONE_KINDS,
  type Asset,
  type AssetId,
  type Conduit,
  type Criticality,
  type Flow,
  type Link,
  type LinkMedium,
  type PatchStatus,
  type ProjectPhase,
  type SlVector,
  type Zone,
  type ZoneId,
  type ZonewrightDocument,
} from '../../../shared';
import { analysisOf } from '../analysis/findings';
import { ASSET_SIZE, resolveLayout, snap } from '../canvas/geometry';
import { deleteSelection } from '../commands/actions';
import { ArrangeButtons } from '../components/ArrangeButtons';
import { CheckboxField, FieldGroup, SelectField, TextField } from '../components/fields';
import { AssetIcon } from '../icons/assetIcons';
import { ConduitIcon, LinkIcon, PlusIcon, TrashIcon, ZoneIcon } from '../icons/uiIcons';
import { editorStore, useEditor } from '../store/editorStore';
import { SlEditor } from './SlEditor';

type Doc = ZonewrightDocument;
const edit = (fn: (doc: Doc) => Doc) => editorStore.getState().edit(fn);

const maxText = (max: number) => (v: string) => textProblem(v, max);
const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v);
const parseLevel = (v: string): number | undefined => (v.trim() === '' ? undefined : Number(v));
/** Review and patch dates: empty, or a date like 2025-03-31. */
const dateProblem = (v: string): string | undefined =>
  v.trim() === '' || lifecycleSchemas.isoDate.safeParse(v.trim()).success ? undefined : 'Enter a date like 2025-03-31.';
const PATCH_STATUS_OPTIONS = [
  { value: '', label: 'Not recorded' },
  ...PATCH_STATUSES.map((s) => ({ value: s, label: { current: 'Current', pending: 'Patch pending', unsupported: 'Unsupported by the vendor', unknown: 'Unknown' }[s] })),
];

function Header({ icon, kind, title, children }: { readonly icon: ReactNode; readonly kind: string; readonly title: string; readonly children?: ReactNode }) {
  return (
    <div className="inspector-head">
      <span className="inspector-icon">{icon}</span>
      <div className="inspector-titles">
        <span className="inspector-kind">{kind}</span>
        <span className="inspector-title">{title}</span>
      </div>
      {children}
    </div>
  );
}

function DeleteButton() {
  return (
    <button type="button" className="btn btn-icon btn-ghost" onClick={deleteSelection} title="Delete (Del)" aria-label="Delete selection">
      <TrashIcon size={16} />
    </button>
  );
}

function ZoneProperties({ zone, doc }: { readonly zone: Zone; readonly doc: Doc }) {
  const update = useCallback((patch: Parameters<typeof updateZone>[1]['patch']) => edit((d) => updateZone(d, { id: zone.id, patch })), [zone.id]);
  const setSlT = useCallback((slT: SlVector | undefined) => update({ slT }), [update]);
  const parent = zone.parentId ? doc.zones.find((z) => z.id === zone.parentId) : undefined;
  const assets = doc.assets.filter((a) => a.zoneId === zone.id).length;
  return (
    <>
      <Header icon={<ZoneIcon size={18} />} kind="Zone" title={zone.name}>
        <DeleteButton />
      </Header>
      <FieldGroup title="General">
        <TextField label="Name" value={zone.name} validate={nameProblem} onCommit={(name) => update({ name })} testId="field-name" />
        <SelectField
          label="Kind"
          value={zone.kind}
          options={ZONE_KINDS.map((k) => ({ value: k, label: ZONE_KIND_INFO[k].label }))}
          onChange={(kind) => update({ kind: kind as Zone['kind'] })}
        />
        <p className="field-hint">{ZONE_KIND_INFO[zone.kind].description}</p>
        <dl className="facts">
          <dt>Inside</dt>
          <dd>{parent ? parent.name : 'no other zone'}</dd>
          <dt>Assets</dt>
          <dd>{assets}</dd>
        </dl>
        <TextField
          label="Purdue level"
          value={zone.purdueLevel === undefined ? '' : String(zone.purdueLevel)}
          placeholder={ZONE_KIND_INFO[zone.kind].purdueLevel === undefined ? 'none' : `${ZONE_KIND_INFO[zone.kind].purdueLevel} (from kind)`}
          validate={purdueLevelProblem}
          inputMode="decimal"
          onCommit={(v) => update({ purdueLevel: parseLevel(v) })}
        />
        <TextField label="Owner" value={zone.owner ?? ''} validate={maxText(200)} onCommit={(v) => update({ owner: optional(v) })} />
      </FieldGroup>
      <FieldGroup title="Target security level">
        <SlEditor
          label="SL-T"
          value={zone.slT}
          clearLabel="Clear"
          onChange={setSlT}
          description="The level each foundational requirement must reach in this zone (IEC 62443-3-2 ZCR 5)."
        />
      </FieldGroup>
      <FieldGroup title="Review">
        <div className="field-row">
          <TextField
            label="Last review"
            value={zone.lastReview ?? ''}
            placeholder="YYYY-MM-DD"
            validate={dateProblem}
            onCommit={(v) => edit((d) => setZoneReview(d, { zoneId: zone.id, patch: { lastReview: optional(v.trim()) } }))}
          />
          <TextField
            label="Next reassessment"
            value={zone.nextReassessment ?? ''}
            placeholder="YYYY-MM-DD"
            validate={dateProblem}
            onCommit={(v) => edit((d) => setZoneReview(d, { zoneId: zone.id, patch: { nextReassessment: optional(v.trim()) } }))}
          />
        </div>
      </FieldGroup>
      <FieldGroup title="Notes">
        <TextField label="Description" value={zone.description ?? ''} multiline validate={maxText(4000)} onCommit={(v) => update({ description: optional(v) })} />
        <TextField label="Notes" value={zone.notes ?? ''} multiline validate={maxText(20000)} onCommit={(v) => update({ notes: optional(v) })} />
      </FieldGroup>
    </>
  );
}

/** Puts the asset in a zone from the inspector, moving it inside that zone's frame so the drawing agrees. */
function moveIntoZone(doc: Doc, asset: Asset, zoneId: ZoneId | undefined): Doc {
  let next = assignAsset(doc, { assetId: asset.id, zoneId });
  if (zoneId === undefined) return next;
  const layout = resolveLayout(doc);
  const zone = layout.rects.get(zoneId);
  if (zone) {
    const position = { x: snap(zone.x + zone.width / 2 - ASSET_SIZE.width / 2), y: snap(zone.y + zone.height / 2 - ASSET_SIZE.height / 2) };
    next = moveElements(next, { moves: [{ id: asset.id, position }] });
  }
  return next;
}

const ASSET_TYPE_OPTIONS = ASSET_GROUPS.flatMap((g) =>
  ASSET_TYPES.filter((t) => ASSET_TYPE_INFO[t].group === g).map((t) => ({ value: t, label: ASSET_TYPE_INFO[t].label, group: ASSET_GROUP_LABEL[g] })),
);

function AssetProperties({ asset, doc }: { readonly asset: Asset; readonly doc: Doc }) {
  const update = useCallback((patch: Parameters<typeof updateAsset>[1]['patch']) => edit((d) => updateAsset(d, { id: asset.id, patch })), [asset.id]);
  const setSlC = useCallback((slC: SlVector | undefined) => update({ slC }), [update]);
  const info = ASSET_TYPE_INFO[asset.type];
  return (
    <>
      <Header icon={<AssetIcon type={asset.type} size={18} />} kind={info.label} title={asset.name}>
        <DeleteButton />
      </Header>
      <FieldGroup title="General">
        <TextField label="Name" value={asset.name} validate={nameProblem} onCommit={(name) => update({ name })} testId="field-name" />
        <SelectField label="Type" value={asset.type} options={ASSET_TYPE_OPTIONS} onChange={(type) => update({ type: type as Asset['type'] })} />
        <SelectField
          label="Zone"
          value={asset.zoneId ?? ''}
          options={[{ value: '', label: '— none —' }, ...doc.zones.map((z) => ({ value: z.id, label: z.name }))]}
          onChange={(v) => edit((d) => moveIntoZone(d, asset, v === '' ? undefined : (v as ZoneId)))}
        />
        <dl className="facts">
          <dt>Component class</dt>
          <dd>{COMPONENT_CLASS_LABEL[info.componentClass]}</dd>
        </dl>
      </FieldGroup>
      <FieldGroup title="Identification">
        <div className="field-row">
          <TextField label="Vendor" value={asset.vendor ?? ''} validate={maxText(200)} onCommit={(v) => update({ vendor: optional(v) })} />
          <TextField label="Model" value={asset.model ?? ''} validate={maxText(200)} onCommit={(v) => update({ model: optional(v) })} />
        </div>
        <div className="field-row">
          <TextField label="Firmware" value={asset.firmware ?? ''} validate={maxText(200)} onCommit={(v) => update({ firmware: optional(v) })} />
          <TextField label="IP address" value={asset.ip ?? ''} validate={ipProblem} placeholder="10.0.1.20" onCommit={(v) => update({ ip: optional(v.trim()) })} />
        </div>
        <div className="field-row">
          <TextField
            label="Purdue level"
            value={asset.purdueLevel === undefined ? '' : String(asset.purdueLevel)}
            placeholder={info.purdueLevel === undefined ? 'none' : `${info.purdueLevel} (typical)`}
            validate={purdueLevelProblem}
            inputMode="decimal"
            onCommit={(v) => update({ purdueLevel: parseLevel(v) })}
          />
          <SelectField
            label="Criticality"
            value={asset.criticality ?? ''}
            options={[{ value: '', label: '—' }, ...CRITICALITIES.map((c) => ({ value: c, label: c[0]!.toUpperCase() + c.slice(1) }))]}
            onChange={(v) => update({ criticality: v === '' ? undefined : (v as Criticality) })}
          />
        </div>
      </FieldGroup>
      <FieldGroup title="Capability security level">
        <SlEditor
          label="SL-C"
          value={asset.slC}
          clearLabel="Clear"
          onChange={setSlC}
          description="What the component can achieve per FR, from its IEC 62443-4-2 certification or assessment."
        />
      </FieldGroup>
      <FieldGroup title="Maintenance">
        <div className="field-row">
          <SelectField
            label="Patch status"
            value={asset.patchStatus ?? ''}
            options={PATCH_STATUS_OPTIONS}
            onChange={(v) => edit((d) => setAssetLifecycle(d, { assetId: asset.id, patch: { patchStatus: v === '' ? undefined : (v as PatchStatus) } }))}
          />
          <TextField
            label="Last patched"
            value={asset.lastPatched ?? ''}
            placeholder="YYYY-MM-DD"
            validate={dateProblem}
            onCommit={(v) => edit((d) => setAssetLifecycle(d, { assetId: asset.id, patch: { lastPatched: optional(v.trim()) } }))}
          />
        </div>
        <CheckboxField
          label="Temporary device (connected only now and then)"
          checked={asset.temporary ?? false}
          onChange={(on) => edit((d) => setAssetLifecycle(d, { assetId: asset.id, patch: { temporary: on ? true : undefined } }))}
        />
      </FieldGroup>
      <FieldGroup title="Notes">
        <TextField label="Notes" value={asset.notes ?? ''} multiline validate={maxText(20000)} onCommit={(v) => update({ notes: optional(v) })} />
      </FieldGroup>
    </>
  );
}

function FlowRow({ flow, index, flows, conduit, assetOptions }: {
  readonly flow: Flow;
  readonly index: number;
  readonly flows: readonly Flow[];
  readonly conduit: Conduit;
  readonly assetOptions: readonly { value: string; label: string }[];
}) {
  const replace = (next: Flow | undefined) => {
    const list = next ? flows.map((f, i) => (i === index ? next : f)) : flows.filter((_, i) => i !== index);
    edit((d) => setFlows(d, { id: conduit.id, flows: list }));
  };
  const change = (patch: Partial<Flow>) => {
    const next = { ...flow, ...patch } as Record<string, unknown>;
    for (const k of Object.keys(next)) if (next[k] === undefined) delete next[k];
    replace(next as unknown as Flow);
  };
  return (
    <li className="flow-row" aria-label={`Flow ${index + 1}`}>
      <div className="field-row">
        <TextField compact label="Protocol" value={flow.protocol} validate={(v) => nameProblem(v)?.replace('Name', 'Protocol')} onCommit={(protocol) => change({ protocol })} />
        <TextField
          compact
          label="Port"
          value={flow.port === undefined ? '' : String(flow.port)}
          validate={portProblem}
          inputMode="numeric"
          onCommit={(v) => change({ port: v.trim() === '' ? undefined : Number(v) })}
        />
        <button type="button" className="btn btn-icon btn-ghost flow-remove" aria-label={`Remove flow ${index + 1}`} title="Remove flow" onClick={() => replace(undefined)}>
          <TrashIcon size={15} />
        </button>
      </div>
      <div className="field-row">
        <SelectField compact label="From" value={flow.from ?? ''} options={assetOptions} onChange={(v) => change({ from: v === '' ? undefined : (v as AssetId) })} />
        <SelectField compact label="To" value={flow.to ?? ''} options={assetOptions} onChange={(v) => change({ to: v === '' ? undefined : (v as AssetId) })} />
      </div>
      <CheckboxField label="Answers and commands may flow back" checked={flow.bidirectional ?? false} onChange={(b) => change({ bidirectional: b ? true : undefined })} />
    </li>
  );
}

function ConduitProperties({ conduit, doc }: { readonly conduit: Conduit; readonly doc: Doc }) {
  const update = useCallback((patch: Parameters<typeof updateConduit>[1]['patch']) => edit((d) => updateConduit(d, { id: conduit.id, patch })), [conduit.id]);
  const setSlT = useCallback((slT: SlVector | undefined) => update({ slT }), [update]);
  const zones = conduit.zoneIds.map((id) => doc.zones.find((z) => z.id === id)).filter((z): z is Zone => z !== undefined);
  const zoneSet = new Set<string>(conduit.zoneIds);
  const req = analysisOf(doc).requirements.conduits.find((c) => c.conduitId === conduit.id);
  const flows = conduit.flows ?? [];
  const assetsHere = doc.assets.filter((a) => a.zoneId !== undefined && zoneSet.has(a.zoneId));
  const assetOptions = [
    { value: '', label: '— any —' },
    ...[...assetsHere, ...doc.assets.filter((a) => !assetsHere.includes(a) && flows.some((f) => f.from === a.id || f.to === a.id))].map((a) => ({
      value: a.id,
      label: a.name,
    })),
  ];
  const listed = new Set<string>(conduit.boundaryDevices ?? []);
  const candidates = doc.assets.filter((a) => BOUNDARY_DEVICE_TYPES.has(a.type) || listed.has(a.id));
  const toggleDevice = (id: AssetId, on: boolean) => {
    const next = on ? [...(conduit.boundaryDevices ?? []), id] : (conduit.boundaryDevices ?? []).filter((x) => x !== id);
    edit((d) => setBoundaryDevices(d, { id: conduit.id, assetIds: next }));
  };
  return (
    <>
      <Header icon={<ConduitIcon size={18} />} kind="Conduit" title={conduit.name}>
        <DeleteButton />
      </Header>
      <FieldGroup title="General">
        <TextField label="Name" value={conduit.name} validate={nameProblem} onCommit={(name) => update({ name })} testId="field-name" />
        <dl className="facts">
          <dt>Joins</dt>
          <dd>{zones.map((z) => z.name).join(' ↔ ')}</dd>
        </dl>
      </FieldGroup>
      <FieldGroup title="Target security level">
        <SlEditor
          label="SL-T"
          value={conduit.slT}
          inherited={req?.inherited ? req.slT : undefined}
          clearLabel="Inherit from zones"
          onChange={setSlT}
          description={conduit.slT ? undefined : 'Without its own SL-T a conduit takes, per FR, the highest level of its zones.'}
        />
      </FieldGroup>
      <FieldGroup
        title={`Allowed flows (${flows.length})`}
        actions={
          <button
            type="button"
            className="btn btn-small"
            onClick={() => edit((d) => setFlows(d, { id: conduit.id, flows: [...flows, { protocol: 'TCP' }] }))}
          >
            <PlusIcon size={14} /> Add flow
          </button>
        }
      >
        {flows.length === 0 ? (
          <p className="empty-hint">No flow is allowed yet. List each protocol and port that may cross this conduit.</p>
        ) : (
          <ul className="flow-list">
            {flows.map((f, i) => (
              <FlowRow key={i} flow={f} index={i} flows={flows} conduit={conduit} assetOptions={assetOptions} />
            ))}
          </ul>
        )}
        {flows.some((f) => Object.keys(flowProblems(doc, f)).length > 0) && <p className="field-problem">A flow above is not valid.</p>}
      </FieldGroup>
      <FieldGroup title="Boundary devices">
        {candidates.length === 0 ? (
          <p className="empty-hint">Add a firewall, data diode or remote-access gateway to the diagram to enforce this conduit with it.</p>
        ) : (
          <div className="checkbox-list">
            {candidates.map((a) => (
              <CheckboxField
                key={a.id}
                checked={listed.has(a.id)}
                onChange={(on) => toggleDevice(a.id, on)}
                label={
                  <>
                    <AssetIcon type={a.type} size={15} /> {a.name}
                  </>
                }
              />
            ))}
          </div>
        )}
      </FieldGroup>
      <FieldGroup title="Notes">
        <TextField label="Description" value={conduit.description ?? ''} multiline validate={maxText(4000)} onCommit={(v) => update({ description: optional(v) })} />
        <TextField label="Notes" value={conduit.notes ?? ''} multiline validate={maxText(20000)} onCommit={(v) => update({ notes: optional(v) })} />
      </FieldGroup>
    </>
  );
}

function LinkProperties({ link, doc }: { readonly link: Link; readonly doc: Doc }) {
  const update = (patch: Parameters<typeof updateLink>[1]['patch']) => edit((d) => updateLink(d, { id: link.id, patch }));
  const name = (id: string) => doc.assets.find((a) => a.id === id)?.name ?? id;
  return (
    <>
      <Header icon={<LinkIcon size={18} />} kind="Link" title={`${name(link.source)} ↔ ${name(link.target)}`}>
        <DeleteButton />
      </Header>
      <FieldGroup title="General">
        <SelectField
          label="Medium"
          value={link.medium ?? ''}
          options={[{ value: '', label: '—' }, ...LINK_MEDIA.map((m) => ({ value: m, label: m[0]!.toUpperCase() + m.slice(1) }))]}
          onChange={(v) => update({ medium: v === '' ? undefined : (v as LinkMedium) })}
        />
        <SelectField
          label="Conduit"
          value={link.conduitId ?? ''}
          options={[{ value: '', label: '— none —' }, ...doc.conduits.map((c) => ({ value: c.id, label: c.name }))]}
          onChange={(v) => update({ conduitId: v === '' ? undefined : (v as Conduit['id']) })}
        />
        <TextField label="Notes" value={link.notes ?? ''} multiline validate={maxText(20000)} onCommit={(v) => update({ notes: v.trim() === '' ? undefined : v })} />
      </FieldGroup>
    </>
  );
}

function ProjectProperties({ doc }: { readonly doc: Doc }) {
  const update = (patch: Parameters<typeof setMeta>[1]['patch']) => edit((d) => setMeta(d, { patch }));
  const m = doc.meta;
  return (
    <>
      <Header icon={<ZoneIcon size={18} />} kind="Project" title={m.name} />
      <p className="empty-hint">Nothing is selected. Select an element on the canvas to edit it; these fields describe the whole project.</p>
      <FieldGroup title="Project">
        <TextField label="Project name" value={m.name} validate={nameProblem} onCommit={(name) => update({ name })} testId="field-project-name" />
        <TextField label="Description" value={m.description ?? ''} multiline validate={maxText(20000)} onCommit={(v) => update({ description: optional(v) })} />
        <div className="field-row">
          <TextField label="Author" value={m.author ?? ''} validate={maxText(200)} onCommit={(v) => update({ author: optional(v) })} />
          <TextField label="Organization" value={m.organization ?? ''} validate={maxText(200)} onCommit={(v) => update({ organization: optional(v) })} />
        </div>
        <div className="field-row">
          <TextField label="Revision" value={m.revision ?? ''} validate={maxText(50)} onCommit={(v) => update({ revision: optional(v) })} />
          <SelectField
            label="Phase"
            value={m.phase ?? ''}
            options={[{ value: '', label: '—' }, ...PROJECT_PHASES.map((p) => ({ value: p, label: p[0]!.toUpperCase() + p.slice(1) }))]}
            onChange={(v) => update({ phase: v === '' ? undefined : (v as ProjectPhase) })}
          />
        </div>
      </FieldGroup>
      <dl className="facts facts--summary">
        <dt>Zones</dt>
        <dd>{doc.zones.length}</dd>
        <dt>Assets</dt>
        <dd>{doc.assets.length}</dd>
        <dt>Conduits</dt>
        <dd>{doc.conduits.length}</dd>
        <dt>Links</dt>
        <dd>{doc.links.length}</dd>
      </dl>
    </>
  );
}

function MultiProperties({ ids, doc }: { readonly ids: readonly string[]; readonly doc: Doc }) {
  const count = (list: readonly { id: string }[]) => list.filter((e) => ids.includes(e.id)).length;
  const parts = [
    [count(doc.zones), 'zone'],
    [count(doc.assets), 'asset'],
    [count(doc.conduits), 'conduit'],
    [count(doc.links), 'link'],
  ] as const;
  return (
    <>
      <Header icon={<ZoneIcon size={18} />} kind="Selection" title={`${ids.length} elements`}>
        <DeleteButton />
      </Header>
      <p className="empty-hint">
        {parts
          .filter(([n]) => n > 0)
          .map(([n, w]) => `${n} ${w}${n === 1 ? '' : 's'}`)
          .join(', ')}{' '}
        selected. Drag them together, nudge them with the arrow keys, copy or duplicate them, or delete them.
      </p>
      <FieldGroup title="Arrange">
        <ArrangeButtons />
      </FieldGroup>
    </>
  );
}

export function Inspector() {
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const ids = [...selection];
  let body: ReactNode;
  if (ids.length === 0) body = <ProjectProperties doc={doc} />;
  else if (ids.length > 1) body = <MultiProperties ids={ids} doc={doc} />;
  else {
    const id = ids[0] as string;
    const zone = doc.zones.find((z) => z.id === id);
    const asset = zone ? undefined : doc.assets.find((a) => a.id === id);
    const conduit = zone || asset ? undefined : doc.conduits.find((c) => c.id === id);
    const link = zone || asset || conduit ? undefined : doc.links.find((l) => l.id === id);
    // Keyed by id so that drafts never leak from one element to the next.
    if (zone) body = <ZoneProperties key={id} zone={zone} doc={doc} />;
    else if (asset) body = <AssetProperties key={id} asset={asset} doc={doc} />;
    else if (conduit) body = <ConduitProperties key={id} conduit={conduit} doc={doc} />;
    else if (link) body = <LinkProperties key={id} link={link} doc={doc} />;
  }
  return (
    <section className="panel panel-properties" aria-label="Properties">
      <h2 className="panel-title">Properties</h2>
      <div className="panel-body">{body}</div>
    </section>
  );
}
