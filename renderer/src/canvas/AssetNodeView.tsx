import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { ASSET_TYPE_INFO } from '../../../shared';
import { FindingBadge } from '../components/Badge';
import { AssetIcon } from '../icons/assetIcons';
import { useFar } from './lod';
import type { AssetNode } from './mapping';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/**
 * An asset: its type's icon, name and type; handles on each side to draw links from. Zoomed out
 * past the level of detail, a plain tile in its group's colours (the name as a tooltip).
 */
function AssetNodeViewImpl({ data, selected }: NodeProps<AssetNode>) {
  const far = useFar();
  const { asset, badge } = data;
  const info = ASSET_TYPE_INFO[asset.type];
  const className = `asset asset--${info.group}${selected ? ' is-selected' : ''}`;
  if (far) {
    return <div className={`${className} asset--far${badge ? ` has-findings--${badge.severity}` : ''}`} data-testid={`asset-${asset.id}`} title={`${asset.name} (${info.label})`} />;
  }
  return (
    <div className={className} data-testid={`asset-${asset.id}`} title={`${asset.name} (${info.label})`}>
      <span className="asset-icon">
        <AssetIcon type={asset.type} size={18} />
      </span>
      <span className="asset-text">
        <span className="asset-name">{asset.name}</span>
        <span className="asset-type">{info.label}</span>
      </span>
      {badge && <FindingBadge badge={badge} />}
      {SIDES.map((side) => (
        <Handle key={side} id={side} type="source" position={side} className="asset-handle" />
      ))}
    </div>
  );
}

export const AssetNodeView = memo(AssetNodeViewImpl);
