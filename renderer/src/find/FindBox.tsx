/**
 * Find by name (Ctrl/Cmd+F): a box over the canvas listing matching zones, assets and conduits as
 * the user types. Arrow keys move through the list; Enter or a click selects the element and
 * brings it into view; Escape closes. A combobox with a listbox, for screen readers.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { reveal } from '../commands/actions';
import { AssetIcon } from '../icons/assetIcons';
import { ConduitIcon, SearchIcon, ZoneIcon } from '../icons/uiIcons';
import { editorStore, useEditor } from '../store/editorStore';
import { countMatches, findElements, type FindHit } from './search';

/** The last query, offered again (selected) when the box reopens. */
let lastQuery = '';

function Highlighted({ hit }: { readonly hit: FindHit }): ReactNode {
  const { name, start, length } = hit;
  return (
    <>
      {name.slice(0, start)}
      <mark>{name.slice(start, start + length)}</mark>
      {name.slice(start + length)}
    </>
  );
}

function HitIcon({ hit }: { readonly hit: FindHit }) {
  if (hit.kind === 'asset' && hit.assetType) return <AssetIcon type={hit.assetType} size={16} />;
  if (hit.kind === 'conduit') return <ConduitIcon size={16} />;
  return <ZoneIcon size={16} />;
}

function FindPanel({ request }: { readonly request: number }) {
  const doc = useEditor((s) => s.doc);
  const [query, setQuery] = useState(lastQuery);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const listId = useId();
  const hits = useMemo(() => findElements(doc, query), [doc, query]);
  const total = useMemo(() => countMatches(doc, query), [doc, query]);
  const current = Math.min(active, Math.max(0, hits.length - 1));

  const close = () => editorStore.getState().openFind(false);

  // Every Ctrl+F (a new request) puts the caret back in the box, the query selected.
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [request]);

  // A click elsewhere closes the box.
  useEffect(() => {
    const onDown = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) close();
    };
    window.addEventListener('pointerdown', onDown, true);
    return () => window.removeEventListener('pointerdown', onDown, true);
  }, []);

  useEffect(() => {
    box.current?.querySelector(`[data-index="${current}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const choose = (hit: FindHit | undefined) => {
    if (!hit) return;
    close();
    reveal([hit.id]);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      setActive((current + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(hits[current]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  };

  const optionId = (i: number) => `${listId}-${i}`;
  const q = query.trim();
  return (
    <div ref={box} className="find-box" role="search" aria-label="Find elements">
      <div className="find-input-row">
        <SearchIcon size={16} />
        <input
          ref={input}
          type="text"
          role="combobox"
          aria-label="Find by name"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={hits.length > 0 ? optionId(current) : undefined}
          placeholder="Find a zone, asset or conduit by name"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            lastQuery = e.target.value;
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <kbd>Esc</kbd>
      </div>
      {q !== '' && (
        <>
          <ul className="find-results" id={listId} role="listbox" aria-label="Matches">
            {hits.map((hit, i) => (
              <li
                key={hit.id}
                id={optionId(i)}
                data-index={i}
                role="option"
                aria-selected={i === current}
                className={`find-hit${i === current ? ' is-active' : ''}`}
                onPointerMove={() => setActive(i)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(hit)}
              >
                <span className={`find-hit-icon find-hit-icon--${hit.kind}`}>
                  <HitIcon hit={hit} />
                </span>
                <span className="find-hit-text">
                  <span className="find-hit-name">
                    <Highlighted hit={hit} />
                  </span>
                  <span className="find-hit-detail">{hit.detail}</span>
                </span>
              </li>
            ))}
          </ul>
          <p className="find-status" role="status">
            {total === 0 ? `Nothing is named “${q}”.` : total > hits.length ? `${total} matches, the first ${hits.length} shown` : `${total} match${total === 1 ? '' : 'es'}`}
            {hits.length > 0 && <span className="find-keys"> · ↑↓ to move · Enter to select</span>}
          </p>
        </>
      )}
    </div>
  );
}

export function FindBox() {
  const open = useEditor((s) => s.findOpen);
  const request = useEditor((s) => s.findRequest);
  return open ? <FindPanel request={request} /> : null;
}
