/**
 * The autosave controller: watches the editor store and writes this session's record (and the
 * project's recent-list entry) to the database shortly after every change. Writes are debounced
 * (`delay` of quiet, never more than `maxWait` after the first unsaved change, so within a second)
 * and run one at a time, off the path of the edit itself: storing copies the whole document on the
 * main thread (some 20 ms for a 2,000-asset plant), so a due write waits for the browser to be idle,
 * but no later than the deadline. `flush` (leaving the page, tests) writes at once.
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
  /**
   * Runs `task` when the main thread is idle, and at the latest after `timeout` ms; returns a
   * cancel function. Defaults to requestIdleCallback where there is one.
   */
  readonly whenIdle?: (task: () => void, timeout: number) => () => void;
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

/** requestIdleCallback with a deadline; a plain timer where the browser has none. */
export function whenIdle(task: () => void, timeout: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: Math.max(1, timeout) });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
}

export function startAutosave(store: EditorStore, persist: AutosaveStore, sessionId: string, options: AutosaveOptions = {}): Autosave {
  const delay = options.delay ?? 300;
  const maxWait = options.maxWait ?? 900;
  const now = options.now ?? Date.now;
  const idle = options.whenIdle ?? whenIdle;
  let written: Watched | undefined;
  let hasRecord = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let cancelIdle: (() => void) | undefined;
  let firstPending: number | undefined;
  let running: Promise<void> | undefined;
  let stopped = false;

  /** Writes `state` (by default the store's current one). */
  const write = async (state: EditorState = store.getState()): Promise<void> => {
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

  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    cancelIdle?.();
    cancelIdle = undefined;
  };

  const flush = async (state?: EditorState): Promise<void> => {
    cancel();
    firstPending = undefined;
    // One write at a time; a change during a write is written right after it.
    while (running) await running;
    running = write(state)
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
    cancel();
    const deadline = firstPending + maxWait;
    const wait = Math.max(0, Math.min(delay, deadline - t));
    timer = setTimeout(() => {
      timer = undefined;
      cancelIdle = idle(() => {
        cancelIdle = undefined;
        void flush();
      }, deadline - now());
    }, wait);
  };

  const unsubscribe = store.subscribe((state, prev) => {
    if (same(state, prev)) return;
    // Another project replaces this one: what it still had waiting (a save just made, the last
    // edits) is written now, since the pending write would otherwise see only the new project.
    if (state.projectKey !== prev.projectKey && firstPending !== undefined) void flush(prev);
    schedule();
  });

  return {
    flush: () => flush(),
    stop() {
      stopped = true;
      unsubscribe();
      cancel();
    },
  };
}
