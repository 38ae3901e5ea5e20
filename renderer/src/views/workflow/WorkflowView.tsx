/**
 * The ZCR workflow of IEC 62443-3-2, step by step: the overall progress at the top, then each step
 * with what the document already shows and what is missing, links to where to fix it, and the
 * forms that belong to a step (the SUC description, the documentation, the approval).
 */
import './assess.css';
import './workflow.css';
import { useEffect, useMemo } from 'react';
import { approvalStatus, zcrWorkflow, type WorkflowStep } from '../../../../shared';
import { useAnalysis } from '../../analysis/useAnalysis';
import { CheckCircleIcon, PdfIcon } from '../../icons/uiIcons';
import { editorStore } from '../../store/editorStore';
import { openRiskRegister, openRiskSettings } from '../risk/navigation';
import { ApprovalPanel } from './ApprovalPanel';
import { guardDeleteKeys } from './guardKeys';
import { onStepRequest, stepAnchor, takePendingStep } from './navigation';
import { StatusPill, StepCard } from './StepCard';
import { SucDocumentationForm, SucScopeForm } from './SucForm';
import { APPROVAL_LABEL, summarize } from './workflowModel';

/** A short name for each step in the strip at the top. */
const SHORT: Readonly<Record<string, string>> = {
  'ZCR 1': 'System under consideration',
  'ZCR 2': 'Initial risk',
  'ZCR 3': 'Zones and conduits',
  'ZCR 4': 'Tolerable risk',
  'ZCR 5': 'Detailed risk',
  'ZCR 6': 'Documentation',
  'ZCR 7': 'Approval',
};

function scrollToStep(stepId: string) {
  const section = document.getElementById(stepAnchor(stepId));
  section?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  section?.focus({ preventScroll: true });
}

function Summary({ steps, approval }: { readonly steps: readonly WorkflowStep[]; readonly approval: ReturnType<typeof approvalStatus> }) {
  const s = summarize(steps);
  const leaves = s.subSteps.done + s.subSteps.partial + s.subSteps.missing;
  const part = (n: number) => `${(n / Math.max(1, leaves)) * 100}%`;
  return (
    <div className="wf-summary assess-card" role="group" aria-label="Progress">
      <div className="wf-summary-main">
        <div className="wf-percent" aria-hidden="true">
          {s.percent}
          <span>%</span>
        </div>
        <div className="wf-summary-text">
          <p className="wf-summary-line">
            <strong>
              {s.steps.done} of {steps.length} steps done
            </strong>
            {' · '}
            {s.subSteps.done} of {leaves} sub-steps done, {s.subSteps.partial} partly, {s.subSteps.missing} not started
          </p>
          <div className="wf-bar" role="img" aria-label={`${s.subSteps.done} sub-steps done, ${s.subSteps.partial} partly done, ${s.subSteps.missing} not started`}>
            <span className="wf-bar-seg wf-bar-seg--done" style={{ width: part(s.subSteps.done) }} />
            <span className="wf-bar-seg wf-bar-seg--partial" style={{ width: part(s.subSteps.partial) }} />
          </div>
          <p className="wf-summary-sub">
            {s.done} checks met, {s.missing} to do · Approval: <span className={`wf-approval-word wf-approval-word--${approval}`}>{APPROVAL_LABEL[approval]}</span>
          </p>
        </div>
      </div>
      <ol className="wf-strip" aria-label="Steps">
        {steps.map((step) => (
          <li key={step.id}>
            <button type="button" className={`wf-strip-step wf-strip-step--${step.status}`} onClick={() => scrollToStep(step.id)}>
              <span className="wf-strip-id">
                {step.status === 'done' && <CheckCircleIcon size={13} />}
                {step.id}
              </span>
              <span className="wf-strip-name">{SHORT[step.id] ?? step.title}</span>
              <span className="sr-only">: </span>
              <StatusPill status={step.status} />
            </button>
          </li>
        ))}
      </ol>
    </div>
  );
}

export function WorkflowView() {
  const { doc, result } = useAnalysis();
  const steps = useMemo(() => zcrWorkflow(doc, { analysis: result }), [doc, result]);
  const approval = approvalStatus(doc);
  useEffect(() => {
    const serve = () => {
      const pending = takePendingStep();
      if (pending) requestAnimationFrame(() => scrollToStep(pending));
    };
    serve();
    return onStepRequest(serve);
  }, []);
  const openSteps = steps.filter((s) => s.id !== 'ZCR 7' && s.status !== 'done').length;
  const extra = (step: WorkflowStep) => {
    switch (step.id) {
      case 'ZCR 1':
        return <SucScopeForm doc={doc} />;
      case 'ZCR 2':
      case 'ZCR 5':
        return (
          <div className="wf-actions">
            <button type="button" className="btn" onClick={() => openRiskRegister()}>
              Open the risk register
            </button>
          </div>
        );
      case 'ZCR 4':
        return (
          <div className="wf-actions">
            <button type="button" className="btn" onClick={openRiskSettings}>
              Set the tolerable risk
            </button>
          </div>
        );
      case 'ZCR 6':
        return (
          <>
            <div className="wf-actions">
              <button type="button" className="btn btn-primary" onClick={() => editorStore.getState().openDialog({ kind: 'export' })}>
                <PdfIcon size={16} />
                Export the documentation…
              </button>
              <span className="wf-hint">The CRS report, the zone and conduit drawings, the asset inventory and the requirement list.</span>
            </div>
            <SucDocumentationForm doc={doc} />
          </>
        );
      case 'ZCR 7':
        return <ApprovalPanel doc={doc} openSteps={openSteps} />;
      default:
        return undefined;
    }
  };
  return (
    <div className="wf-view assess-view" onKeyDown={guardDeleteKeys}>
      <header className="assess-head">
        <div className="assess-titles">
          <h2>ZCR workflow</h2>
          <p>The zone and conduit requirements of IEC 62443-3-2, step by step, checked against the project as it is now.</p>
        </div>
      </header>
      <Summary steps={steps} approval={approval} />
      {steps.map((step) => (
        <StepCard key={step.id} doc={doc} step={step}>
          {extra(step)}
        </StepCard>
      ))}
    </div>
  );
}
