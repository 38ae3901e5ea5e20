/** Row types of the generated reference data (see scripts/build-catalog.mjs). */
import type { FrKey } from '../model/securityLevels';

export type VerificationStatus = 'confirmed' | 'disputed' | 'unverified';
export type ClassPrefix = 'SAR' | 'EDR' | 'HDR' | 'NDR';

export interface ReferenceSystemRow {
  readonly id: string;
  readonly fr: FrKey;
  readonly title: string;
  readonly minSl: 1 | 2 | 3 | 4;
  readonly status: VerificationStatus;
  readonly note?: string;
}

export interface ReferenceComponentRow extends ReferenceSystemRow {
  readonly classes: readonly ClassPrefix[];
}

export interface ReferenceZcrRow {
  readonly id: string;
  readonly title: string;
  readonly clause: string;
}
