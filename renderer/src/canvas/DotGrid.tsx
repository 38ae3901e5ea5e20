/**
 * The canvas' dot grid, drawn as a CSS background of one element, in place of React Flow's
 * <Background> (an SVG pattern): Chromium repaints an SVG root in full each time the canvas is
 * laid out again, so every edit of a large plant repainted all of it, while a box background is
 * repainted only when the view pans or zooms. The dots sit where React Flow's would.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';

const selectTransform = (s: ReactFlowState) => s.transform;

export interface DotGridStyle {
  readonly backgroundImage: string;
  readonly backgroundSize: string;
  readonly backgroundPosition: string;
}

/** The background of a grid of dots every `gap` flow units, of diameter `size`, under `transform`. */
export function dotGridStyle([x, y, zoom]: readonly [number, number, number], gap: number, size: number, color: string): DotGridStyle {
  const cell = gap * zoom || 1;
  const r = (size * zoom) / 2;
  // As React Flow's pattern: a cell at (x mod cell, y mod cell), shifted back by half a cell, with
  // its dot at (r, r). The edge fades over a pixel, as antialiasing would; a dot under a pixel
  // across fades from its centre, over r·√3, which covers the same area.
  const [solid, clear] = r >= 0.5 ? [r - 0.5, r + 0.5] : [0, r * Math.sqrt(3)];
  return {
    backgroundImage: `radial-gradient(circle at ${r}px ${r}px, ${color} ${solid}px, transparent ${clear}px)`,
    backgroundSize: `${cell}px ${cell}px`,
    backgroundPosition: `${(x % cell) - cell / 2}px ${(y % cell) - cell / 2}px`,
  };
}

export function DotGrid({ gap, size, color }: { readonly gap: number; readonly size: number; readonly color: string }) {
  const transform = useStore(selectTransform);
  return <div className="canvas-grid" style={dotGridStyle(transform, gap, size, color)} aria-hidden="true" />;
}
