/**
 * The SL-T the register suggests (ZCR 5.6) beside the SL-T in force, FR by FR, with the reasons;
 * Accept sets it, Override sets another with a reason. Both are recorded in the element's
 * decision history, shown below, latest first.
 */
import { useId, useState } from 'react';
import {
  acceptSuggestion,
  FR_INFO,
  FR_KEYS,
  frLabel,
  overrideSlT,
  riskElement,
  SECURITY_LEVELS,
  slTDecisionStatus,
  suggestSlT,
  type ElementRisk,
  type SecurityLevel,
  type SlTDecision,
  type SlVector,
  type ZonewrightDocument,
} from '../../../../shared';
import { slText } from '../../components/Badge';
import { todayIso } from '../../analysis/today';
import { editorStore } from '../../store/editorStore';
import { storedDecider, storeDecider } from './decider';
import { DECISION_LABEL, decisionState, groupedReasons, slDiffers } from './riskModel';
import { FormField } from '../../components/fields';

function HistoryEntry({ d }: { readonly d: SlTDecision }) {
  return (
    <li className={`risk-history-entry risk-history-entry--${d.action}`}>
      <div className="risk-history-line">
        <strong>{d.action === 'accepted' ? 'Accepted' : 'Overridden'}</strong> by {d.by} on {d.date.slice(0, 10)}: SL-T <span className="risk-mono">{slText(d.slT)}</span>
        {d.suggested && slDiffers(d.suggested, d.slT) && (
          <>
            {' '}
            (suggested <span className="risk-mono">{slText(d.suggested)}</span>)
          </>
        )}
        {d.previous && (
          <>
            , was <span className="risk-mono">{slText(d.previous)}</span>
          </>
        )}
      </div>
      {d.reason && <div className="risk-history-reason">“{d.reason}”</div>}
    </li>
  );
}

export function SlTSuggestionPanel({ doc, elementId, risk }: { readonly doc: ZonewrightDocument; readonly elementId: string; readonly risk: ElementRisk }) {
  const id = useId();
  const target = riskElement(doc, elementId)!;
  const suggestion = suggestSlT(risk);
  const status = slTDecisionStatus(doc, elementId);
  const state = decisionState(status);
  const current = target.element.slT;
  const [by, setBy] = useState(() => storedDecider() || status.decision?.by || '');
  const [byProblem, setByProblem] = useState<string | undefined>();
  const [override, setOverride] = useState<{ slT: SlVector; reason: string; problem?: string } | null>(null);
  const history = [...(target.element.slTDecisions ?? [])].reverse();
  const canAccept = suggestion !== undefined && (state !== 'accepted' || slDiffers(current, suggestion.slT));

  const decider = (): string | undefined => {
    if (!by.trim()) {
      setByProblem('Enter who takes the decision.');
      document.getElementById(`${id}-by`)?.focus();
      return undefined;
    }
    setByProblem(undefined);
    storeDecider(by);
    return by.trim();
  };
  const accept = () => {
    const name = decider();
    if (!name) return;
    if (editorStore.getState().edit((d) => acceptSuggestion(d, { elementId, by: name, date: todayIso() }))) {
      editorStore.getState().notify(`SL-T of ${target.element.name} set to the suggestion.`, 'success');
    }
  };
  const recordOverride = () => {
    if (!override) return;
    const name = decider();
    if (!name) return;
    if (!override.reason.trim()) {
      setOverride({ ...override, problem: 'Say why the suggestion does not fit: the reason is recorded with the decision.' });
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    if (editorStore.getState().edit((d) => overrideSlT(d, { elementId, by: name, date: todayIso(), slT: override.slT, reason: override.reason }))) {
      setOverride(null);
      editorStore.getState().notify(`SL-T of ${target.element.name} overridden; the reason is recorded.`, 'success');
    }
  };

  return (
    <section className="risk-card risk-slt" aria-labelledby={`${id}-title`}>
      <div className="risk-card-head">
        <h4 className="risk-card-title" id={`${id}-title`}>
          SL-T from the risk register
        </h4>
        <span className={`risk-decision risk-decision--${state}`}>{DECISION_LABEL[state]}</span>
      </div>
      {!suggestion ? (
        <p className="risk-hint">Rate a threat scenario (likelihood and a consequence) to get a suggested SL-T.</p>
      ) : (
        <>
          <table className="risk-slt-table" aria-label="Current and suggested SL-T per foundational requirement">
            <thead>
              <tr>
                <td />
                {FR_KEYS.map((fr) => (
                  <th scope="col" key={fr} title={`${frLabel(fr)} ${FR_INFO[fr].name}`}>
                    {fr}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Current</th>
                {FR_KEYS.map((fr) => (
                  <td key={fr} data-fr={fr} className="risk-slt-current">
                    {current ? current[fr] : '–'}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Suggested</th>
                {FR_KEYS.map((fr) => {
                  const up = current ? suggestion.slT[fr] > current[fr] : false;
                  const down = current ? suggestion.slT[fr] < current[fr] : false;
                  return (
                    <td key={fr} data-fr={fr} className={`risk-slt-suggested${up ? ' is-up' : down ? ' is-down' : ''}`} title={suggestion.reasons[fr]}>
                      {suggestion.slT[fr]}
                      {up && <span className="sr-only"> (above current)</span>}
                      {down && <span className="sr-only"> (below current)</span>}
                    </td>
                  );
                })}
              </tr>
            </tbody>
          </table>
          <ul className="risk-reasons" aria-label="Why">
            {groupedReasons(suggestion.reasons).map((g) => (
              <li key={g.frs.join()}>
                <span className="risk-reason-frs">{g.frs.join(', ')}</span>
                <span>{g.reason}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {status.state === 'outdated' && <p className="risk-warning">{status.reason} Review the SL-T: accept the new suggestion or override it.</p>}
      <div className="risk-slt-actions">
        <FormField htmlFor={`${id}-by`} label="Decided by" className="risk-by" problem={byProblem}>
          <input
            id={`${id}-by`}
            type="text"
            value={by}
            placeholder="Name"
            aria-invalid={byProblem ? true : undefined}
            aria-describedby={byProblem ? `${id}-by-problem` : undefined}
            onChange={(e) => {
              setBy(e.target.value);
              if (e.target.value.trim()) setByProblem(undefined);
            }}
          />
          {byProblem && (
            <p className="field-problem" id={`${id}-by-problem`} role="alert">
              {byProblem}
            </p>
          )}
        </FormField>
        <button type="button" className="btn btn-primary" disabled={!canAccept} onClick={accept} title={suggestion ? undefined : 'No suggestion: rate a scenario first'}>
          Accept suggestion
        </button>
        <button
          type="button"
          className="btn"
          aria-expanded={override !== null}
          onClick={() => setOverride(override ? null : { slT: current ?? suggestion?.slT ?? { IAC: 1, UC: 1, SI: 1, DC: 1, RDF: 1, TRE: 1, RA: 1 }, reason: '' })}
        >
          Override…
        </button>
      </div>
      {override && (
        <fieldset className="risk-override">
          <legend>Override the SL-T</legend>
          <div className="risk-override-levels">
            {FR_KEYS.map((fr) => (
              <label key={fr} className="risk-override-level">
                <span title={FR_INFO[fr].name}>{fr}</span>
                <select
                  aria-label={`Override SL-T ${frLabel(fr)}`}
                  value={override.slT[fr]}
                  onChange={(e) => setOverride({ ...override, slT: { ...override.slT, [fr]: Number(e.target.value) as SecurityLevel } })}
                >
                  {SECURITY_LEVELS.map((l) => (
                    <option key={l} value={l}>
                      {l}
                    </option>
                  ))}
                </select>
              </label>
            ))}
          </div>
          <FormField htmlFor={`${id}-reason`} label="Reason for the override (required)" problem={override.problem}>
            <textarea
              id={`${id}-reason`}
              rows={2}
              value={override.reason}
              aria-invalid={override.problem ? true : undefined}
              aria-describedby={override.problem ? `${id}-reason-problem` : undefined}
              onChange={(e) => setOverride({ ...override, reason: e.target.value, problem: e.target.value.trim() ? undefined : override.problem })}
            />
            {override.problem && (
              <p className="field-problem" id={`${id}-reason-problem`} role="alert">
                {override.problem}
              </p>
            )}
          </FormField>
          <div className="risk-override-actions">
            <button type="button" className="btn btn-primary" onClick={recordOverride}>
              Record override
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => setOverride(null)}>
              Cancel
            </button>
          </div>
        </fieldset>
      )}
      {history.length > 0 && (
        <div className="risk-history">
          <h5>Decision history</h5>
          <ol aria-label="SL-T decisions, latest first">
            {history.map((d, i) => (
              <HistoryEntry key={history.length - i} d={d} />
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
