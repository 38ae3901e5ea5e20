import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { ASSET_TYPE_INFO } from '../../../shared';
import { FindingBadge } from '../components/Badge';
import { AssetIcon } from '../icons/assetIcons';
import type { AssetNode } from './mapping';

const SIDES = [Position.Top, Position.Right, Position.Bottom, Position.Left] as const;

/** An asset: its type's icon, name and type; handles on each side to draw links from. */
function AssetNodeViewImpl({ data, selected }: NodeProps<AssetNode>) {
  const { asset, badge } = data;
  const info = ASSET_TYPE_INFO[asset.type];
  return (
    <div className={`asset asset--${info.group}${selected ? ' is-selected' : ''}`} data-testid={`asset-${asset.id}`} title={`${asset.name} (${info.label})`}>
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
