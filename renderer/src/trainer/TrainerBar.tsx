/** The trainer's bar above the main area: the what-if experiment and the guided scenario under way (to be built). */
import { useEditor } from '../store/editorStore';

export function TrainerBar() {
  const whatIf = useEditor((s) => s.whatIf);
  if (!whatIf) return null;
  return (
    <div className="trainer-bar" role="status">
      What-if mode
    </div>
  );
}
