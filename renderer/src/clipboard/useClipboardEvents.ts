/**
 * Copy, cut and paste of elements through the browser's clipboard events: the keyboard (whose
 * clipboard keys the shortcut handler leaves to the browser) and the desktop shell's Edit menu on
 * macOS. Text fields, dialogs and selected text keep the native behaviour. Other tabs' copies are
 * noticed through localStorage, so Paste is enabled here too.
 */
import { useEffect } from 'react';
import { copySelection, cutSelection, pasteFromClipboard } from '../commands/clipboardActions';
import { dispatch, type EditorCommandId } from '../commands/registry';
import { editorStore } from '../store/editorStore';
import { onClipFromElsewhere, storedClip } from './clipboard';

export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/**
 * A clipboard key was pressed and left to the browser, whose copy / cut / paste event should
 * follow; should none come (a browser that fires none without a text selection), the command runs
 * on its own a moment later.
 */
let awaitedClipboardEvent: ReturnType<typeof setTimeout> | undefined;

export function awaitClipboardEvent(id: EditorCommandId): void {
  if (awaitedClipboardEvent !== undefined) clearTimeout(awaitedClipboardEvent);
  awaitedClipboardEvent = setTimeout(() => {
    awaitedClipboardEvent = undefined;
    dispatch(id);
  }, 150);
}

function clipboardEventArrived(): void {
  if (awaitedClipboardEvent !== undefined) clearTimeout(awaitedClipboardEvent);
  awaitedClipboardEvent = undefined;
}

/** Listens to the document's copy, cut and paste events, and to other tabs' copies. */
export function useClipboardEvents(): void {
  useEffect(() => {
    const forElements = (e: ClipboardEvent): boolean => {
      if (e.defaultPrevented || editorStore.getState().dialog) return false;
      if (isEditable(e.target) || isEditable(document.activeElement)) return false;
      return true;
    };
    const textSelected = () => {
      const selection = window.getSelection();
      return selection !== null && !selection.isCollapsed && selection.toString().trim() !== '';
    };
    const onCopy = (e: ClipboardEvent) => {
      clipboardEventArrived();
      if (!forElements(e) || textSelected() || editorStore.getState().selection.size === 0) return;
      copySelection(e);
    };
    const onCut = (e: ClipboardEvent) => {
      clipboardEventArrived();
      if (!forElements(e) || textSelected() || editorStore.getState().selection.size === 0) return;
      cutSelection(e);
    };
    const onPaste = (e: ClipboardEvent) => {
      clipboardEventArrived();
      if (!forElements(e)) return;
      e.preventDefault();
      void pasteFromClipboard(e);
    };
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    const off = onClipFromElsewhere(() => editorStore.getState().setClipboardReady(true));
    if (storedClip()) editorStore.getState().setClipboardReady(true);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
      off();
    };
  }, []);
}

