/**
 * Every asset type, grouped. Drag an entry onto the canvas, or choose it and press Enter
 * (or double-click it) to add one at the centre of the view.
 */
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { ASSET_GROUP_LABEL, ASSET_GROUPS, ASSET_TYPE_INFO, ASSET_TYPES, type AssetType } from '../../../shared';
import { PALETTE_MIME } from '../canvas/dnd';
import { addAssetAtCentre } from '../commands/actions';
import { AssetIcon } from '../icons/assetIcons';
import { SearchIcon } from '../icons/uiIcons';
import { useEditor } from '../store/editorStore';

function PaletteItem({ type, chosen, onChoose }: { readonly type: AssetType; readonly chosen: boolean; readonly onChoose: (t: AssetType) => void }) {
  const info = ASSET_TYPE_INFO[type];
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(PALETTE_MIME, type);
    e.dataTransfer.effectAllowed = 'copy';
    onChoose(type);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      onChoose(type);
      addAssetAtCentre(type);
    }
  };
  return (
    <li>
      <button
        type="button"
        className={`palette-item palette-item--${info.group}${chosen ? ' is-chosen' : ''}`}
        draggable
        onDragStart={onDragStart}
        onClick={() => onChoose(type)}
        onDoubleClick={() => addAssetAtCentre(type)}
        onKeyDown={onKeyDown}
        aria-pressed={chosen}
        title={`${info.label}: drag onto the canvas, or press Enter to add it at the centre`}
        data-type={type}
      >
        <span className="palette-icon">
          <AssetIcon type={type} size={18} />
        </span>
        <span className="palette-label">{info.label}</span>
      </button>
    </li>
  );
}

export function Palette() {
  const chosen = useEditor((s) => s.paletteType);
  const setChosen = useEditor((s) => s.setPaletteType);
  const [filter, setFilter] = useState('');
  const q = filter.trim().toLowerCase();
  return (
    <section className="panel panel-palette" aria-label="Palette">
      <h2 className="panel-title">Assets</h2>
      <div className="palette-search">
        <SearchIcon size={15} />
        <input type="search" placeholder="Filter" aria-label="Filter asset types" value={filter} onChange={(e) => setFilter(e.target.value)} />
      </div>
      <div className="panel-body palette-body">
        {ASSET_GROUPS.map((group) => {
          const types = ASSET_TYPES.filter((t) => ASSET_TYPE_INFO[t].group === group && (q === '' || ASSET_TYPE_INFO[t].label.toLowerCase().includes(q)));
          if (types.length === 0) return null;
          return (
            <div className="palette-group" key={group} role="group" aria-labelledby={`palette-${group}`}>
              <h3 id={`palette-${group}`} className="palette-group-title">
                {ASSET_GROUP_LABEL[group]}
              </h3>
              <ul className="palette-list">
                {types.map((t) => (
                  <PaletteItem key={t} type={t} chosen={chosen === t} onChoose={setChosen} />
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      <p className="palette-tip">Drag onto the canvas, or select and press Enter.</p>
    </section>
  );
}
