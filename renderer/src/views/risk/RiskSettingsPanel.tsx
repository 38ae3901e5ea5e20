/**
 * The project's risk method (ZCR 4, ZCR 6.8): the tolerable risk, and the matrix: its likelihood
 * and consequence steps with their labels, the consequence categories and the score bands. A
 * change that existing ratings would not fit is refused, and the panel says which ratings.
 */
import { useId, useState } from 'react';
import {
  DEFAULT_RISK_MATRIX,
  matrixChangeProblems,
  maxRiskScore,
  riskLevel,
  riskSettings,
  setRiskSettings,
  type RiskMatrix,
  type ZonewrightDocument,
} from '../../../../shared';
import { FormField, TextField } from '../../components/fields';
import { CloseIcon } from '../../icons/uiIcons';
import { editorStore } from '../../store/editorStore';
import { bandTone, describeMatrixProblem, resizeMatrix } from './riskModel';

const STEP_COUNTS = [2, 3, 4, 5, 6, 7, 8, 9, 10];
const labelProblem = (v: string) => (!v.trim() ? 'Enter a label.' : v.trim().length > 60 ? 'At most 60 characters.' : undefined);

interface Refusal {
  readonly what: string;
  readonly problems: readonly string[];
}

export function RiskSettingsPanel({ doc, onClose }: { readonly doc: ZonewrightDocument; readonly onClose: () => void }) {
  const id = useId();
  const settings = riskSettings(doc);
  const { matrix } = settings;
  const top = maxRiskScore(matrix);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  /** Applies a new matrix, or says why not. */
  const applyMatrix = (next: RiskMatrix | undefined, what: string) => {
    const problems = matrixChangeProblems(doc, next ?? DEFAULT_RISK_MATRIX);
    if (problems.length > 0) {
      setRefusal({ what, problems: problems.map((p) => describeMatrixProblem(doc, matrix, p)) });
      return;
    }
    setRefusal(null);
    const changed = editorStore.getState().edit((d) => setRiskSettings(d, { patch: { matrix: next } }));
    if (!changed && next !== undefined && next !== doc.risk?.matrix) {
      setRefusal({ what, problems: ['The matrix would not be valid: every label needs text and the score bands must fit the matrix.'] });
    }
  };
  const setTolerable = (value: number) => {
    setRefusal(null);
    editorStore.getState().edit((d) => setRiskSettings(d, { patch: { tolerableRisk: value } }));
  };
  const relabel = (key: 'likelihoods' | 'consequences', i: number, label: string) =>
    applyMatrix({ ...matrix, [key]: matrix[key].map((l, j) => (j === i ? label.trim() : l)) }, 'The label');

  const scale = (key: 'likelihoods' | 'consequences', title: string) => (
    <fieldset className="risk-settings-scale">
      <legend>{title}</legend>
      <FormField htmlFor={`${id}-${key}`} label="Steps">
        <select
          id={`${id}-${key}`}
          value={matrix[key].length}
          onChange={(e) => {
            const n = Number(e.target.value);
            const next = key === 'likelihoods' ? resizeMatrix(matrix, n, matrix.consequences.length) : resizeMatrix(matrix, matrix.likelihoods.length, n);
            applyMatrix(next, `${title} with ${n} steps`);
          }}
        >
          {STEP_COUNTS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </FormField>
      <ol className="risk-settings-labels">
        {matrix[key].map((label, i) => (
          <li key={`${i}-${label}`}>
            <span className="risk-heat-step" aria-hidden="true">
              {i + 1}
            </span>
            <TextField compact label={`${title} ${i + 1}`} value={label} validate={labelProblem} onCommit={(v) => relabel(key, i, v)} />
          </li>
        ))}
      </ol>
    </fieldset>
  );

  return (
    <section className="risk-settings assess-card" id="risk-settings" aria-labelledby={`${id}-title`}>
      <div className="risk-card-head">
        <h3 className="risk-card-title" id={`${id}-title`}>
          Risk method
        </h3>
        <button type="button" className="btn btn-icon btn-ghost" aria-label="Close the risk method" onClick={onClose}>
          <CloseIcon size={16} />
        </button>
      </div>
      {refusal && (
        <div className="risk-refusal" role="alert">
          <strong>{refusal.what} is refused:</strong> {refusal.problems.length === 1 ? 'a rating would not fit.' : `${refusal.problems.length} ratings would not fit.`} Change these first, then try again.
          <ul>
            {refusal.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="risk-settings-grid">
        <fieldset className="risk-settings-scale">
          <legend>Tolerable risk</legend>
          <FormField htmlFor={`${id}-tolerable`} label="Highest tolerable score">
            <select id={`${id}-tolerable`} value={settings.tolerableRisk} onChange={(e) => setTolerable(Number(e.target.value))}>
              {Array.from({ length: top }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n} ({riskLevel(n, matrix).label})
                </option>
              ))}
            </select>
          </FormField>
          {settings.tolerableRiskSet ? (
            <p className="risk-hint">Set by the project. Scores above it call for countermeasures (ZCR 4, 5.7, 5.11).</p>
          ) : (
            <>
              <p className="risk-hint">The default is in use; the asset owner should set it (ZCR 6.8).</p>
              <button type="button" className="btn btn-small" onClick={() => setTolerable(settings.tolerableRisk)}>
                Confirm {settings.tolerableRisk} as tolerable
              </button>
            </>
          )}
          <h4 className="risk-settings-sub">Score bands</h4>
          <ol className="risk-settings-bands">
            {matrix.bands.map((b, i) => {
              const end = matrix.bands[i + 1]?.minScore;
              return (
                <li key={`${i}-${b.label}`}>
                  <span className={`risk-chip risk-tone-${bandTone(i, matrix.bands.length)}`}>{b.label}</span>
                  <span className="risk-band-range">
                    {b.minScore}
                    {end === undefined ? `–${top}` : end - 1 > b.minScore ? `–${end - 1}` : ''}
                  </span>
                  <span className="risk-band-sl">suggests SL {b.sl}</span>
                </li>
              );
            })}
          </ol>
        </fieldset>
        {scale('likelihoods', 'Likelihood')}
        {scale('consequences', 'Consequence')}
        <fieldset className="risk-settings-scale">
          <legend>Consequence categories</legend>
          <ol className="risk-settings-labels">
            {matrix.categories.map((c, i) => (
              <li key={c.id}>
                <TextField
                  compact
                  label={`Category ${i + 1}`}
                  value={c.label}
                  validate={labelProblem}
                  onCommit={(v) => applyMatrix({ ...matrix, categories: matrix.categories.map((x) => (x.id === c.id ? { ...x, label: v.trim() } : x)) }, 'The label')}
                />
              </li>
            ))}
          </ol>
          {settings.matrixSet && (
            <button type="button" className="btn btn-small" onClick={() => applyMatrix(undefined, 'The default matrix')}>
              Reset to the default 5×5 matrix
            </button>
          )}
        </fieldset>
      </div>
    </section>
  );
}
