/**
 * The canvas context menu. Its entries are commands from the registry, so a right-click does
 * exactly what the toolbar button or the shortcut does.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { commandById, dispatch, formatShortcut, isEnabled, type EditorCommandId } from '../commands/registry';
import { editorStore, useEditor } from '../store/editorStore';

const ELEMENT_ITEMS: readonly (EditorCommandId | '-')[] = ['edit.delete', 'insert.conduit', '-', 'edit.selectAll', 'edit.clearSelection', '-', 'view.fitView'];
const CANVAS_ITEMS: readonly (EditorCommandId | '-')[] = ['insert.zone', 'insert.conduit', '-', 'edit.undo', 'edit.redo', '-', 'edit.selectAll', 'view.fitView'];

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
  const items = menu.over === 'element' ? ELEMENT_ITEMS : CANVAS_ITEMS;
  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not(:disabled)') ?? [])];
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      close();
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      e.stopPropagation();
      const next = buttons[(i + (e.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length];
      next?.focus();
    }
  };
  const x = Math.min(menu.x, window.innerWidth - 240);
  const y = Math.min(menu.y, window.innerHeight - items.length * 32 - 16);
  return (
    <div ref={ref} className="context-menu" role="menu" aria-label="Actions" style={{ left: x, top: y }} onKeyDown={onKeyDown}>
      {items.map((id, i) => {
        if (id === '-') return <div key={`sep-${i}`} className="context-menu-sep" role="separator" />;
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
