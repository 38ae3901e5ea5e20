/**
 * Dates of the lifecycle (reviews, patches, incidents, approvals) are ISO 8601 strings. The core
 * has no clock: "today" is always passed in by the caller. Comparisons use the calendar date.
 */
import type { IsoDate } from '../model/document';

/** `2025-03-31` from `2025-03-31` or `2025-03-31T14:05:00Z`. */
export function dateOnly(date: IsoDate): string {
  return date.slice(0, 10);
}

/** True when `due` is a day before `today` (due today is not yet overdue). */
export function isOverdue(due: IsoDate, today: IsoDate): boolean {
  return dateOnly(due) < dateOnly(today);
}
