/** Trainer commands: the what-if experiment, the guided scenarios and presentation mode. */
import { guardUnsaved, loadProject } from '../commands/actions';
import { SAMPLES } from '../files/samples';
import { editorStore } from '../store/editorStore';
import { scenarioById, type Scenario } from './scenarios';

const store = editorStore;

/** Starts a what-if experiment, or when one is under way, reverts it. */
export function toggleWhatIf(): void {
  if (store.getState().whatIf) revertWhatIf();
  else startWhatIf();
}

export function startWhatIf(): void {
  const s = store.getState();
  s.setWhatIf({ base: s.doc, pastLength: s.past.length });
}

/** Back to the document the experiment started from, its undo steps dropped. */
export function revertWhatIf(): void {
  const s = store.getState();
  if (!s.whatIf) return;
  s.revertTo(s.whatIf.base, s.whatIf.pastLength);
  s.setWhatIf(null);
  s.notify('What-if reverted: the project is as it was before the experiment.', 'info');
}

/** Ends the experiment and keeps its edits (they stay undoable). */
export function keepWhatIf(): void {
  const s = store.getState();
  if (!s.whatIf) return;
  s.setWhatIf(null);
  s.notify('What-if changes kept.', 'success');
}

export function openScenarios(): void {
  store.getState().openDialog({ kind: 'scenarios' });
}

/** Marks the step's elements on the canvas, or clears the mark past the last step. */
function markStep(scenario: Scenario, step: number): void {
  const s = scenario.steps[step];
  store.getState().setHighlight(s ? { ids: new Set(s.highlight), label: `Step ${step + 1}: ${s.title}` } : null);
}

/** Loads the scenario's sample (after asking about unsaved work) and shows its first step. */
export function startScenario(id: string): void {
  const scenario = scenarioById(id);
  const doc = scenario && SAMPLES.find((s) => s.file === scenario.sample)?.doc;
  if (!scenario || !doc) {
    store.getState().notify('This scenario\'s sample project could not be loaded.', 'error');
    return;
  }
  guardUnsaved(() => {
    const s = store.getState();
    s.openDialog(null);
    loadProject(doc, {}, true);
    s.showView('diagram');
    s.setScenario({ id, step: 0 });
    if (scenario.whatIf) startWhatIf();
    markStep(scenario, 0);
  }, 'start the scenario');
}

/** Goes to step `step` of the running scenario; `steps.length` is the closing summary. */
export function goToStep(step: number): void {
  const s = store.getState();
  const scenario = s.scenario && scenarioById(s.scenario.id);
  if (!scenario || !s.scenario) return;
  const next = Math.max(0, Math.min(step, scenario.steps.length));
  s.setScenario({ id: scenario.id, step: next });
  markStep(scenario, next);
}

/** "Show me": applies the step's fix as one undoable edit. */
export function showFix(): void {
  const s = store.getState();
  const scenario = s.scenario && scenarioById(s.scenario.id);
  const step = scenario?.steps[s.scenario?.step ?? -1];
  if (!step) return;
  if (step.check(s.doc)) return;
  if (!s.edit(step.fix)) {
    s.notify('The project has changed too much for this fix to apply; undo your edits or restart the scenario.', 'error');
  }
}

export function exitScenario(): void {
  const s = store.getState();
  s.setScenario(null);
  s.setHighlight(null);
}

export function setPresentation(on: boolean): void {
  store.getState().setPresentation(on);
}
