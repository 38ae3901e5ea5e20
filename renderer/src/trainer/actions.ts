/** Trainer commands: the what-if switch and the guided scenarios (filled in by the trainer work). */
import { editorStore } from '../store/editorStore';

/** Starts a what-if experiment, or when one is under way, reverts it. */
export function toggleWhatIf(): void {
  const s = editorStore.getState();
  if (s.whatIf) {
    s.revertTo(s.whatIf.base, s.whatIf.pastLength);
    s.setWhatIf(null);
  } else {
    s.setWhatIf({ base: s.doc, pastLength: s.past.length });
  }
}

export function openScenarios(): void {
  editorStore.getState().openDialog({ kind: 'scenarios' });
}
