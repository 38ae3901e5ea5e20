/** The list of guided trainer scenarios (to be built). */
import { Modal } from '../components/Modal';
import { editorStore } from '../store/editorStore';

export function ScenarioDialog() {
  return (
    <Modal title="Guided scenarios" onClose={() => editorStore.getState().openDialog(null)}>
      <p>No scenarios yet.</p>
    </Modal>
  );
}
