import { useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { guardUnsaved, openFileContent } from './commands/actions';
import { commandForKey, dispatch, isEnabled } from './commands/registry';
import { ContextMenu } from './components/ContextMenu';
import { Dialogs } from './components/Dialogs';
import { ModeBanner, NoticeToast } from './components/Overlays';
import { Toolbar } from './components/Toolbar';
import { OpenIcon } from './icons/uiIcons';
import { FindingsPanel } from './panels/FindingsPanel';
import { Inspector } from './panels/Inspector';
import { Palette } from './panels/Palette';
import { RequirementsPanel } from './panels/RequirementsPanel';
import { readFile } from './platform/browserPlatform';
import { getPlatform } from './platform';
import { editorStore, isModified, useEditor } from './store/editorStore';

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** Keyboard shortcuts for the whole window, dispatched through the command registry. */
function useShortcuts() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (editorStore.getState().dialog) return;
      const command = commandForKey(e);
      if (!command) return;
      if (isEditable(e.target)) {
        // In a field, only saving and opening act; the field's text editing keeps its own keys.
        if (command.id !== 'file.save' && command.id !== 'file.open' && command.id !== 'file.saveAs') return;
        (e.target as HTMLElement).blur();
      }
      e.preventDefault();
      if (isEnabled(command)) dispatch(command.id);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Native menus and files handed over by the desktop shell; the window title and unsaved state. */
function usePlatform() {
  useEffect(() => {
    const platform = getPlatform();
    const offCommand = platform.onCommand((id) => dispatch(id));
    const offOpen = platform.onOpenFile((file) => guardUnsaved(() => openFileContent(file), 'open another project'));
    return () => {
      offCommand();
      offOpen();
    };
  }, []);
  const title = useEditor((s) => s.doc.meta.name);
  const modified = useEditor(isModified);
  useEffect(() => getPlatform().setDocumentState({ title, modified }), [title, modified]);
}

/** A project file dropped anywhere on the window opens. */
function useFileDrop(): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      void readFile(file).then((opened) => guardUnsaved(() => openFileContent(opened), 'open another project'));
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
  return over;
}

function EmptyCanvasHint() {
  const empty = useEditor((s) => s.doc.zones.length === 0 && s.doc.assets.length === 0);
  if (!empty) return null;
  return (
    <div className="canvas-empty">
      <p className="canvas-empty-title">An empty plant</p>
      <p>Add a zone from the toolbar, drag assets from the palette onto the canvas, then join zones with conduits.</p>
      <button type="button" className="btn" onClick={() => editorStore.getState().openDialog({ kind: 'new' })}>
        Browse samples
      </button>
    </div>
  );
}

export function App() {
  useShortcuts();
  usePlatform();
  const dropping = useFileDrop();
  return (
    <ReactFlowProvider>
      <div className="app">
        <Toolbar />
        <div className="workspace">
          <Palette />
          <main className="centre">
            <div className="canvas-area">
              <Canvas />
              <EmptyCanvasHint />
              <ModeBanner />
            </div>
            <FindingsPanel />
          </main>
          <aside className="sidebar">
            <Inspector />
            <RequirementsPanel />
          </aside>
        </div>
        <Dialogs />
        <NoticeToast />
        <ContextMenu />
        {dropping && (
          <div className="drop-overlay" aria-hidden="true">
            <OpenIcon size={28} />
            <span>Drop a .zonewright.json file to open it</span>
          </div>
        )}
      </div>
    </ReactFlowProvider>
  );
}
