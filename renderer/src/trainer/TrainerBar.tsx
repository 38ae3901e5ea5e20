/**
 * The trainer's bar above the main area: the what-if experiment's live deltas against where it
 * started (with revert and keep), the guided scenario under way (step n of m, explanation, Back /
 * Show me / Next, Exit), and in presentation mode the way out. Also owns Escape-to-exit presenting.
 */
import './trainer.css';
import { useEffect, useMemo } from 'react';
import type { Finding } from '../../../shared';
import { analysisOf } from '../analysis/findings';
import { useAnalysis } from '../analysis/useAnalysis';
import { isEditable } from '../clipboard/useClipboardEvents';
import { CheckCircleIcon, ErrorIcon, InfoIcon, WarningIcon } from '../icons/uiIcons';
import { editorStore, useEditor, type WhatIf } from '../store/editorStore';
import { ReferenceLink } from '../views/reference/ReferenceLink';
import { exitScenario, goToStep, keepWhatIf, revertWhatIf, setPresentation, showFix } from './actions';
import { scenarioById, type Scenario } from './scenarios';
import { describeCount, describeElement, whatIfDelta } from './whatIfDelta';

const ICON = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon } as const;

function FindingLine({ finding, sign }: { readonly finding: Finding; readonly sign: '+' | '−' }) {
  const Icon = ICON[finding.severity];
  return (
    <li className={`whatif-finding whatif-finding--${sign === '+' ? 'added' : 'removed'} is-${finding.severity}`} data-rule={finding.rule}>
      <span className="whatif-sign" aria-hidden="true">
        {sign}
      </span>
      <Icon size={14} />
      <span className="whatif-finding-text">
        <span className="whatif-rule">{finding.rule}</span> {finding.message}
      </span>
    </li>
  );
}

function WhatIfPanel({ whatIf }: { readonly whatIf: WhatIf }) {
  const live = useAnalysis();
  const delta = useMemo(
    () => whatIfDelta({ doc: whatIf.base, result: analysisOf(whatIf.base) }, { doc: live.doc, result: live.result }),
    [whatIf.base, live.doc, live.result],
  );
  const errorsNow = live.result.findings.filter((f) => f.severity === 'error').length;
  const errorsBefore = analysisOf(whatIf.base).findings.filter((f) => f.severity === 'error').length;
  return (
    <section className="trainer-section whatif" aria-labelledby="whatif-title">
      <div className="trainer-head">
        <h2 id="whatif-title" className="trainer-title">
          <span className="trainer-tag">What-if</span> Experiment under way
        </h2>
        <div className="trainer-actions">
          <button type="button" className="btn" onClick={revertWhatIf} title="Go back to the project as it was when the experiment started">
            Revert
          </button>
          <button type="button" className="btn btn-primary" onClick={keepWhatIf}>
            Keep changes
          </button>
        </div>
      </div>
      {delta.empty ? (
        <p className="trainer-text">Change an SL-T, move an asset or redraw a conduit: the findings and requirements that change show here, against where you started.</p>
      ) : (
        <div className="whatif-body" role="status" aria-live="polite" aria-label="Changes since the experiment started">
          <div className="whatif-col">
            <h3 className="whatif-heading">
              Findings: <span className="whatif-added-count">{delta.added.length} new</span>, <span className="whatif-removed-count">{delta.removed.length} gone</span>
              <span className="whatif-errors">
                {' '}
                · errors {errorsBefore} → {errorsNow}
              </span>
            </h3>
            {delta.added.length + delta.removed.length > 0 && (
              <ul className="whatif-list" aria-label="Findings added and removed" tabIndex={0}>
                {delta.added.map((f, i) => (
                  <FindingLine key={`a${i}`} finding={f} sign="+" />
                ))}
                {delta.removed.map((f, i) => (
                  <FindingLine key={`r${i}`} finding={f} sign="−" />
                ))}
              </ul>
            )}
          </div>
          <div className="whatif-col">
            <h3 className="whatif-heading">Requirements and SL-T</h3>
            <ul className="whatif-list" aria-label="Requirement changes" tabIndex={0}>
              {delta.elements.map((e) => (
                <li key={e.id} className="whatif-element" data-element={e.id}>
                  <span className="whatif-kind">{e.kind}</span> {describeElement(e)}
                </li>
              ))}
              {delta.componentRequirements !== 0 && (
                <li className="whatif-element">
                  <span className="whatif-kind">assets</span> Component requirements (4-2): {describeCount(0, delta.componentRequirements)}
                </li>
              )}
              {delta.elements.length === 0 && delta.componentRequirements === 0 && <li className="whatif-element">No requirement changed.</li>}
            </ul>
          </div>
        </div>
      )}
    </section>
  );
}

function ScenarioPanel({ scenario, step }: { readonly scenario: Scenario; readonly step: number }) {
  const doc = useEditor((s) => s.doc);
  const total = scenario.steps.length;
  const current = scenario.steps[step];
  const done = useMemo(() => (current ? current.check(doc) : true), [current, doc]);
  const doneCount = useMemo(() => scenario.steps.filter((s) => s.check(doc)).length, [scenario, doc]);
  if (!current) {
    return (
      <section className="trainer-section scenario is-complete" aria-labelledby="scenario-title">
        <div className="trainer-head">
          <h2 id="scenario-title" className="trainer-title">
            <span className="trainer-tag">Scenario</span> {scenario.title}: complete
          </h2>
          <div className="trainer-actions">
            <button type="button" className="btn" onClick={() => goToStep(total - 1)}>
              Back
            </button>
            <button type="button" className="btn btn-primary" onClick={exitScenario}>
              Exit scenario
            </button>
          </div>
        </div>
        <p className="trainer-text" role="status">
          <CheckCircleIcon size={16} /> {doneCount === total ? `All ${total} steps are done.` : `${doneCount} of ${total} steps are done; go back to finish the others.`} The findings
          panel shows what is left.
        </p>
      </section>
    );
  }
  return (
    <section className={`trainer-section scenario${done ? ' is-done' : ''}`} aria-labelledby="scenario-title">
      <div className="trainer-head">
        <h2 id="scenario-title" className="trainer-title">
          <span className="trainer-tag">Scenario</span>
          <span className="scenario-progress">
            Step {step + 1} of {total}
          </span>
          {current.title}
        </h2>
        <div className="trainer-actions">
          <button type="button" className="btn" onClick={() => goToStep(step - 1)} disabled={step === 0}>
            Back
          </button>
          <button type="button" className="btn" onClick={showFix} disabled={done} title="Apply one fix for this step (undo takes it back)">
            Show me
          </button>
          <button type="button" className={`btn${done ? ' btn-primary' : ''}`} onClick={() => goToStep(step + 1)}>
            {step + 1 === total ? 'Finish' : 'Next'}
          </button>
          <button type="button" className="btn btn-ghost" onClick={exitScenario}>
            Exit
          </button>
        </div>
      </div>
      <p className="trainer-text scenario-explanation">
        {current.explanation} <ReferenceLink clause={current.clause} className="scenario-clause" />
      </p>
      <p className={`scenario-state${done ? ' is-done' : ''}`} role="status">
        {done ? (
          <>
            <CheckCircleIcon size={16} /> Done: this problem is fixed.{step + 1 < total ? ' Go on with Next.' : ' Press Finish.'}
          </>
        ) : (
          'To do: fix it on the canvas, or press Show me.'
        )}
      </p>
    </section>
  );
}

/** Escape leaves presentation mode, unless a field, dialog or menu wants the key. */
function usePresentationEscape(presenting: boolean) {
  useEffect(() => {
    if (!presenting) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || isEditable(e.target)) return;
      const s = editorStore.getState();
      if (s.dialog || s.contextMenu || s.findOpen) return;
      e.preventDefault();
      setPresentation(false);
    };
    // Capture phase: ahead of the window's shortcut handler, which would also clear the selection.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [presenting]);
}

export function TrainerBar() {
  const whatIf = useEditor((s) => s.whatIf);
  const progress = useEditor((s) => s.scenario);
  const presenting = useEditor((s) => s.presentation);
  usePresentationEscape(presenting);
  const scenario = progress ? scenarioById(progress.id) : undefined;
  if (!whatIf && !scenario && !presenting) return null;
  return (
    <div className="trainer-bar">
      {presenting && (
        <div className="presentation-strip">
          <span>Presentation mode</span>
          <button type="button" className="btn presentation-exit" onClick={() => setPresentation(false)}>
            Exit presentation <kbd>Esc</kbd>
          </button>
        </div>
      )}
      {scenario && progress && <ScenarioPanel scenario={scenario} step={progress.step} />}
      {whatIf && <WhatIfPanel whatIf={whatIf} />}
    </div>
  );
}
