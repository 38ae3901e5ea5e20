import { useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { Canvas } from './canvas/Canvas';
import { awaitClipboardEvent, isEditable, useClipboardEvents } from './clipboard/useClipboardEvents';
import { guardUnsaved, openFileContent } from './commands/actions';
import { commandForKey, dispatch, isEnabled, type EditorCommandId } from './commands/registry';
import { ContextMenu } from './components/ContextMenu';
import { Dialogs } from './components/Dialogs';
import { ModeBanner, NoticeToast } from './components/Overlays';
import { Sidebar } from './components/Sidebar';
import { StartScreen } from './components/StartScreen';
import { Toolbar } from './components/Toolbar';
import { FindBox } from './find/FindBox';
import { OpenIcon } from './icons/uiIcons';
import { FindingsPanel } from './panels/FindingsPanel';
import { Palette } from './panels/Palette';
import { startPersistence, usePersistence } from './persistence';
import { readFile } from './platform/browserPlatform';
import { getPlatform } from './platform';
import { editorStore, isModified, useEditor } from './store/editorStore';
import { TrainerBar } from './trainer/TrainerBar';
import { ViewArea } from './views/ViewArea';
import { ViewTabs } from './views/ViewTabs';

/** Commands that still act while a text field has the focus. */
const IN_FIELD: ReadonlySet<EditorCommandId> = new Set(['file.save', 'file.open', 'file.saveAs', 'edit.find']);

/** Keyboard shortcuts for the whole window, dispatched through the command registry. */
function useShortcuts() {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      if (editorStore.getState().dialog) return;
      const command = commandForKey(e);
      if (!command) return;
      if (isEditable(e.target)) {
        // In a field, only saving, opening and find act; the field's text editing keeps its own keys.
        if (!IN_FIELD.has(command.id)) return;
        if (command.id !== 'edit.find') (e.target as HTMLElement).blur();
      }
      if (command.nativeClipboard) {
        // The browser's clipboard event carries the system clipboard: let it come.
        if (isEnabled(command) || command.nativeClipboard === 'paste') awaitClipboardEvent(command.id);
        return;
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
  // In a task of its own: an undo back to the saved state toggles `modified`, and the window title
  // and the unsaved-changes guard (a browser round trip) need not hold up that edit's frame.
  useEffect(() => {
    const timer = setTimeout(() => getPlatform().setDocumentState({ title, modified }));
    return () => clearTimeout(timer);
  }, [title, modified]);
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

export function App() {
  useShortcuts();
  useClipboardEvents();
  usePlatform();
  useEffect(() => void startPersistence(), []);
  const dropping = useFileDrop();
  const autosave = usePersistence((s) => (!s.ready ? 'starting' : s.available ? 'ready' : 'unavailable'));
  const view = useEditor((s) => s.view);
  const presenting = useEditor((s) => s.presentation);
  const diagram = view === 'diagram';
  return (
    <ReactFlowProvider>
      <div className={`app${presenting ? ' is-presenting' : ''}`} data-autosave={autosave} data-view={view}>
        <Toolbar />
        <div className="workspace">
          {diagram && !presenting && <Palette />}
          <main className="centre">
            <ViewTabs />
            <TrainerBar />
            {/* The canvas stays mounted behind the other views, so coming back to a large plant is instant. */}
            <div className="canvas-area" id="view-diagram" role="tabpanel" aria-labelledby="view-tab-diagram" style={diagram ? undefined : { display: 'none' }}>
              <Canvas />
              <StartScreen />
              <ModeBanner />
              <FindBox />
            </div>
            {diagram && <FindingsPanel />}
            <ViewArea />
          </main>
          {!presenting && <Sidebar />}
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
