/** Every segmentation rule, in the order their findings are listed. */
import type { Rule } from '../rule';
import { assetUnzoned } from './assetUnzoned';

export const RULES: readonly Rule[] = [assetUnzoned];
