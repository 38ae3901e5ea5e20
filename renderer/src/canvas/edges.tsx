import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { FindingBadge } from '../components/Badge';
import { ShieldIcon } from '../icons/uiIcons';
import { editorStore } from '../store/editorStore';
import { borderPoint, centre, type Rect } from './geometry';
import { useFar } from './lod';
import type { ConduitEdge, LinkEdge } from './mapping';

function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

/**
 * A straight edge from border to border of its two nodes, wherever they sit ("floating" edge),
 * optionally shifted sideways by `offset` so that parallel edges do not overlap.
 */
function useFloatingPath(source: string, target: string, offset = 0, labelShift = 0) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  if (!s || !t) return undefined;
  const sr = rectOf(s);
  const tr = rectOf(t);
  const sc = centre(sr);
  const tc = centre(tr);
  const len = Math.hypot(tc.x - sc.x, tc.y - sc.y) || 1;
  const nx = (-(tc.y - sc.y) / len) * offset;
  const ny = ((tc.x - sc.x) / len) * offset;
  const a = borderPoint(sr, { x: tc.x + nx, y: tc.y + ny });
  const b = borderPoint(tr, { x: sc.x + nx, y: sc.y + ny });
  const a2 = { x: a.x + nx, y: a.y + ny };
  const b2 = { x: b.x + nx, y: b.y + ny };
  const ux = (tc.x - sc.x) / len;
  const uy = (tc.y - sc.y) / len;
  return {
    path: `M ${a2.x},${a2.y} L ${b2.x},${b2.y}`,
    mid: { x: (a2.x + b2.x) / 2 + ux * labelShift, y: (a2.y + b2.y) / 2 + uy * labelShift },
  };
}

/** A click on a conduit's label selects the conduit, like a click on its line. */
function selectFromLabel(id: string, add: boolean): void {
  const state = editorStore.getState();
  if (add) state.toggleSelected(new Map([[id, !state.selection.has(id)]]));
  else state.select([id]);
}

function ConduitEdgeViewImpl({ id, source, target, data, selected }: EdgeProps<ConduitEdge>) {
  const far = useFar();
  const geo = useFloatingPath(source, target, data?.offset ?? 0, data?.labelShift ?? 0);
  if (!geo || !data) return null;
  const { conduit, shielded, badge, labelled, highlighted } = data;
  return (
    <>
      <BaseEdge id={id} path={geo.path} className={`conduit-edge${selected ? ' is-selected' : ''}${shielded ? ' is-shielded' : ''}`} interactionWidth={22} />
      {labelled && !far && (
        <EdgeLabelRenderer>
          <div
            className={`conduit-label nodrag nopan${selected ? ' is-selected' : ''}${highlighted ? ' is-highlighted' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${geo.mid.x}px, ${geo.mid.y}px)` }}
            data-testid={`conduit-${conduit.id}`}
            onClick={(e) => selectFromLabel(conduit.id, e.shiftKey || e.metaKey || e.ctrlKey)}
          >
            {shielded && (
              <span className="conduit-shield" title="A boundary device enforces this conduit">
                <ShieldIcon size={14} title="Boundary device" />
              </span>
            )}
            <span className="conduit-name">{conduit.name}</span>
            {badge && <FindingBadge badge={badge} />}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

function LinkEdgeViewImpl({ id, source, target, data, selected }: EdgeProps<LinkEdge>) {
  const geo = useFloatingPath(source, target);
  if (!geo || !data) return null;
  const { link, badge, highlighted } = data;
  const dashed = link.medium === 'wireless' || link.medium === 'vpn';
  return (
    <>
      <BaseEdge
        id={id}
        path={geo.path}
        className={`link-edge${selected ? ' is-selected' : ''}${link.conduitId ? ' in-conduit' : ''}${dashed ? ' is-dashed' : ''}`}
        interactionWidth={10}
      />
      {badge && (
        <EdgeLabelRenderer>
          <div className={`link-label nodrag nopan${highlighted ? ' is-highlighted' : ''}`} style={{ transform: `translate(-50%, -50%) translate(${geo.mid.x}px, ${geo.mid.y}px)` }}>
            <FindingBadge badge={badge} />
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ConduitEdgeView = memo(ConduitEdgeViewImpl);
export const LinkEdgeView = memo(LinkEdgeViewImpl);
