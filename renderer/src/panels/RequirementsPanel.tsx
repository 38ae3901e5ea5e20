/**
 * The requirements that apply to the selected zone, conduit or asset, from `analyze(doc).requirements`,
 * grouped by foundational requirement, with titles and our guidance.
 */
import { FR_INFO, FR_KEYS, frLabel, requirementById, type FrKey, type SlVector } from '../../../shared';
import { analysisOf } from '../analysis/findings';
import { SlChip } from '../components/Badge';
import { useEditor } from '../store/editorStore';

interface Selected {
  readonly title: string;
  readonly what: string;
  readonly slT: SlVector | undefined;
  readonly inherited: boolean;
  readonly items: readonly string[];
  readonly empty: string;
}

function RequirementList({ items }: { readonly items: readonly string[] }) {
  const byFr = new Map<FrKey, string[]>();
  for (const id of items) {
    const fr = requirementById(id)?.fr;
    if (!fr) continue;
    const list = byFr.get(fr);
    if (list) list.push(id);
    else byFr.set(fr, [id]);
  }
  return (
    <div className="req-groups">
      {FR_KEYS.filter((fr) => byFr.has(fr)).map((fr) => (
        <details key={fr} className="req-group" open>
          <summary>
            <span className="req-fr">{frLabel(fr)}</span> {FR_INFO[fr].name}
            <span className="req-count">{byFr.get(fr)?.length}</span>
          </summary>
          <ul className="req-list">
            {byFr.get(fr)?.map((id) => {
              const r = requirementById(id);
              return (
                <li key={id} className={`req${r?.baseId ? ' req--enhancement' : ''}`}>
                  <span className="req-id">{id}</span>
                  <span className="req-text">
                    <span className="req-title">{r?.title}</span>
                    {r?.guidance && <span className="req-guidance">{r.guidance}</span>}
                  </span>
                </li>
              );
            })}
          </ul>
        </details>
      ))}
    </div>
  );
}

export function RequirementsPanel() {
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const { requirements } = analysisOf(doc);
  let selected: Selected | undefined;
  if (selection.size === 1) {
    const id = [...selection][0] as string;
    const zone = doc.zones.find((z) => z.id === id);
    const zr = zone && requirements.zones.find((r) => r.zoneId === id);
    const conduit = doc.conduits.find((c) => c.id === id);
    const cr = conduit && requirements.conduits.find((r) => r.conduitId === id);
    const asset = doc.assets.find((a) => a.id === id);
    const ar = asset && requirements.assets.find((r) => r.assetId === id);
    if (zone && zr) {
      selected = { title: zone.name, what: 'IEC 62443-3-3 system requirements', slT: zr.slT, inherited: false, items: zr.items, empty: 'Set the zone’s SL-T to see the system requirements it must meet.' };
    } else if (conduit && cr) {
      selected = {
        title: conduit.name,
        what: 'IEC 62443-3-3 system requirements',
        slT: cr.slT,
        inherited: cr.inherited,
        items: cr.items,
        empty: 'Set an SL-T on the conduit or on its zones to see its requirements.',
      };
    } else if (asset && ar) {
      selected = {
        title: asset.name,
        what: 'IEC 62443-4-2 component requirements',
        slT: ar.slT,
        inherited: true,
        items: ar.items,
        empty: asset.zoneId ? 'Set the SL-T of the asset’s zone to see the component requirements.' : 'Put the asset in a zone with an SL-T to see its component requirements.',
      };
    }
  }
  return (
    <section className="panel panel-requirements" aria-label="Requirements">
      <div className="panel-title-row">
        <h2 className="panel-title">Requirements</h2>
        {selected && selected.items.length > 0 && <span className="req-total">{selected.items.length}</span>}
      </div>
      <div className="panel-body">
        {!selected ? (
          <p className="empty-hint">Select a zone, conduit or asset to see the IEC 62443 requirements that apply at its target level.</p>
        ) : (
          <>
            <div className="req-head">
              <span className="req-head-title">{selected.title}</span>
              <SlChip prefix="SL-T" value={selected.slT} inherited={selected.inherited} />
            </div>
            <p className="req-what">{selected.what}</p>
            {selected.items.length === 0 ? <p className="empty-hint">{selected.empty}</p> : <RequirementList items={selected.items} />}
          </>
        )}
      </div>
    </section>
  );
}
