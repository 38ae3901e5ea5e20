/**
 * Persistence in the browser database, wired to the editor: autosave of every change, the offer
 * to recover work that a crash or a closed tab left unsaved, and the recent-projects list.
 * Everything here degrades quietly: without IndexedDB the editor works, just without autosave.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { guardUnsaved, loadProject } from '../commands/actions';
import { editorStore, type EditorStore } from '../store/editorStore';
import { startAutosave, type Autosave } from './autosave';
import { AutosaveStore, fileIdentity } from './autosaveStore';
import type { RecentEntry, SessionRecord } from './db';
import { hasSessionLocks, holdSessionLock, livenessCheck, SESSION_ID } from './session';

export type { RecentEntry, SessionRecord } from './db';
export { SESSION_ID } from './session';

interface PersistenceState {
  /** False until the database answered (or when there is none). */
  readonly ready: boolean;
  readonly available: boolean;
  readonly recent: readonly RecentEntry[];
}

/** What the start screen and the New dialog show. */
export const persistenceStore = createStore<PersistenceState>()(() => ({ ready: false, available: false, recent: [] }));

export function usePersistence<T>(selector: (state: PersistenceState) => T): T {
  return useStore(persistenceStore, selector);
}

let persist: AutosaveStore | undefined;
let autosave: Autosave | undefined;
let started: Promise<void> | undefined;

async function refreshRecent(): Promise<void> {
  if (!persist) return;
  try {
    persistenceStore.setState({ recent: await persist.recent() });
  } catch (error) {
    console.warn('Could not read the recent projects', error);
  }
}

/** Starts autosave and offers recovery; once per page, whatever calls it. */
export function startPersistence(store: EditorStore = editorStore): Promise<void> {
  started ??= start(store);
  return started;
}

async function start(store: EditorStore): Promise<void> {
  if (typeof indexedDB === 'undefined') {
    persistenceStore.setState({ ready: true });
    return;
  }
  try {
    persist = new AutosaveStore();
    await persist.db.open();
    await holdSessionLock();
    autosave = startAutosave(store, persist, SESSION_ID, {
      onRecentChanged: () => void refreshRecent(),
      onError: (error) => console.warn('Autosave failed', error),
    });
    // Leaving the page writes at once what the debounce (or the wait for idle time) still holds.
    window.addEventListener('pagehide', () => void autosave?.flush());
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') void autosave?.flush();
    });
    if (!hasSessionLocks()) {
      setInterval(() => void persist?.touchSession(SESSION_ID, Date.now()).catch(() => {}), 10_000);
    }
    store.subscribe((state, before) => {
      if (state.projectKey !== before.projectKey) adoptKnownProject(store);
    });
    persistenceStore.setState({ available: true });
    await refreshRecent();
    await offerRecovery(store);
  } catch (error) {
    console.warn('Autosave is not available', error);
  } finally {
    persistenceStore.setState({ ready: true });
  }
}

/**
 * A file opened again (from the disk, not the recent list) is the project it was before: it takes
 * that project's key, so its revisions and its place in the recent list carry on.
 */
export function adoptKnownProject(store: EditorStore = editorStore): void {
  const { projectKey, file } = store.getState();
  const identity = fileIdentity(file);
  if (identity === undefined) return;
  const recent = persistenceStore.getState().recent;
  if (recent.some((e) => e.key === projectKey)) return;
  const known = recent.find((e) => fileIdentity(e.file) === identity);
  if (known) store.setState({ projectKey: known.key });
}

/** Opens the recovery prompt when ended sessions left unsaved work. */
export async function offerRecovery(store: EditorStore = editorStore): Promise<void> {
  if (!persist) return;
  const records = await persist.unsavedSessions(await livenessCheck(), SESSION_ID);
  if (records.length === 0) return;
  const state = store.getState();
  // Whatever the user opened meanwhile stays; the prompt waits for no other dialog.
  if (state.dialog === null) state.openDialog({ kind: 'recover', records });
}

function closeRecoveryFor(sessionId: string, store: EditorStore): void {
  const { dialog, openDialog } = store.getState();
  if (dialog?.kind !== 'recover') return;
  const left = dialog.records.filter((r) => r.sessionId !== sessionId);
  openDialog(left.length > 0 ? { kind: 'recover', records: left } : null);
}

/**
 * Opens the recovered work as this session's unsaved project; once this session's autosave holds
 * it, the ended session's record goes. Other records stay, offered again on the next start.
 */
export function recoverSession(record: SessionRecord, store: EditorStore = editorStore): void {
  guardUnsaved(() => {
    store.getState().openDialog(null);
    loadProject(record.doc, record.file, false, record.projectKey);
    store.getState().notify(`Recovered “${record.name}”. Save it to keep it in a file.`, 'success');
    void (async () => {
      try {
        await autosave?.flush();
        await persist?.discardSession(record.sessionId);
      } catch (error) {
        console.warn('Could not tidy the recovered session', error);
      }
    })();
  }, 'recover other work');
}

/** Throws the unsaved work of an ended session away. */
export async function discardSession(record: SessionRecord, store: EditorStore = editorStore): Promise<void> {
  closeRecoveryFor(record.sessionId, store);
  await persist?.discardSession(record.sessionId);
}

/** Reopens a project of the recent list from its snapshot. */
export async function reopenRecent(entry: RecentEntry, store: EditorStore = editorStore): Promise<void> {
  const doc = await persist?.snapshot(entry.key);
  if (!doc) {
    store.getState().notify(`“${entry.name}” is no longer stored here.`, 'error');
    await forgetRecent(entry.key);
    return;
  }
  guardUnsaved(() => {
    store.getState().openDialog(null);
    loadProject(doc, entry.file, entry.clean, entry.key);
    store.getState().notify(`Opened “${entry.name}”`, 'success');
  }, 'open another project');
}

export async function forgetRecent(key: string): Promise<void> {
  await persist?.forget(key);
  await refreshRecent();
}

/** Writes pending changes now (tests, and before the page goes). */
export async function flushAutosave(): Promise<void> {
  await autosave?.flush();
}
