/**
 * The canvas context menu. Its entries are commands from the registry, so a right-click does
 * exactly what the toolbar button or the shortcut does.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { arrangeableCount } from '../commands/arrange';
import { commandById, dispatch, formatShortcut, isEnabled, type EditorCommandId } from '../commands/registry';
import { editorStore, useEditor } from '../store/editorStore';
import { ARRANGE_ROWS, type IconRow } from './ArrangeButtons';

type Item = EditorCommandId | '-' | IconRow;

const ELEMENT_ITEMS: readonly Item[] = [
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.duplicate',
  'edit.delete',
  '-',
  'insert.conduit',
  '-',
  'edit.selectAll',
  'edit.clearSelection',
  'edit.find',
  'view.fitView',
];
const ARRANGE_ITEMS: readonly Item[] = ['-', ...ARRANGE_ROWS];
const CANVAS_ITEMS: readonly Item[] = ['insert.zone', 'insert.conduit', 'edit.paste', '-', 'edit.undo', 'edit.redo', '-', 'edit.selectAll', 'edit.find', 'layout.auto', 'view.fitView'];

export function ContextMenu() {
  const menu = useEditor((s) => s.contextMenu);
  const state = useEditor((s) => s);
  const ref = useRef<HTMLDivElement>(null);
  const close = () => editorStore.getState().openContextMenu(null);

  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLButtonElement>('[role=menuitem]:not(:disabled)')?.focus();
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) close();
    };
    const onBlur = () => close();
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('blur', onBlur);
    window.addEventListener('wheel', onBlur, { passive: true });
    return () => {
      window.removeEventListener('pointerdown', onDown, true);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('wheel', onBlur);
    };
  }, [menu]);

  if (!menu) return null;
  const items: readonly Item[] = menu.over === 'element' ? (arrangeableCount(state) >= 2 ? [...ELEMENT_ITEMS, ...ARRANGE_ITEMS] : ELEMENT_ITEMS) : CANVAS_ITEMS;
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      close();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      e.stopPropagation();
      const forward = e.key === 'ArrowDown' || e.key === 'ArrowRight';
      const next = buttons[(i + (forward ? 1 : buttons.length - 1)) % buttons.length];
      next?.focus();
    }
  };
  const height = items.reduce((h, item) => h + (item === '-' ? 9 : typeof item === 'string' ? 32 : 40), 16);
  const x = Math.min(menu.x, window.innerWidth - 240);
  const y = Math.max(8, Math.min(menu.y, window.innerHeight - height - 8));
  return (
    <div ref={ref} className="context-menu" role="menu" aria-label="Actions" style={{ left: x, top: y }} onKeyDown={onKeyDown}>
      {items.map((id, i) => {
        if (id === '-') return <div key={`sep-${i}`} className="context-menu-sep" role="separator" />;
        if (typeof id !== 'string') {
          return (
            <div key={id.row} className="context-menu-row" role="group" aria-label={id.row}>
              <span className="context-menu-row-label">{id.row}</span>
              {id.items.map(([cid, Icon]) => {
                const command = commandById(cid);
                if (!command) return null;
                return (
                  <button
                    key={cid}
                    type="button"
                    role="menuitem"
                    className="context-menu-icon"
                    aria-label={command.label}
                    title={command.label}
                    disabled={!isEnabled(command, state)}
                    onClick={() => {
                      close();
                      dispatch(cid);
                    }}
                  >
                    <Icon size={17} />
                  </button>
                );
              })}
            </div>
          );
        }
        const command = commandById(id);
        if (!command) return null;
        const enabled = isEnabled(command, state);
        return (
          <button
            key={id}
            type="button"
            role="menuitem"
            className="context-menu-item"
            disabled={!enabled}
            onClick={() => {
              close();
              dispatch(id);
            }}
          >
            <span>{command.label}</span>
            {command.shortcut[0] && <span className="context-menu-key">{formatShortcut(command.shortcut[0])}</span>}
          </button>
        );
      })}
    </div>
  );
}
