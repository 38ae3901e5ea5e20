/**
 * The overview in the corner: zones and assets from the document's layout, and the part in view.
 * It stands in for React Flow's MiniMap, which draws one element and keeps one store subscription
 * per node (4,000 per pointer move on a 2,000-asset plant, whatever the zoom); here zones are a
 * path, assets another, and only the view rectangle follows the viewport. Click or drag to move
 * the view there; the wheel zooms.
 */
import { memo, useCallback, useDeferredValue, useMemo, useRef, type PointerEvent as ReactPointerEvent, type WheelEvent as ReactWheelEvent } from 'react';
import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { shallow } from 'zustand/shallow';
import type { Layout } from './geometry';
import { MAX_ZOOM, MIN_ZOOM } from './viewport';

const WIDTH = 168;
const HEIGHT = 112;
/** Room around the drawing, in minimap pixels (React Flow's MiniMap uses 5). */
const OFFSET = 5;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const selectView = (s: ReactFlowState) => ({ tx: s.transform[0], ty: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height });

interface OverviewProps {
  readonly layout: Layout;
  /** Zones and assets of the canvas highlight, marked so that one sees where they are. */
  readonly marks: readonly string[];
}

function OverviewImpl({ layout: current, marks: currentMarks }: OverviewProps) {
  // An edit redraws the overview in a deferred render, after the frame that shows the edit: its
  // 2,000-rectangle path is no part of what the user is waiting for.
  const layout = useDeferredValue(current);
  const marks = useDeferredValue(currentMarks);
  const flow = useReactFlow();
  const view = useStore(selectView, shallow);
  const svg = useRef<SVGSVGElement>(null);

  const drawing = useMemo(() => {
    const zones: string[] = [];
    const assets: string[] = [];
    let x0 = Infinity;
    let y0 = Infinity;
    let x1 = -Infinity;
    let y1 = -Infinity;
    const zoneIds = new Set(layout.zoneOrder.map((z) => z.id as string));
    for (const [id, r] of layout.rects) {
      (zoneIds.has(id) ? zones : assets).push(`M${Math.round(r.x)},${Math.round(r.y)}h${Math.round(r.width)}v${Math.round(r.height)}h${-Math.round(r.width)}z`);
      x0 = Math.min(x0, r.x);
      y0 = Math.min(y0, r.y);
      x1 = Math.max(x1, r.x + r.width);
      y1 = Math.max(y1, r.y + r.height);
    }
    const bounds: Box | undefined = Number.isFinite(x0) ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : undefined;
    return { zones: zones.join(''), assets: assets.join(''), bounds };
  }, [layout]);

  const marked = useMemo(() => {
    const parts: string[] = [];
    for (const id of marks) {
      const r = layout.rects.get(id);
      if (r) parts.push(`M${Math.round(r.x)},${Math.round(r.y)}h${Math.round(r.width)}v${Math.round(r.height)}h${-Math.round(r.width)}z`);
    }
    return parts.join('');
  }, [layout, marks]);

  const inView: Box = { x: -view.tx / view.zoom, y: -view.ty / view.zoom, width: view.width / view.zoom, height: view.height / view.zoom };
  const b = drawing.bounds;
  const all: Box = b
    ? {
        x: Math.min(b.x, inView.x),
        y: Math.min(b.y, inView.y),
        width: Math.max(b.x + b.width, inView.x + inView.width) - Math.min(b.x, inView.x),
        height: Math.max(b.y + b.height, inView.y + inView.height) - Math.min(b.y, inView.y),
      }
    : inView;
  // Fit `all` in the panel, centred, as React Flow's MiniMap does.
  const scale = Math.max(all.width / WIDTH, all.height / HEIGHT) || 1;
  const offset = OFFSET * scale;
  const vw = scale * WIDTH + offset * 2;
  const vh = scale * HEIGHT + offset * 2;
  const vx = all.x - (scale * WIDTH - all.width) / 2 - offset;
  const vy = all.y - (scale * HEIGHT - all.height) / 2 - offset;

  const toCanvas = useCallback((e: { clientX: number; clientY: number }) => {
    const el = svg.current;
    const m = el?.getScreenCTM()?.inverse();
    if (!el || !m) return undefined;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m);
    return { x: p.x, y: p.y };
  }, []);

  const centreOn = useCallback(
    (e: ReactPointerEvent<SVGSVGElement>) => {
      const p = toCanvas(e);
      if (p) void flow.setCenter(p.x, p.y, { zoom: flow.getZoom() });
    },
    [flow, toCanvas],
  );

  const onPointerDown = useCallback(
    (e: ReactPointerEvent<SVGSVGElement>) => {
      if (e.button !== 0) return;
      e.currentTarget.setPointerCapture(e.pointerId);
      centreOn(e);
    },
    [centreOn],
  );

  const onPointerMove = useCallback(
    (e: ReactPointerEvent<SVGSVGElement>) => {
      if (e.buttons & 1 && e.currentTarget.hasPointerCapture(e.pointerId)) centreOn(e);
    },
    [centreOn],
  );

  const onWheel = useCallback(
    (e: ReactWheelEvent<SVGSVGElement>) => {
      const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, flow.getZoom() * Math.pow(2, -e.deltaY * 0.002)));
      void flow.zoomTo(zoom);
    },
    [flow],
  );

  return (
    <Panel position="bottom-right" className="react-flow__minimap zw-overview" data-testid="overview">
      <svg
        ref={svg}
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${vx} ${vy} ${vw} ${vh}`}
        className="react-flow__minimap-svg"
        role="img"
        aria-label="Overview"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onWheel={onWheel}
      >
        <path className="zw-overview-zones" d={drawing.zones} />
        <path className="zw-overview-assets" d={drawing.assets} />
        {marked && <path className="zw-overview-marked" d={marked} data-testid="overview-highlight" />}
        <path
          className="react-flow__minimap-mask"
          d={`M${vx - offset},${vy - offset}h${vw + offset * 2}v${vh + offset * 2}h${-vw - offset * 2}z M${inView.x},${inView.y}h${inView.width}v${inView.height}h${-inView.width}z`}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  );
}

export const Overview = memo(OverviewImpl);
