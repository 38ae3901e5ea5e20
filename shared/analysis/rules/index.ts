/** Every segmentation rule, in the order their findings are listed. */
import type { Rule } from '../rule';
import { assetUnzoned } from './assetUnzoned';
import { boundaryUnprotected } from './boundaryUnprotected';
import { conduitDangling } from './conduitDangling';
import { conduitNoFlows } from './conduitNoFlows';
import { conduitSltBelowZones } from './conduitSltBelowZones';
import { controlToControl } from './controlToControl';
import { diodeDirection } from './diodeDirection';
import { dmzBypassed } from './dmzBypassed';
import { dualHomedAsset } from './dualHomedAsset';
import { flowEndpointOutsideConduit } from './flowEndpointOutsideConduit';
import { linkBypassesConduit } from './linkBypassesConduit';
import { monitoringMissing } from './monitoringMissing';
import { purdueLevelSkip } from './purdueLevelSkip';
import { remoteAccessUnmediated } from './remoteAccessUnmediated';
import { safetyNotIsolated } from './safetyNotIsolated';
import { slcBelowSlt } from './slcBelowSlt';
import { wirelessInSafetyOrControl } from './wirelessInSafetyOrControl';
import { zoneEmpty } from './zoneEmpty';
import { slaBelowSlt } from './slaBelowSlt';
import { zoneSltMissing } from './zoneSltMissing';
import { approvalStale } from './approvalStale';
import { reassessmentOverdue } from './reassessmentOverdue';

export const RULES: readonly Rule[] = [
  assetUnzoned,
  linkBypassesConduit,
  conduitDangling,
  zoneSltMissing,
  zoneEmpty,
  conduitNoFlows,
  boundaryUnprotected,
  dmzBypassed,
  purdueLevelSkip,
  safetyNotIsolated,
  remoteAccessUnmediated,
  dualHomedAsset,
  slcBelowSlt,
  diodeDirection,
  controlToControl,
  monitoringMissing,
  conduitSltBelowZones,
  wirelessInSafetyOrControl,
  flowEndpointOutsideConduit,
  slaBelowSlt,
  approvalStale,
  reassessmentOverdue,
];
