/**
 * One ZCR step: its status, and per sub-step what is done and what is missing. A missing item
 * links to the elements it names: the risk register for risk steps, else the diagram.
 */
import { useState, type ReactNode } from 'react';
import type { StepStatus, WorkflowStep, ZonewrightDocument } from '../../../../shared';
import { CheckCircleIcon, ChevronIcon, WarningIcon } from '../../icons/uiIcons';
import { openRiskRegister } from '../risk/navigation';
import { markOnDiagram, showOnDiagram, stepAnchor } from './navigation';
import { fixTarget, itemSubjects, type ElementRef } from './workflowModel';

export const STATUS_LABEL: Readonly<Record<StepStatus, string>> = { done: 'Done', partial: 'Partly done', missing: 'Not started' };

export function StatusPill({ status }: { readonly status: StepStatus }) {
  return <span className={`wf-status wf-status--${status}`}>{STATUS_LABEL[status]}</span>;
}

function FixLink({ stepId, subject }: { readonly stepId: string; readonly subject: ElementRef }) {
  const target = fixTarget(stepId, subject.kind);
  return (
    <button
      type="button"
      className="wf-fix"
      aria-label={target === 'risk' ? `Open the risk register of ${subject.name}` : `Show ${subject.name} on the diagram`}
      title={target === 'risk' ? 'Open its risk register' : 'Select it on the diagram'}
      onClick={() => (target === 'risk' ? openRiskRegister(subject.id) : showOnDiagram([subject.id]))}
    >
      {subject.name}
      <span aria-hidden="true"> →</span>
    </button>
  );
}

function Items({ doc, step }: { readonly doc: ZonewrightDocument; readonly step: WorkflowStep }) {
  if (step.done.length + step.missing.length === 0) return null;
  return (
    <ul className="wf-items">
      {step.missing.map((text, i) => (
        <li key={`m${i}`} className="wf-item wf-item--missing">
          <WarningIcon size={14} className="wf-item-icon" />
          <span className="sr-only">To do: </span>
          <span className="wf-item-text">
            {text}
            {itemSubjects(doc, text, step.subjects).map((s) => (
              <FixLink key={s.id} stepId={step.id} subject={s} />
            ))}
          </span>
        </li>
      ))}
      {step.done.map((text, i) => (
        <li key={`d${i}`} className="wf-item wf-item--done">
          <CheckCircleIcon size={14} className="wf-item-icon" />
          <span className="sr-only">Done: </span>
          <span className="wf-item-text">{text}</span>
        </li>
      ))}
    </ul>
  );
}

function SubStep({ doc, step }: { readonly doc: ZonewrightDocument; readonly step: WorkflowStep }) {
  const [open, setOpen] = useState(step.status !== 'done');
  const bodyId = `${stepAnchor(step.id)}-body`;
  return (
    <li className={`wf-sub wf-sub--${step.status}`}>
      <h4 className="wf-sub-head">
        <button type="button" className="row-button wf-sub-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <ChevronIcon size={14} className="view-chevron" />
          <span className="wf-sub-id">{step.id}</span>
          <span className="wf-sub-title">{step.title}</span>
          {step.missing.length > 0 && (
            <span className="wf-sub-counts" aria-hidden="true">
              {step.missing.length} to do
            </span>
          )}
          <StatusPill status={step.status} />
        </button>
      </h4>
      {open && (
        <div id={bodyId} className="wf-sub-body">
          <Items doc={doc} step={step} />
          {step.subjects.length > 1 && (
            <button type="button" className="link-button wf-mark" onClick={() => markOnDiagram(step.subjects, `${step.id} ${step.title}`)}>
              Mark the {step.subjects.length} elements concerned on the diagram
            </button>
          )}
        </div>
      )}
    </li>
  );
}

export function StepCard({ doc, step, children }: { readonly doc: ZonewrightDocument; readonly step: WorkflowStep; readonly children?: ReactNode }) {
  const anchor = stepAnchor(step.id);
  // Done steps fold away so that what is still open stands out; the approval always shows.
  const [open, setOpen] = useState(step.status !== 'done' || step.id === 'ZCR 7');
  const subDone = step.subSteps.filter((s) => s.status === 'done').length;
  return (
    <section className={`wf-step wf-step--${step.status} assess-card${open ? ' is-open' : ''}`} id={anchor} aria-labelledby={`${anchor}-title`} tabIndex={-1}>
      <header className="wf-step-head">
        <span className={`wf-step-icon wf-step-icon--${step.status}`} aria-hidden="true">
          {step.status === 'done' ? <CheckCircleIcon size={18} /> : step.id.replace('ZCR ', '')}
        </span>
        <div className="wf-step-titles">
          <h3 id={`${anchor}-title`}>
            <span className="wf-step-id">{step.id}</span> {step.title}
          </h3>
          <span className="wf-step-clause">
            IEC 62443-3-2, {step.clause}
            {step.subSteps.length > 1 && ` · ${subDone} of ${step.subSteps.length} sub-steps done`}
          </span>
        </div>
        <StatusPill status={step.status} />
        <button type="button" className="btn btn-icon btn-ghost wf-step-toggle" aria-expanded={open} aria-controls={`${anchor}-body`} aria-label={`${open ? 'Fold' : 'Unfold'} ${step.id}`} onClick={() => setOpen(!open)}>
          <ChevronIcon size={16} className="view-chevron" />
        </button>
      </header>
      {open && (
        <div id={`${anchor}-body`}>
          {step.done.length + step.missing.length > 0 && (
            <div className="wf-step-own">
              <Items doc={doc} step={step} />
            </div>
          )}
          {children && <div className="wf-step-extra">{children}</div>}
          {step.subSteps.length > 0 && (
            <ol className="wf-subs" aria-label={`Sub-steps of ${step.id}`}>
              {step.subSteps.map((s) => (
                <SubStep key={s.id} doc={doc} step={s} />
              ))}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
