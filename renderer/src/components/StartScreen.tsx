/** The start screen, while the canvas is empty: how to begin, and the recent projects. */
import { openProject } from '../commands/actions';
import { OpenIcon, ZoneIcon } from '../icons/uiIcons';
import { editorStore, useEditor } from '../store/editorStore';
import { RecentProjects } from './RecentProjects';

export function StartScreen() {
  const empty = useEditor((s) => s.doc.zones.length === 0 && s.doc.assets.length === 0);
  if (!empty) return null;
  return (
    <div className="canvas-empty">
      <span className="canvas-empty-icon" aria-hidden="true">
        <ZoneIcon size={22} />
      </span>
      <p className="canvas-empty-title">An empty plant</p>
      <p>Add a zone from the toolbar, drag assets from the palette onto the canvas, then join zones with conduits.</p>
      <div className="canvas-empty-actions">
        <button type="button" className="btn" onClick={() => editorStore.getState().openDialog({ kind: 'new' })}>
          Browse samples
        </button>
        <button type="button" className="btn" onClick={openProject}>
          <OpenIcon size={16} /> Open a file
        </button>
      </div>
      <RecentProjects limit={5} />
    </div>
  );
}

