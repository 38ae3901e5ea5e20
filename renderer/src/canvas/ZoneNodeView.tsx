import { memo } from 'react';
import { Handle, NodeResizer, Position, type NodeProps } from '@xyflow/react';
import { ZONE_KIND_INFO } from '../../../shared';
import { FindingBadge, SlChip } from '../components/Badge';
import { useFar } from './lod';
import type { ZoneNode } from './mapping';

/**
 * A zone: a frame whose header carries name, kind and SL-T. Only the header (to drag) and the
 * resize handles take the pointer; the body lets clicks through to the canvas, so a rubber band
 * can start inside a zone. Zoomed out past the level of detail, the header keeps only the name.
 */
function ZoneNodeViewImpl({ data, selected }: NodeProps<ZoneNode>) {
  const far = useFar();
  const { zone, badge, pickable } = data;
  return (
    <div className={`zone zone--${zone.kind}${selected ? ' is-selected' : ''}${pickable ? ' is-pickable' : ''}${far ? ' zone--far' : ''}`} data-testid={`zone-${zone.id}`}>
      {selected && <NodeResizer minWidth={200} minHeight={120} handleClassName="zone-resize-handle" lineClassName="zone-resize-line" />}
      {far ? (
        <div className="zone-header zone-drag-handle" title={zone.name}>
          <span className="zone-name">{zone.name}</span>
        </div>
      ) : (
        <div className="zone-header zone-drag-handle" title={ZONE_KIND_INFO[zone.kind].description}>
          <span className="zone-name">{zone.name}</span>
          <span className={`chip chip-kind chip-kind--${zone.kind}`}>{ZONE_KIND_INFO[zone.kind].label}</span>
          <SlChip prefix="SL-T" value={zone.slT} />
          {badge && <FindingBadge badge={badge} />}
        </div>
      )}
      {/* Conduit edges end on it; its place is given to React Flow up front (mapping.ts). */}
      <Handle type="source" position={Position.Top} className="zone-handle" isConnectable={false} />
    </div>
  );
}

export const ZoneNodeView = memo(ZoneNodeViewImpl);
