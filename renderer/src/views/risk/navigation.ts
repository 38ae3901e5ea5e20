/**
 * Ways into the risk view from elsewhere (the workflow's links, the toolbar). The register shown
 * is the selected zone or conduit, so opening one selects it; the Properties panel follows.
 */
import { editorStore } from '../../store/editorStore';

let settingsRequested = false;

/** Shows the risk register of a zone or conduit. */
export function openRiskRegister(elementId?: string): void {
  const state = editorStore.getState();
  if (elementId !== undefined) state.select([elementId]);
  state.showView('risk');
}

/** Shows the risk view with the risk method (tolerable risk, matrix) open. */
export function openRiskSettings(): void {
  settingsRequested = true;
  editorStore.getState().showView('risk');
}

/** Whether someone asked for the risk method to be open (read while the view mounts). */
export function settingsRequestPending(): boolean {
  return settingsRequested;
}

/** The request is served: asking again needs a new one. */
export function clearSettingsRequest(): void {
  settingsRequested = false;
}
