/** Scrolls the reference view to an entry and gives it the keyboard focus. */
import { entryDomId } from './referenceEntries';

export function showEntry(id: string): void {
  const el = document.getElementById(entryDomId(id));
  el?.scrollIntoView({ block: 'start' });
  el?.focus({ preventScroll: true });
}
