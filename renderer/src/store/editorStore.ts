/**
 * The editor's state, in three slices: document (with the undo history), selection and ui.
 * See each slice's file for what it holds and why.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { emptyDocument, type ZonewrightDocument } from '../../../shared';
import { createDocumentSlice, type DocumentSlice } from './documentSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createUiSlice, type UiSlice } from './uiSlice';

export type { DocumentSlice, FileInfo } from './documentSlice';
export { applyMoves, HISTORY_LIMIT } from './documentSlice';
export type { SelectionSlice } from './selectionSlice';
export type { ContextMenuState, Dialog, EditorMode, Highlight, Notice, ScenarioProgress, TransientFrame, UiSlice, ViewId, WhatIf } from './uiSlice';
export { VIEW_IDS } from './uiSlice';

export type EditorState = DocumentSlice & SelectionSlice & UiSlice;
export type EditorStore = StoreApi<EditorState>;

export function createEditorStore(initial: ZonewrightDocument = emptyDocument()): EditorStore {
  return createStore<EditorState>()((...a) => ({
    ...createDocumentSlice(initial)(...a),
    ...createSelectionSlice(...a),
    ...createUiSlice(...a),
  }));
}

/** The application's one store. */
export const editorStore: EditorStore = createEditorStore();

export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(editorStore, selector);
}

export function isModified(state: Pick<EditorState, 'doc' | 'savedDoc'>): boolean {
  return state.doc !== state.savedDoc;
}
