/**
 * Auto layout: the whole plant laid out afresh by ELK (zones by Purdue level, top to bottom;
 * assets inside their zones; nested zones inside their parents), in a web worker, then applied
 * as one edit, so one Undo restores the previous drawing.
 */
import { placeElements, relayoutDocument } from '../../../shared/layout';
import { elkEngine } from '../layout/elkEngine';
import { editorStore } from '../store/editorStore';
import { fitAll } from './actions';

export async function autoLayout(): Promise<boolean> {
  const state = editorStore.getState();
  if (state.busy) return false;
  const { doc, projectKey } = state;
  if (doc.zones.length === 0 && doc.assets.length === 0) return false;
  state.setBusy('Laying out…');
  try {
    const layout = await relayoutDocument(doc, { elk: elkEngine });
    const now = editorStore.getState();
    // Another project was opened meanwhile: this layout is not for it.
    if (now.projectKey !== projectKey) return false;
    // Edits made while ELK worked are kept: positions are applied by id over the current document.
    const changed = now.edit((current) => placeElements(current, layout));
    if (changed) {
      now.notify(`Laid out ${doc.zones.length} zones and ${doc.assets.length} assets. Undo restores the previous arrangement.`, 'success');
      fitAll(300);
    } else now.notify('The drawing is already laid out.');
    return changed;
  } catch (error) {
    editorStore.getState().notify(`Auto layout failed: ${error instanceof Error ? error.message : String(error)}`, 'error');
    return false;
  } finally {
    editorStore.getState().setBusy(null);
  }
}
