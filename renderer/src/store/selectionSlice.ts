/** The selection slice: ids of the selected elements. Never part of the undo history. */
import type { StateCreator } from 'zustand';
import type { EditorState } from './editorStore';

export interface SelectionSlice {
  readonly selection: ReadonlySet<string>;
  select(ids: Iterable<string>): void;
  /** Adds (true) or removes (false) ids. */
  toggleSelected(changes: ReadonlyMap<string, boolean>): void;
  clearSelection(): void;
}

export const createSelectionSlice: StateCreator<EditorState, [], [], SelectionSlice> = (set, get) => ({
    selection: new Set<string>(),
    select(ids) {
      set({ selection: new Set(ids) });
    },
    toggleSelected(changes) {
      const next = new Set(get().selection);
      let changed = false;
      for (const [id, on] of changes) {
        if (on === next.has(id)) continue;
        if (on) next.add(id);
        else next.delete(id);
        changed = true;
      }
      if (changed) set({ selection: next });
    },
    clearSelection() {
      if (get().selection.size > 0) set({ selection: new Set() });
    },

});
