/**
 * The Maintain phase's records: review dates of the project and of each zone (with overdue
 * warnings), the asset table with versions and patch state (IEC 62443-2-3), and the incident log.
 * Every change is one undoable edit.
 */
import { useId, useMemo, useState } from 'react';
import {
  ASSET_TYPE_INFO,
  PATCH_STATUSES,
  setAssetLifecycle,
  setMaintenance,
  setZoneReview,
  textProblem,
  updateAsset,
  type Asset,
  type PatchStatus,
  type Zone,
  type ZonewrightDocument,
} from '../../../../shared';
import { todayIso } from '../../analysis/today';
import { reveal } from '../../commands/actions';
import { AssetIcon } from '../../icons/assetIcons';
import { WarningIcon } from '../../icons/uiIcons';
import { editorStore, useEditor } from '../../store/editorStore';
import { CellInput } from './CellInput';
import { IncidentLog } from './IncidentLog';
import { overdueReviews, reviewState, reviewText } from './lifecycleModel';

type Doc = ZonewrightDocument;
const edit = (fn: (doc: Doc) => Doc) => editorStore.getState().edit(fn);
const orNone = (v: string) => (v === '' ? undefined : v);

export const PATCH_STATUS_LABEL: Readonly<Record<PatchStatus, string>> = {
  current: 'Current',
  pending: 'Patch pending',
  unsupported: 'Unsupported',
  unknown: 'Unknown',
};

function ReviewStatus({ next, today }: { readonly next: string | undefined; readonly today: string }) {
  const state = reviewState(next, today);
  return (
    <span className={`review-status review-status--${state.kind}`}>
      {state.kind === 'overdue' && <WarningIcon size={13} />}
      {reviewText(state)}
    </span>
  );
}

function Reviews({ doc, today }: { readonly doc: Doc; readonly today: string }) {
  const id = useId();
  const m = doc.maintenance ?? {};
  // Networks outside the asset owner's control (the Internet) are not reassessed, unless dates were recorded for them.
  const zones = doc.zones.filter((z) => z.kind !== 'untrusted' || z.lastReview || z.nextReassessment);
  const setZone = (zone: Zone, patch: { lastReview?: string; nextReassessment?: string }) => edit((d) => setZoneReview(d, { zoneId: zone.id, patch }));
  return (
    <section className="view-card lifecycle-card reviews" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Reviews and reassessment</h3>
      <p className="lifecycle-hint">The risk assessment is repeated on a schedule; a date that has passed is reported in the findings (reassessment overdue).</p>
      <div className="project-review">
        <span className="project-review-label">Project</span>
        <label className="date-field">
          <span>Last review</span>
          <CellInput type="date" label="Project last review" value={m.lastReview?.slice(0, 10) ?? ''} onCommit={(v) => edit((d) => setMaintenance(d, { patch: { lastReview: orNone(v) } }))} />
        </label>
        <label className="date-field">
          <span>Next reassessment</span>
          <CellInput
            type="date"
            label="Project next reassessment"
            value={m.nextReassessment?.slice(0, 10) ?? ''}
            onCommit={(v) => edit((d) => setMaintenance(d, { patch: { nextReassessment: orNone(v) } }))}
          />
        </label>
        <ReviewStatus next={m.nextReassessment} today={today} />
      </div>
      {zones.length === 0 ? (
        <p className="lifecycle-empty">No zones yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="lifecycle-table">
            <thead>
              <tr>
                <th scope="col">Zone</th>
                <th scope="col">Last review</th>
                <th scope="col">Next reassessment</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {zones.map((z) => (
                <tr key={z.id} className={reviewState(z.nextReassessment, today).kind === 'overdue' ? 'is-overdue' : undefined}>
                  <th scope="row">{z.name}</th>
                  <td>
                    <CellInput type="date" label={`Last review of zone ‘${z.name}’`} value={z.lastReview?.slice(0, 10) ?? ''} onCommit={(v) => setZone(z, { lastReview: orNone(v) })} />
                  </td>
                  <td>
                    <CellInput
                      type="date"
                      label={`Next reassessment of zone ‘${z.name}’`}
                      value={z.nextReassessment?.slice(0, 10) ?? ''}
                      onCommit={(v) => setZone(z, { nextReassessment: orNone(v) })}
                    />
                  </td>
                  <td>
                    <ReviewStatus next={z.nextReassessment} today={today} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function matches(asset: Asset, zoneName: string, query: string): boolean {
  if (!query) return true;
  const q = query.toLowerCase();
  return [asset.name, zoneName, asset.vendor, asset.model, asset.firmware, ASSET_TYPE_INFO[asset.type].label].some((s) => s?.toLowerCase().includes(q));
}

function AssetRow({ asset, zoneName }: { readonly asset: Asset; readonly zoneName: string }) {
  const name = `‘${asset.name}’`;
  const lifecycle = (patch: Parameters<typeof setAssetLifecycle>[1]['patch']) => edit((d) => setAssetLifecycle(d, { assetId: asset.id, patch }));
  const status = asset.patchStatus;
  return (
    <tr>
      <th scope="row">
        <button
          type="button"
          className="asset-cell link-button"
          title="Select on the diagram"
          onClick={() => {
            editorStore.getState().showView('diagram');
            reveal([asset.id]);
          }}
        >
          <AssetIcon type={asset.type} size={15} />
          <span>{asset.name}</span>
        </button>
      </th>
      <td className="muted">{zoneName}</td>
      <td>
        <CellInput
          label={`Firmware or software version of ${name}`}
          value={asset.firmware ?? ''}
          placeholder="—"
          validate={(v) => textProblem(v, 200)}
          onCommit={(v) => edit((d) => updateAsset(d, { id: asset.id, patch: { firmware: orNone(v.trim()) } }))}
        />
      </td>
      <td>
        <select
          className={`cell-select patch-status patch-status--${status ?? 'none'}`}
          aria-label={`Patch status of ${name}`}
          value={status ?? ''}
          onChange={(e) => lifecycle({ patchStatus: (orNone(e.target.value) as PatchStatus | undefined) })}
        >
          <option value="">Not recorded</option>
          {PATCH_STATUSES.map((s) => (
            <option key={s} value={s}>
              {PATCH_STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </td>
      <td>
        <CellInput type="date" label={`Last patched ${name}`} value={asset.lastPatched?.slice(0, 10) ?? ''} onCommit={(v) => lifecycle({ lastPatched: orNone(v) })} />
      </td>
      <td className="centre-cell">
        <input type="checkbox" aria-label={`${name} is a temporary device`} checked={asset.temporary ?? false} onChange={(e) => lifecycle({ temporary: e.target.checked ? true : undefined })} />
      </td>
    </tr>
  );
}

function AssetTable({ doc }: { readonly doc: Doc }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const zoneNames = useMemo(() => new Map(doc.zones.map((z) => [z.id as string, z.name])), [doc.zones]);
  // Grouped by zone, in the zones' order; unzoned assets last.
  const order = useMemo(() => new Map(doc.zones.map((z, i) => [z.id as string, i])), [doc.zones]);
  const assets = useMemo(
    () => doc.assets.map((a, i) => ({ a, i })).sort((x, y) => (order.get(x.a.zoneId ?? '') ?? 1e9) - (order.get(y.a.zoneId ?? '') ?? 1e9) || x.i - y.i).map((x) => x.a),
    [doc.assets, order],
  );
  const zoneOf = (a: Asset) => (a.zoneId ? (zoneNames.get(a.zoneId) ?? '—') : 'no zone');
  const shown = assets.filter((a) => matches(a, zoneOf(a), query.trim()));
  const tally = new Map<string, number>();
  for (const a of doc.assets) tally.set(a.patchStatus ?? 'none', (tally.get(a.patchStatus ?? 'none') ?? 0) + 1);
  return (
    <section className="view-card lifecycle-card assets" aria-labelledby={`${id}-title`}>
      <div className="card-head">
        <div>
          <h3 id={`${id}-title`}>Versions and patches (IEC 62443-2-3)</h3>
          <p className="lifecycle-hint">Record each asset’s firmware or software version, whether it is patched, and when it last was. Temporary devices connect only now and then.</p>
        </div>
        <input type="search" className="asset-filter" placeholder="Filter assets" aria-label="Filter assets" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <ul className="patch-tally" aria-label="Patch status summary">
        {[...PATCH_STATUSES, 'none' as const].map((s) => (
          <li key={s} className={`patch-chip patch-status--${s}`}>
            {s === 'none' ? 'Not recorded' : PATCH_STATUS_LABEL[s]} <strong>{tally.get(s) ?? 0}</strong>
          </li>
        ))}
      </ul>
      {doc.assets.length === 0 ? (
        <p className="lifecycle-empty">No assets yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="lifecycle-table asset-table">
            <thead>
              <tr>
                <th scope="col">Asset</th>
                <th scope="col">Zone</th>
                <th scope="col">Firmware / software</th>
                <th scope="col">Patch status</th>
                <th scope="col">Last patched</th>
                <th scope="col" className="centre-cell">
                  Temporary
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((a) => (
                <AssetRow key={a.id} asset={a} zoneName={zoneOf(a)} />
              ))}
            </tbody>
          </table>
          {shown.length === 0 && <p className="lifecycle-empty">No asset matches “{query}”.</p>}
        </div>
      )}
    </section>
  );
}

export function MaintainPanel() {
  const doc = useEditor((s) => s.doc);
  const today = todayIso();
  const overdue = overdueReviews(doc, today);
  return (
    <div className="maintain-panel">
      {overdue.length > 0 && (
        <div className="overdue-banner" role="status">
          <WarningIcon size={16} />
          <div>
            <strong>
              {overdue.length === 1 ? 'A risk reassessment is overdue' : `${overdue.length} risk reassessments are overdue`}
            </strong>
            <ul>
              {overdue.map((o) => (
                <li key={o.zoneId ?? 'project'}>
                  Reassessment of {o.name} was due on {o.due}.
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      <div className="maintain-top">
        <Reviews doc={doc} today={today} />
        <IncidentLog doc={doc} />
      </div>
      <AssetTable doc={doc} />
    </div>
  );
}
