/** The lifecycle view that is shown in place of the diagram. */
import { useEditor } from '../store/editorStore';
import { HistoryView } from './history/HistoryView';
import { LifecycleView } from './lifecycle/LifecycleView';
import { ReferenceView } from './reference/ReferenceView';
import { RiskView } from './risk/RiskView';
import { WorkflowView } from './workflow/WorkflowView';

export function ViewArea() {
  const view = useEditor((s) => s.view);
  if (view === 'diagram') return null;
  return (
    <section className="view-area" role="tabpanel" id={`view-${view}`} aria-labelledby={`view-tab-${view}`}>
      {view === 'workflow' && <WorkflowView />}
      {view === 'risk' && <RiskView />}
      {view === 'lifecycle' && <LifecycleView />}
      {view === 'history' && <HistoryView />}
      {view === 'reference' && <ReferenceView />}
    </section>
  );
}
