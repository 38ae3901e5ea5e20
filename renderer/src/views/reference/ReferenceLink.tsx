/**
 * A link into the 62443 reference view: a finding's clause, a requirement id, a scenario step's
 * clause. It opens the Reference tab scrolled to the entry; text that names no entry stays text.
 */
import './referenceLink.css';
import type { ReactNode } from 'react';
import { editorStore } from '../../store/editorStore';
import { showEntry } from './showEntry';
import { entryDomId, entryIdForClause, referenceEntry } from './referenceEntries';

export function ReferenceLink({
  clause,
  entry,
  className,
  children,
}: {
  /** A clause as findings cite it (`IEC 62443-3-3 SR 5.1`); shown as the link text. */
  readonly clause?: string;
  /** An entry id (`SR 1.1 RE 1`), when known already. */
  readonly entry?: string;
  readonly className?: string;
  readonly children?: ReactNode;
}) {
  const id = entry !== undefined && referenceEntry(entry) ? entry : clause !== undefined ? entryIdForClause(clause) : undefined;
  const text = children ?? clause ?? entry;
  if (!id) return <span className={className}>{text}</span>;
  return (
    <a
      href={`#${entryDomId(id)}`}
      className={`ref-link${className ? ` ${className}` : ''}`}
      title={`Show ${id} in the IEC 62443 reference`}
      aria-label={`${clause ?? id}: show in the IEC 62443 reference`}
      onClick={(e) => {
        // Inside a clickable row (a finding), the link acts alone.
        e.preventDefault();
        e.stopPropagation();
        const s = editorStore.getState();
        // Followed again while it is shown: the store does not change, so scroll here.
        if (s.view === 'reference' && s.referenceFocus === id) showEntry(id);
        else s.showView('reference', id);
      }}
    >
      {text}
    </a>
  );
}
