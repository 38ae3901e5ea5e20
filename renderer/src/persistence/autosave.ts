/**
 * The autosave controller: watches the editor store and writes this session's record (and the
 * project's recent-list entry) to the database shortly after every change. Writes are debounced
 * (`delay` of quiet, never more than `maxWait` after the first unsaved change, so within a second)
 * and run one at a time, off the path of the edit itself.
 */
import type { EditorState, EditorStore } from '../store/editorStore';
import { isModified } from '../store/editorStore';
import type { AutosaveStore } from './autosaveStore';
import { countsOf, type SessionRecord, type StoredFile } from './db';

export interface AutosaveOptions {
  /** Quiet time after the last change before writing (ms). */
  readonly delay?: number;
  /** Longest a change waits to be written, however busy the editing (ms). */
  readonly maxWait?: number;
  readonly now?: () => number;
  /** After each write of the recent list. */
  readonly onRecentChanged?: () => void;
  readonly onError?: (error: unknown) => void;
}

export interface Autosave {
  /** Writes pending changes now; resolves when they are stored. */
  flush(): Promise<void>;
  stop(): void;
}

type Watched = Pick<EditorState, 'doc' | 'savedDoc' | 'file' | 'projectKey'>;

const same = (a: Watched, b: Watched) => a.doc === b.doc && a.savedDoc === b.savedDoc && a.file === b.file && a.projectKey === b.projectKey;

function storedFile(file: EditorState['file']): StoredFile {
  return { ...(file.name !== undefined ? { name: file.name } : {}), ...(file.path !== undefined ? { path: file.path } : {}) };
}

export function startAutosave(store: EditorStore, persist: AutosaveStore, sessionId: string, options: AutosaveOptions = {}): Autosave {
  const delay = options.delay ?? 300;
  const maxWait = options.maxWait ?? 900;
  const now = options.now ?? Date.now;
  let written: Watched | undefined;
  let hasRecord = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending: number | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  const write = async (): Promise<void> => {
    const state = store.getState();
    const watched: Watched = { doc: state.doc, savedDoc: state.savedDoc, file: state.file, projectKey: state.projectKey };
    if (written && same(written, watched)) return;
    const modified = isModified(state);
    const file = storedFile(state.file);
    const hasFile = file.name !== undefined || file.path !== undefined;
    // A project never changed, opened from nowhere (a new one, an untouched sample): nothing to keep.
    if (!modified && !hasFile && !hasRecord) {
      written = watched;
      return;
    }
    const at = now();
    const counts = countsOf(state.doc);
    const record: SessionRecord = {
      sessionId,
      projectKey: state.projectKey,
      name: state.doc.meta.name,
      file,
      clean: !modified,
      updatedAt: at,
      aliveAt: at,
      counts,
      doc: state.doc,
    };
    await persist.saveSession(record);
    hasRecord = true;
    if (modified || hasFile) {
      await persist.remember({ key: state.projectKey, name: state.doc.meta.name, file, clean: !modified, updatedAt: at, counts }, state.doc);
      options.onRecentChanged?.();
    }
    written = watched;
  };

  const flush = async (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    firstPending = undefined;
    // One write at a time; a change during a write is written right after it.
    while (running) await running;
    running = write()
      .catch((error: unknown) => options.onError?.(error))
      .finally(() => {
        running = undefined;
      });
    await running;
  };

  const schedule = () => {
    if (stopped) return;
    const t = now();
    firstPending ??= t;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(delay, firstPending + maxWait - t));
    timer = setTimeout(() => void flush(), wait);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (!same(state, prev)) schedule();
  });

  return {
    flush,
    stop() {
      stopped = true;
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer);
    },
  };
}
