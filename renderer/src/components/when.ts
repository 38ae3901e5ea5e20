/** Times for people: "just now", "5 minutes ago", "today at 14:32", "yesterday at 09:10", "12 Mar 2025, 10:00". */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

function clock(d: Date): string {
  return d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** How long ago, in words, for times within the last day; undefined beyond. */
export function ago(time: number, now: number = Date.now()): string | undefined {
  const d = Math.max(0, now - time);
  if (d < MINUTE) return 'just now';
  if (d < HOUR) {
    const m = Math.floor(d / MINUTE);
    return `${m} minute${m === 1 ? '' : 's'} ago`;
  }
  if (d < 24 * HOUR) {
    const h = Math.floor(d / HOUR);
    return `${h} hour${h === 1 ? '' : 's'} ago`;
  }
  return undefined;
}

/** The day and time. */
export function when(time: number, now: number = Date.now()): string {
  const d = new Date(time);
  const today = new Date(now);
  const yesterday = new Date(now - 24 * HOUR);
  if (sameDay(d, today)) return `today at ${clock(d)}`;
  if (sameDay(d, yesterday)) return `yesterday at ${clock(d)}`;
  return d.toLocaleString(undefined, { day: 'numeric', month: 'short', year: d.getFullYear() === today.getFullYear() ? undefined : 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "today at 14:32 (5 minutes ago)". */
export function whenWithAgo(time: number, now: number = Date.now()): string {
  const relative = ago(time, now);
  return relative ? `${when(time, now)} (${relative})` : when(time, now);
}

/** "1 zone", "3 zones". */
export function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
