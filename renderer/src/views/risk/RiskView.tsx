/**
 * The risk register per zone and conduit (IEC 62443-3-2 ZCR 2, 4 and 5): the list of registers on
 * the left, the selected one on the right with its threat scenarios, heat map and the SL-T the
 * risks suggest. The register shown is the selected zone or conduit (an asset stands for its zone),
 * so the Properties panel beside it shows the same element.
 */
import '../workflow/assess.css';
import './risk.css';
import { useEffect, useMemo, useState } from 'react';
import { riskRegister, riskSettings, slTDecisionStatus, type ElementRisk, type ZonewrightDocument } from '../../../../shared';
import { ShieldIcon } from '../../icons/uiIcons';
import { guardDeleteKeys } from '../workflow/guardKeys';
import { editorStore, useEditor } from '../../store/editorStore';
import { clearSettingsRequest, settingsRequestPending } from './navigation';
import { RegisterPanel } from './RegisterPanel';
import { RiskChip } from './RiskChip';
import { RiskSettingsPanel } from './RiskSettingsPanel';
import { DECISION_LABEL, decisionState } from './riskModel';

/** The zone or conduit whose register to show, from the selection. */
function registerOf(doc: ZonewrightDocument, selection: ReadonlySet<string>): string | undefined {
  for (const id of selection) {
    if (doc.zones.some((z) => z.id === id) || doc.conduits.some((c) => c.id === id)) return id;
    const asset = doc.assets.find((a) => a.id === id);
    if (asset?.zoneId) return asset.zoneId;
  }
  return undefined;
}

function ElementList({ doc, registers, current }: { readonly doc: ZonewrightDocument; readonly registers: readonly ElementRisk[]; readonly current: string | undefined }) {
  const settings = riskSettings(doc);
  const row = (r: ElementRisk) => {
    const state = decisionState(slTDecisionStatus(doc, r.elementId, settings));
    const selected = r.elementId === current;
    return (
      <tr key={r.elementId} className={selected ? 'is-selected' : undefined} aria-selected={selected}>
        <th scope="row">
          <button type="button" className="risk-list-name" aria-current={selected ? 'true' : undefined} onClick={() => editorStore.getState().select([r.elementId])}>
            {r.name}
          </button>
        </th>
        <td className="risk-num">{r.scenarios.length || '–'}</td>
        <td>
          <RiskChip risk={r.highestUnmitigated} matrix={settings.matrix} compact />
        </td>
        <td>
          <RiskChip risk={r.highestCurrent !== r.highestUnmitigated ? r.highestCurrent : undefined} matrix={settings.matrix} compact />
        </td>
        <td>
          <span className={`risk-decision risk-decision--${state}`}>{DECISION_LABEL[state]}</span>
        </td>
      </tr>
    );
  };
  const zones = registers.filter((r) => r.kind === 'zone');
  const conduits = registers.filter((r) => r.kind === 'conduit');
  const head = (title: string) => (
    <>
      <colgroup>
        <col />
        <col className="risk-col-num" />
        <col className="risk-col-risk" />
        <col className="risk-col-risk" />
        <col className="risk-col-decision" />
      </colgroup>
      <thead>
      <tr>
        <th scope="col">{title}</th>
        <th scope="col" className="risk-num" title="Threat scenarios">
          Scen.
        </th>
        <th scope="col" title="Highest unmitigated risk">
          Risk
        </th>
        <th scope="col" title="Highest residual risk (unmitigated where no residual is assessed), when it differs">
          Resid.
        </th>
        <th scope="col">SL-T</th>
      </tr>
      </thead>
    </>
  );
  return (
    <nav className="risk-list" aria-label="Risk registers">
      <table className="risk-list-table" aria-label="Zones">
        {head('Zones')}
        <tbody>{zones.map(row)}</tbody>
      </table>
      {conduits.length > 0 && (
        <table className="risk-list-table" aria-label="Conduits">
          {head('Conduits')}
          <tbody>{conduits.map(row)}</tbody>
        </table>
      )}
    </nav>
  );
}

export function RiskView() {
  const doc = useEditor((s) => s.doc);
  const current = useEditor((s) => registerOf(s.doc, s.selection));
  const [settingsOpen, setSettingsOpen] = useState(settingsRequestPending);
  useEffect(clearSettingsRequest, []);
  const registers = useMemo(() => riskRegister(doc), [doc]);
  const settings = riskSettings(doc);
  const scenarios = registers.reduce((n, r) => n + r.scenarios.length, 0);
  const withScenarios = registers.filter((r) => r.scenarios.length > 0).length;
  const { matrix } = settings;
  return (
    <div className="risk-view assess-view" onKeyDown={guardDeleteKeys}>
      <header className="assess-head">
        <div className="assess-titles">
          <h2>Risk register</h2>
          <p>
            Threat scenarios per zone and conduit (IEC 62443-3-2 ZCR 2, 4, 5), rated on a {matrix.likelihoods.length}×{matrix.consequences.length} matrix; tolerable risk up to{' '}
            <strong>{settings.tolerableRisk}</strong>
            {settings.tolerableRiskSet ? '' : ' (default)'}. {scenarios === 0 ? 'No scenario yet.' : `${scenarios} scenario${scenarios === 1 ? '' : 's'} in ${withScenarios} register${withScenarios === 1 ? '' : 's'}.`}
          </p>
        </div>
        <button type="button" className={`btn${settingsOpen ? ' is-on' : ''}`} aria-expanded={settingsOpen} aria-controls="risk-settings" onClick={() => setSettingsOpen(!settingsOpen)}>
          Risk method
        </button>
      </header>
      {settingsOpen && <RiskSettingsPanel doc={doc} onClose={() => setSettingsOpen(false)} />}
      <div className="risk-layout">
        <ElementList doc={doc} registers={registers} current={current} />
        {current ? (
          <RegisterPanel key={current} doc={doc} elementId={current} />
        ) : (
          <div className="risk-empty">
            <ShieldIcon size={28} />
            <p>Choose a zone or conduit to see its threat scenarios and the SL-T they suggest.</p>
          </div>
        )}
      </div>
    </div>
  );
}
