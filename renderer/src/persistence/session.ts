/**
 * The editor session: one per page load (window or tab). Its id names its autosave record and the
 * clipboard payloads it writes. While the page lives it holds a Web Lock named after the id; the
 * browser releases the lock when the page goes (closed, reloaded, crashed), which is how a later
 * page tells the work of an ended session from that of a tab still open.
 */
import { HEARTBEAT_TIMEOUT_MS, type LivenessCheck } from './autosaveStore';

function newSessionId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** This page's session id. */
export const SESSION_ID = newSessionId();

const LOCK_PREFIX = 'zonewright-session:';

function locks(): LockManager | undefined {
  return typeof navigator !== 'undefined' && 'locks' in navigator ? navigator.locks : undefined;
}

/** True when sessions can be told apart by their locks (else by heartbeats). */
export function hasSessionLocks(): boolean {
  return locks() !== undefined;
}

/** Takes this session's lock and never gives it back: the browser drops it with the page. */
export async function holdSessionLock(): Promise<void> {
  const manager = locks();
  if (!manager) return;
  await new Promise<void>((granted) => {
    manager
      .request(`${LOCK_PREFIX}${SESSION_ID}`, () => {
        granted();
        return new Promise<void>(() => {});
      })
      .catch(() => granted());
  });
}

/** Which sessions are open now: by their locks, or by a recent heartbeat where there are no locks. */
export async function livenessCheck(now: number = Date.now()): Promise<LivenessCheck> {
  const manager = locks();
  if (manager) {
    try {
      const { held = [] } = await manager.query();
      const live = new Set(held.map((l) => l.name ?? '').filter((n) => n.startsWith(LOCK_PREFIX)).map((n) => n.slice(LOCK_PREFIX.length)));
      return (record) => live.has(record.sessionId);
    } catch {
      // Fall through to heartbeats.
    }
  }
  return (record) => now - record.aliveAt < HEARTBEAT_TIMEOUT_MS;
}
