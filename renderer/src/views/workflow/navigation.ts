/** Ways into the workflow view from elsewhere (the toolbar's approval badge), and out to the diagram. */
import { reveal } from '../../commands/actions';
import { editorStore } from '../../store/editorStore';

let pendingStep: string | null = null;
const listeners = new Set<() => void>();

/** Shows the workflow view scrolled to a step (`ZCR 7`), whether it is open already or not. */
export function openWorkflowStep(stepId: string): void {
  pendingStep = stepId;
  editorStore.getState().showView('workflow');
  for (const listener of listeners) listener();
}

/** Called when a step is asked for while the view is open; returns the unsubscribe. */
export function onStepRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The step someone asked to see, once. */
export function takePendingStep(): string | null {
  const step = pendingStep;
  pendingStep = null;
  return step;
}

/** Shows the diagram with the elements selected and in view. */
export function showOnDiagram(ids: readonly string[]): void {
  editorStore.getState().showView('diagram');
  reveal(ids);
}

/** Marks elements on the diagram (with what the marking means) and shows it. */
export function markOnDiagram(ids: readonly string[], label: string): void {
  const state = editorStore.getState();
  state.setHighlight({ ids: new Set(ids), label });
  showOnDiagram(ids);
}

/** DOM id of a step's section. */
export function stepAnchor(stepId: string): string {
  return `wf-${stepId.replace(/\W+/g, '-').toLowerCase()}`;
}
