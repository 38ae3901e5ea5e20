/** The right-hand sidebar: properties above, requirements below, with a splitter between them (drag, or arrow keys). */
import { useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type PointerEvent as ReactPointerEvent } from 'react';
import { Inspector } from '../panels/Inspector';
import { RequirementsPanel } from '../panels/RequirementsPanel';

const SPLIT_KEY = 'zonewright.sidebarSplit';
const SPLIT_MIN = 0.2;
const SPLIT_MAX = 0.8;

function storedSplit(): number {
  try {
    const v = Number(localStorage.getItem(SPLIT_KEY));
    return Number.isFinite(v) && v >= SPLIT_MIN && v <= SPLIT_MAX ? v : 0.5;
  } catch {
    return 0.5;
  }
}

export function Sidebar() {
  const [split, setSplit] = useState(storedSplit);
  const aside = useRef<HTMLElement>(null);
  const change = (value: number) => {
    const v = Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, value));
    setSplit(v);
    try {
      localStorage.setItem(SPLIT_KEY, String(v));
    } catch {
      // Not kept: fine.
    }
  };
  const onPointerDown = (e: ReactPointerEvent<HTMLDivElement>) => {
    const box = aside.current?.getBoundingClientRect();
    if (!box) return;
    e.preventDefault();
    const handle = e.currentTarget;
    handle.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => change((ev.clientY - box.top) / box.height);
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };
  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      change(split + (e.key === 'ArrowUp' ? -0.05 : 0.05));
    }
  };
  return (
    <aside className="sidebar" ref={aside} style={{ ['--split' as string]: `${split * 100}%` }}>
      <Inspector />
      <div
        className="sidebar-splitter"
        role="separator"
        tabIndex={0}
        aria-orientation="horizontal"
        aria-label="Resize the properties and requirements panels"
        aria-valuemin={SPLIT_MIN * 100}
        aria-valuemax={SPLIT_MAX * 100}
        aria-valuenow={Math.round(split * 100)}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
        onDoubleClick={() => change(0.5)}
      />
      <RequirementsPanel />
    </aside>
  );
}

