/** The list of guided trainer scenarios; starting one loads its sample and shows step 1 in the trainer bar. */
import './trainer.css';
import { Modal } from '../components/Modal';
import { SAMPLES } from '../files/samples';
import { WarningIcon } from '../icons/uiIcons';
import { editorStore, isModified, useEditor } from '../store/editorStore';
import { startScenario } from './actions';
import { SCENARIOS } from './scenarios';

const close = () => editorStore.getState().openDialog(null);

export function ScenarioDialog() {
  const modified = useEditor(isModified);
  const running = useEditor((s) => s.scenario?.id);
  return (
    <Modal title="Guided scenarios" onClose={close} wide>
      <p className="modal-lead">Each scenario opens a sample plant and walks you through it step by step: what is wrong, why it matters, and where IEC 62443 asks for it.</p>
      {modified && (
        <p className="notice-inline notice-inline--warning">
          <WarningIcon size={16} /> The open project has unsaved changes; you will be asked before a scenario replaces it.
        </p>
      )}
      <ul className="scenario-list">
        {SCENARIOS.map((s) => {
          const sample = SAMPLES.find((x) => x.file === s.sample);
          return (
            <li key={s.id} className="scenario-choice">
              <div className="scenario-choice-text">
                <h3 className="scenario-choice-title">{s.title}</h3>
                <p className="scenario-choice-summary">{s.summary}</p>
                <p className="scenario-choice-meta">
                  {s.steps.length} steps · sample “{sample?.name ?? s.sample}”{s.whatIf ? ' · runs as a what-if experiment' : ''}
                </p>
              </div>
              <button type="button" className="btn btn-primary" onClick={() => startScenario(s.id)} disabled={!sample?.doc} aria-label={`Start scenario ${s.title}`}>
                {running === s.id ? 'Restart' : 'Start'}
              </button>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
