/**
 * The Assess views show the selected zone or conduit, so the diagram's Delete shortcut would
 * remove it from under the user. Outside text fields, Delete and Backspace do nothing here.
 */
import type { KeyboardEvent } from 'react';
import { isEditable } from '../../clipboard/useClipboardEvents';

export function guardDeleteKeys(e: KeyboardEvent): void {
  if ((e.key === 'Delete' || e.key === 'Backspace') && !isEditable(e.target)) e.preventDefault();
}
