/** The register of one zone or conduit: summary, heat map, SL-T suggestion, threat scenarios. */
import { useState } from 'react';
import { elementRisk, riskElement, riskSettings, type ZonewrightDocument } from '../../../../shared';
import { SlChip } from '../../components/Badge';
import { editorStore } from '../../store/editorStore';
import { showOnDiagram } from '../workflow/navigation';
import { AddScenario } from './AddScenario';
import { RiskChip } from './RiskChip';
import { RiskHeatMap } from './RiskHeatMap';
import { ScenarioCard } from './ScenarioCard';
import { SlTSuggestionPanel } from './SlTSuggestionPanel';

export function RegisterPanel({ doc, elementId }: { readonly doc: ZonewrightDocument; readonly elementId: string }) {
  const settings = riskSettings(doc);
  const target = riskElement(doc, elementId);
  const risk = elementRisk(doc, elementId, settings);
  // Scenarios opened for editing; a new one opens by itself.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(risk && risk.scenarios.length === 1 ? [risk.scenarios[0]!.scenario.id] : []));
  if (!target || !risk) return null;
  const { element } = target;
  const kindText = target.kind === 'zone' ? `${doc.zones.find((z) => z.id === elementId)?.kind ?? ''} zone` : 'Conduit';
  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
  };
  const onAdded = () => {
    const added = riskElement(editorStore.getState().doc, elementId)?.element.risks?.at(-1);
    if (added) setOpen(new Set([...open, added.id]));
  };
  const headingId = `risk-register-${elementId}`;
  const unassessed = risk.scenarios.filter((s) => s.unmitigated && !s.residual).length;
  return (
    <section className="risk-register" aria-labelledby={headingId}>
      <header className="risk-register-head">
        <div>
          <span className="risk-register-kind">{kindText}</span>
          <h3 id={headingId}>{element.name}</h3>
        </div>
        <div className="risk-register-tools">
          <SlChip prefix="SL-T" value={element.slT} />
          <button type="button" className="btn btn-small" onClick={() => showOnDiagram([elementId])}>
            Show on diagram
          </button>
        </div>
      </header>
      <dl className="risk-facts">
        <div>
          <dt>Threat scenarios</dt>
          <dd>{risk.scenarios.length}</dd>
        </div>
        <div>
          <dt>Highest unmitigated</dt>
          <dd>
            <RiskChip risk={risk.highestUnmitigated} matrix={settings.matrix} />
          </dd>
        </div>
        <div>
          <dt>Highest residual</dt>
          <dd>
            <RiskChip risk={risk.scenarios.some((s) => s.residual) ? risk.highestCurrent : undefined} matrix={settings.matrix} />
            {unassessed > 0 && risk.scenarios.some((s) => s.residual) && (
              <span className="risk-fact-note">
                {unassessed} scenario{unassessed === 1 ? '' : 's'} without residual count{unassessed === 1 ? 's' : ''} as unmitigated
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>Above tolerable ({settings.tolerableRisk})</dt>
          <dd>
            {risk.aboveTolerable} before, {risk.currentAboveTolerable} after countermeasures
          </dd>
        </div>
      </dl>
      <div className="risk-overview">
        <RiskHeatMap matrix={settings.matrix} tolerableRisk={settings.tolerableRisk} scenarios={risk.scenarios} />
        <SlTSuggestionPanel doc={doc} elementId={elementId} risk={risk} />
      </div>
      <section className="risk-scenarios" aria-labelledby={`${headingId}-scenarios`}>
        <div className="risk-section-head">
          <h4 id={`${headingId}-scenarios`}>Threat scenarios</h4>
        </div>
        {risk.scenarios.length === 0 && <p className="risk-hint">No threat scenario yet. Add one from the starter library, or define a threat of your own.</p>}
        <ol className="risk-scenario-list">
          {risk.scenarios.map((s, i) => (
            <ScenarioCard
              key={s.scenario.id}
              elementId={elementId}
              evaluated={s}
              number={i + 1}
              settings={settings}
              expanded={open.has(s.scenario.id)}
              onToggle={() => toggle(s.scenario.id)}
            />
          ))}
        </ol>
        <AddScenario doc={doc} elementId={elementId} onAdded={onAdded} />
      </section>
    </section>
  );
}
