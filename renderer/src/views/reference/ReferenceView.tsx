/**
 * The IEC 62443 reference: the parts of the series, the FR and SL definitions, the ZCRs of 3-2 and
 * every 3-3 and 4-2 requirement with our guidance, searchable and filterable by FR. Links from
 * findings, requirements and scenario steps land here through `referenceFocus`: the entry is
 * scrolled to, marked and focused.
 */
import './reference.css';
import { useEffect, useMemo, useState } from 'react';
import { FR_INFO, FR_KEYS, frLabel, type FrKey } from '../../../../shared';
import { SERIES_GROUP_INFO } from '../../../../shared/catalog/series';
import { useEditor } from '../../store/editorStore';
import { showEntry } from './showEntry';
import { entryDomId, filterEntries, REFERENCE_ENTRIES, REFERENCE_SECTIONS, SECTION_TITLE, type ReferenceEntry, type ReferenceSection } from './referenceEntries';

function Entry({ entry, focused }: { readonly entry: ReferenceEntry; readonly focused: boolean }) {
  const enhancement = / RE \d+$/.test(entry.id);
  const headingId = `${entryDomId(entry.id)}-title`;
  return (
    <article
      id={entryDomId(entry.id)}
      className={`ref-entry ref-entry--${entry.section}${enhancement ? ' is-enhancement' : ''}${focused ? ' is-focused' : ''}`}
      aria-labelledby={headingId}
      aria-current={focused ? 'true' : undefined}
      data-entry={entry.id}
      tabIndex={-1}
    >
      <h4 className="ref-entry-title" id={headingId}>
        {entry.section !== 'series' && <span className="ref-entry-id">{entry.id}</span>}
        <span className="ref-entry-name">{entry.title}</span>
      </h4>
      {entry.facts.length > 0 && (
        <ul className="ref-facts" aria-label="Facts">
          {entry.facts.map((f) => (
            <li key={f} className="ref-fact">
              {f}
            </li>
          ))}
        </ul>
      )}
      {entry.text && <p className="ref-text">{entry.text}</p>}
    </article>
  );
}

function Section({ section, entries, focus }: { readonly section: ReferenceSection; readonly entries: readonly ReferenceEntry[]; readonly focus: string | null }) {
  if (entries.length === 0) return null;
  return (
    <section className="ref-section" aria-labelledby={`ref-section-${section}`}>
      <h3 className="ref-section-title" id={`ref-section-${section}`}>
        {SECTION_TITLE[section]} <span className="ref-count">{entries.length}</span>
      </h3>
      {entries.map((e, i) => (
        <div key={e.id} className="ref-entry-wrap">
          {e.group && e.group !== entries[i - 1]?.group && (
            <p className="ref-group">
              <span className="ref-group-title">{SERIES_GROUP_INFO[e.group].title}</span> {SERIES_GROUP_INFO[e.group].summary}
            </p>
          )}
          <Entry entry={e} focused={e.id === focus} />
        </div>
      ))}
    </section>
  );
}

export function ReferenceView() {
  const focus = useEditor((s) => s.referenceFocus);
  const [query, setQuery] = useState('');
  const [fr, setFr] = useState<FrKey | 'all'>('all');
  const shown = useMemo(() => filterEntries(REFERENCE_ENTRIES, query, fr), [query, fr]);
  const bySection = useMemo(() => new Map(REFERENCE_SECTIONS.map((s) => [s, shown.filter((e) => e.section === s)] as const)), [shown]);

  // A link followed names an entry: clear the search and filter if they hide it (adjusting state
  // while rendering, so the entry is there when the effect scrolls to it).
  const [seenFocus, setSeenFocus] = useState<string | null>(null);
  if (focus !== seenFocus) {
    setSeenFocus(focus);
    if (focus && !shown.some((e) => e.id === focus)) {
      setQuery('');
      setFr('all');
    }
  }
  useEffect(() => {
    if (focus) showEntry(focus);
  }, [focus]);

  const total = shown.length;
  return (
    <div className="reference">
      <div className="ref-toolbar">
        <h2 className="ref-heading">IEC 62443 reference</h2>
        <input
          className="ref-search"
          type="search"
          placeholder="Search: SR 1.13, multifactor, patch…"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          aria-label="Search the reference"
        />
        <div className="ref-fr-filter" role="group" aria-label="Filter by foundational requirement">
          <button type="button" className={`ref-fr${fr === 'all' ? ' is-on' : ''}`} aria-pressed={fr === 'all'} onClick={() => setFr('all')}>
            All
          </button>
          {FR_KEYS.map((k) => (
            <button key={k} type="button" className={`ref-fr${fr === k ? ' is-on' : ''}`} aria-pressed={fr === k} onClick={() => setFr(k)} title={FR_INFO[k].name}>
              {frLabel(k)}
            </button>
          ))}
        </div>
        <span className="ref-total" aria-live="polite">
          {total} {total === 1 ? 'entry' : 'entries'}
        </span>
      </div>
      <div className="ref-layout">
        <nav className="ref-nav" aria-label="Reference sections">
          <ul>
            {REFERENCE_SECTIONS.map((s) => {
              const n = bySection.get(s)?.length ?? 0;
              return (
                <li key={s}>
                  <a
                    href={`#ref-section-${s}`}
                    className={n === 0 ? 'is-empty' : undefined}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(`ref-section-${s}`)?.scrollIntoView({ block: 'start' });
                    }}
                  >
                    {SECTION_TITLE[s]} <span className="ref-count">{n}</span>
                  </a>
                </li>
              );
            })}
          </ul>
          <p className="ref-note">Ids, titles and levels are facts from the standards; every explanation is our own summary, never the standard&apos;s text.</p>
        </nav>
        <div className="ref-main" tabIndex={0} role="region" aria-label="Reference entries">
          {total === 0 ? (
            <p className="ref-empty">Nothing matches “{query}”{fr === 'all' ? '' : ` in ${frLabel(fr)}`}.</p>
          ) : (
            REFERENCE_SECTIONS.map((s) => <Section key={s} section={s} entries={bySection.get(s) ?? []} focus={focus} />)
          )}
        </div>
      </div>
    </div>
  );
}
