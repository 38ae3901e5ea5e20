/**
 * One threat scenario: a summary line (threat, FRs, unmitigated and residual risk) that opens the
 * scenario for editing: how it plays out, the vulnerabilities, the ratings per consequence
 * category before and after the countermeasures, and the countermeasures. Every change is one
 * undoable edit.
 */
import { useId } from 'react';
import {
  FR_INFO,
  FR_KEYS,
  frLabel,
  removeRiskScenario,
  updateRiskScenario,
  type EffectiveRiskSettings,
  type EvaluatedScenario,
  type FrKey,
  type ScenarioPatch,
} from '../../../../shared';
import { TextField } from '../../components/fields';
import { ChevronIcon, TrashIcon, WarningIcon } from '../../icons/uiIcons';
import { editorStore } from '../../store/editorStore';
import { RiskChip } from './RiskChip';

const TEXT_MAX = 4000;
const textProblem = (v: string) => (v.length > TEXT_MAX ? `At most ${TEXT_MAX} characters.` : undefined);

function RatingSelect({
  label,
  value,
  labels,
  empty,
  onChange,
}: {
  readonly label: string;
  readonly value: number | undefined;
  readonly labels: readonly string[];
  /** Text of the "no value" option. */
  readonly empty: string;
  readonly onChange: (value: number | undefined) => void;
}) {
  return (
    <select aria-label={label} value={value ?? ''} className={value === undefined ? 'is-empty' : undefined} onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))}>
      <option value="">{empty}</option>
      {labels.map((l, i) => (
        <option key={i} value={i + 1}>
          {i + 1} · {l}
        </option>
      ))}
    </select>
  );
}

export function ScenarioCard({
  elementId,
  evaluated,
  number,
  settings,
  expanded,
  onToggle,
}: {
  readonly elementId: string;
  readonly evaluated: EvaluatedScenario;
  readonly number: number;
  readonly settings: EffectiveRiskSettings;
  readonly expanded: boolean;
  readonly onToggle: () => void;
}) {
  const id = useId();
  const { scenario, threat, unmitigated, residual } = evaluated;
  const { matrix } = settings;
  const update = (patch: ScenarioPatch) => editorStore.getState().edit((d) => updateRiskScenario(d, { elementId, id: scenario.id, patch }));
  const rate = (key: 'consequence' | 'residualConsequence', category: string, value: number | undefined) => {
    const next: Record<string, number> = { ...(scenario[key] ?? {}) };
    if (value === undefined) delete next[category];
    else next[category] = value;
    update({ [key]: Object.keys(next).length > 0 ? next : undefined });
  };
  const threatFrs = threat?.frs ?? [];
  const toggleFr = (fr: FrKey, on: boolean) => {
    const now = new Set(evaluated.frs);
    if (on) now.add(fr);
    else now.delete(fr);
    const frs = FR_KEYS.filter((f) => now.has(f));
    if (frs.length === 0) return;
    const same = frs.length === threatFrs.length && frs.every((f) => threatFrs.includes(f));
    update({ frs: same ? undefined : frs });
  };
  const remove = () => {
    if (editorStore.getState().edit((d) => removeRiskScenario(d, { elementId, id: scenario.id }))) {
      editorStore.getState().notify(`Scenario “${evaluated.title}” removed. Undo brings it back.`, 'info');
    }
  };
  const titleId = `${id}-title`;
  const above = unmitigated !== undefined && !unmitigated.tolerable;
  return (
    <li className={`risk-scenario${expanded ? ' is-open' : ''}`}>
      <article aria-labelledby={titleId}>
        <div className="risk-scenario-head">
          <button type="button" className="row-button risk-scenario-toggle" aria-expanded={expanded} aria-controls={`${id}-body`} onClick={onToggle}>
            <ChevronIcon size={14} className="view-chevron" />
            <span className="risk-mark" aria-hidden="true">
              {number}
            </span>
            <span className="risk-scenario-title" id={titleId}>
              {evaluated.title}
            </span>
            {threat?.custom && <span className="risk-tag">Custom</span>}
          </button>
          <span className="risk-scenario-frs">
            <span className="sr-only">Affects </span>
            {evaluated.frs.map((fr) => (
              <span key={fr} className="risk-fr" title={`${frLabel(fr)} ${FR_INFO[fr].name}`}>
                {fr}
              </span>
            ))}
          </span>
          <span className="risk-scenario-risks">
            <RiskChip risk={unmitigated} matrix={matrix} label="Unmitigated risk" />
            <span className="risk-arrow" aria-hidden="true">
              →
            </span>
            <RiskChip risk={residual} matrix={matrix} label="Residual risk" />
          </span>
          <button type="button" className="btn btn-icon btn-ghost" aria-label={`Remove scenario ${evaluated.title}`} title="Remove scenario" onClick={remove}>
            <TrashIcon size={15} />
          </button>
        </div>
        {expanded && (
          <div className="risk-scenario-body" id={`${id}-body`}>
            {threat?.description && <p className="risk-threat-text">{threat.description}</p>}
            <div className="risk-scenario-grid">
              <div>
                <TextField label="How it plays out here" value={scenario.description ?? ''} multiline validate={textProblem} onCommit={(v) => update({ description: v.trim() ? v : undefined })} placeholder="Path of attack, what the attacker would do in this zone" />
                <TextField label="Vulnerabilities" value={scenario.vulnerabilities ?? ''} multiline validate={textProblem} onCommit={(v) => update({ vulnerabilities: v.trim() ? v : undefined })} placeholder="Weaknesses the threat would exploit (ZCR 5.2)" />
                <fieldset className="risk-frs">
                  <legend className="field-label">Foundational requirements affected</legend>
                  <div className="risk-fr-toggles">
                    {FR_KEYS.map((fr) => (
                      <label key={fr} className="risk-fr-toggle" title={FR_INFO[fr].name}>
                        <input type="checkbox" checked={evaluated.frs.includes(fr)} onChange={(e) => toggleFr(fr, e.target.checked)} aria-label={`${frLabel(fr)} ${FR_INFO[fr].name}`} />
                        <span aria-hidden="true">{fr}</span>
                      </label>
                    ))}
                  </div>
                </fieldset>
              </div>
              <div>
                <table className="risk-ratings" aria-label="Ratings">
                  <thead>
                    <tr>
                      <td />
                      <th scope="col">Unmitigated</th>
                      <th scope="col">With countermeasures</th>
                    </tr>
                  </thead>
                  <tbody>
                    <tr className="risk-ratings-likelihood">
                      <th scope="row">Likelihood</th>
                      <td>
                        <RatingSelect label="Likelihood" value={scenario.likelihood} labels={matrix.likelihoods} empty="Not rated" onChange={(v) => update({ likelihood: v })} />
                      </td>
                      <td>
                        <RatingSelect label="Residual likelihood" value={scenario.residualLikelihood} labels={matrix.likelihoods} empty="Not assessed" onChange={(v) => update({ residualLikelihood: v })} />
                      </td>
                    </tr>
                    {matrix.categories.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{c.label}</th>
                        <td>
                          <RatingSelect label={`Consequence: ${c.label}`} value={scenario.consequence?.[c.id]} labels={matrix.consequences} empty="Not rated" onChange={(v) => rate('consequence', c.id, v)} />
                        </td>
                        <td>
                          <RatingSelect
                            label={`Residual consequence: ${c.label}`}
                            value={scenario.residualConsequence?.[c.id]}
                            labels={matrix.consequences}
                            empty="Unchanged"
                            onChange={(v) => rate('residualConsequence', c.id, v)}
                          />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row">Risk</th>
                      <td>
                        <RiskChip risk={unmitigated} matrix={matrix} />
                      </td>
                      <td>
                        <RiskChip risk={residual} matrix={matrix} />
                      </td>
                    </tr>
                  </tfoot>
                </table>
                <p className="risk-hint">
                  Risk = likelihood × the highest consequence; tolerable up to {settings.tolerableRisk}.
                  {above && ' Above tolerable: record the countermeasures and assess the residual risk.'}
                </p>
              </div>
            </div>
            <div className="risk-scenario-grid">
              <TextField label="Existing countermeasures" value={scenario.countermeasures ?? ''} multiline validate={textProblem} onCommit={(v) => update({ countermeasures: v.trim() ? v : undefined })} placeholder="What is in place already (ZCR 5.8)" />
              <TextField
                label="Additional countermeasures"
                value={scenario.additionalCountermeasures ?? ''}
                multiline
                validate={textProblem}
                onCommit={(v) => update({ additionalCountermeasures: v.trim() ? v : undefined })}
                placeholder="Planned where residual risk stays above tolerable (ZCR 5.12)"
              />
            </div>
            {evaluated.warnings.map((w) => (
              <p key={w} className="risk-warning">
                <WarningIcon size={14} /> {w}
              </p>
            ))}
          </div>
        )}
      </article>
    </li>
  );
}
