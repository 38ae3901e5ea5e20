/** Today's calendar date in the user's time zone, for the date-dependent rules and new records. */
import type { IsoDate } from '../../../shared';

export function todayIso(now: Date = new Date()): IsoDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
