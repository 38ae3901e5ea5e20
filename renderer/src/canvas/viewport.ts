/**
 * The view that fits a whole document, computed from its layout before React Flow has its nodes,
 * with the same margins as the Fit view command. Opening a project sets it first, so that a large
 * plant renders once, already zoomed out, instead of at the old zoom and then again fitted.
 */
import { getViewportForBounds, type Viewport } from '@xyflow/react';
import type { ZonewrightDocument } from '../../../shared';
import { resolveLayout } from './geometry';

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2.5;
/** The Fit view command's margins and largest zoom (commands/actions.ts). */
export const FIT_PADDING = 0.12;
export const FIT_MAX_ZOOM = 1.25;

export function fittedViewport(doc: ZonewrightDocument, size: { readonly width: number; readonly height: number }): Viewport | undefined {
  if (size.width <= 0 || size.height <= 0) return undefined;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of resolveLayout(doc).rects.values()) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  if (!Number.isFinite(x0)) return undefined;
  return getViewportForBounds({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, size.width, size.height, MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING);
}
