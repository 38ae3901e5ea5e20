/**
 * Remembers where document windows were: size, position, maximized and full-screen state. The
 * store reads and writes through an injected storage; restoring clamps the saved bounds to the
 * displays that exist now, so a window never reopens on a monitor that was unplugged.
 */
import { z } from 'zod';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, type Rect } from './security';
import type { JsonStorage } from './jsonFileStorage';

export interface WindowState {
  readonly bounds: Rect;
  readonly maximized: boolean;
  readonly fullScreen: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
/** How far each further window is shifted from the one before, so they do not stack exactly. */
export const CASCADE_OFFSET = 28;
/** A window counts as visible when at least this much of it lies on some display (enough to grab its title bar). */
const MIN_VISIBLE = { width: 120, height: 40 } as const;

const finite = z.number().finite();
const storedStateSchema = z.object({
  bounds: z.object({ x: finite, y: finite, width: finite.positive(), height: finite.positive() }),
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false),
});

function intersection(a: Rect, b: Rect): Rect | undefined {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : undefined;
}

function centredOn(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return { x: Math.round(area.x + (area.width - w) / 2), y: Math.round(area.y + (area.height - h) / 2), width: w, height: h };
}

/**
 * Fits bounds onto the displays (their work areas, primary first). Bounds that are visible enough
 * on a display are shrunk to fit it and moved fully onto it; bounds that are (nearly) off every
 * display are centred on the primary display.
 */
export function clampToDisplays(bounds: Rect, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0];
  if (!primary) return bounds;
  let best: { area: Rect; visible: number } | undefined;
  for (const area of workAreas) {
    const overlap = intersection(bounds, area);
    if (!overlap || overlap.width < MIN_VISIBLE.width || overlap.height < MIN_VISIBLE.height) continue;
    const visible = overlap.width * overlap.height;
    if (!best || visible > best.visible) best = { area, visible };
  }
  if (!best) return centredOn(primary, Math.max(bounds.width, MIN_WINDOW_WIDTH), Math.max(bounds.height, MIN_WINDOW_HEIGHT));
  const area = best.area;
  const width = Math.min(Math.max(bounds.width, Math.min(MIN_WINDOW_WIDTH, area.width)), area.width);
  const height = Math.min(Math.max(bounds.height, Math.min(MIN_WINDOW_HEIGHT, area.height)), area.height);
  const x = Math.min(Math.max(bounds.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(bounds.y, area.y), area.y + area.height - height);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

/** The state for a first window ever: default size, centred on the primary display. */
export function defaultWindowState(workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_WINDOW_SIZE };
  return { bounds: centredOn(primary, DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height), maximized: false, fullScreen: false };
}

/** Bounds for one more window next to `from`: shifted down and right, wrapping to the top-left of the display when it would run off. */
export function cascadeFrom(from: Rect, workAreas: readonly Rect[]): Rect {
  const shifted = { ...from, x: from.x + CASCADE_OFFSET, y: from.y + CASCADE_OFFSET };
  const clamped = clampToDisplays(shifted, workAreas);
  if (clamped.x === shifted.x && clamped.y === shifted.y) return clamped;
  const area = workAreas.find((a) => intersection(from, a)) ?? workAreas[0];
  return area ? clampToDisplays({ ...from, x: area.x + CASCADE_OFFSET, y: area.y + CASCADE_OFFSET }, workAreas) : clamped;
}

export interface WindowStateStore {
  /** The last saved state fitted to today's displays, or the default state. */
  restore(workAreas: readonly Rect[]): WindowState;
  save(state: WindowState): void;
}

export function createWindowStateStore(storage: JsonStorage): WindowStateStore {
  return {
    restore(workAreas) {
      const parsed = storedStateSchema.safeParse(storage.read());
      if (!parsed.success) return defaultWindowState(workAreas);
      return { ...parsed.data, bounds: clampToDisplays(parsed.data.bounds, workAreas) };
    },
    save(state) {
      storage.write({ bounds: state.bounds, maximized: state.maximized, fullScreen: state.fullScreen });
    },
  };
}
