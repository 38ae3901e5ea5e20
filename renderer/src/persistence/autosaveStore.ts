/**
 * Autosave records and the recent-projects list, over the browser database. No timers and no
 * store here (the autosave controller decides when to write); every method is one transaction.
 */
import type { ZonewrightDocument } from '../../../shared';
import { ZonewrightDatabase, type RecentEntry, type SessionRecord } from './db';

/** How many projects the recent list keeps (their snapshots included). */
export const MAX_RECENT = 12;
/** Without Web Locks, a session whose heartbeat is older than this counts as ended. */
export const HEARTBEAT_TIMEOUT_MS = 30_000;

/** Tells whether the session that wrote a record is still open (in another tab, say). */
export type LivenessCheck = (record: SessionRecord) => boolean;

/** What makes two recent entries the same file: its path on the desktop, its name in a browser. */
export function fileIdentity(file: RecentEntry['file']): string | undefined {
  if (file.path) return `path:${file.path}`;
  if (file.name) return `name:${file.name}`;
  return undefined;
}

export class AutosaveStore {
  constructor(readonly db: ZonewrightDatabase = new ZonewrightDatabase()) {}

  /** Writes (or replaces) a session's autosave. */
  async saveSession(record: SessionRecord): Promise<void> {
    await this.db.sessions.put(record);
  }

  async session(sessionId: string): Promise<SessionRecord | undefined> {
    return this.db.sessions.get(sessionId);
  }

  /** Marks a live session as alive (heartbeat), without touching its document. */
  async touchSession(sessionId: string, now: number): Promise<void> {
    await this.db.sessions.update(sessionId, { aliveAt: now });
  }

  /**
   * Work to recover: autosaves with unsaved changes from sessions that have ended, newest first.
   * Clean records of ended sessions are deleted on the way (nothing to recover there).
   */
  async unsavedSessions(isAlive: LivenessCheck, exceptSessionId?: string): Promise<SessionRecord[]> {
    return this.db.transaction('rw', this.db.sessions, async () => {
      const all = await this.db.sessions.orderBy('updatedAt').reverse().toArray();
      const ended = all.filter((r) => r.sessionId !== exceptSessionId && !isAlive(r));
      const clean = ended.filter((r) => r.clean).map((r) => r.sessionId);
      if (clean.length > 0) await this.db.sessions.bulkDelete(clean);
      return ended.filter((r) => !r.clean);
    });
  }

  /** Forgets a session's autosave (its work was recovered elsewhere, or discarded). */
  async discardSession(sessionId: string): Promise<void> {
    await this.db.sessions.delete(sessionId);
  }

  /**
   * Puts a project at the top of the recent list with a snapshot of its document. An older entry
   * for the same file (same path, or same name where there are no paths) is replaced; the oldest
   * entries beyond `MAX_RECENT` go, snapshots with them.
   */
  async remember(entry: RecentEntry, doc: ZonewrightDocument): Promise<void> {
    await this.db.transaction('rw', this.db.recent, this.db.snapshots, async () => {
      const same = fileIdentity(entry.file);
      const all = await this.db.recent.toArray();
      const duplicates = same === undefined ? [] : all.filter((e) => e.key !== entry.key && fileIdentity(e.file) === same).map((e) => e.key);
      await this.db.recent.put(entry);
      await this.db.snapshots.put({ key: entry.key, doc });
      const keys = await this.db.recent.orderBy('updatedAt').reverse().primaryKeys();
      const stale = [...duplicates, ...keys.filter((k) => !duplicates.includes(k)).slice(MAX_RECENT)];
      if (stale.length > 0) {
        await this.db.recent.bulkDelete(stale);
        await this.db.snapshots.bulkDelete(stale);
      }
    });
  }

  /** The recent projects, most recently changed or opened first. */
  async recent(limit = MAX_RECENT): Promise<RecentEntry[]> {
    return this.db.recent.orderBy('updatedAt').reverse().limit(limit).toArray();
  }

  async snapshot(key: string): Promise<ZonewrightDocument | undefined> {
    return (await this.db.snapshots.get(key))?.doc;
  }

  /** Removes a project from the recent list. */
  async forget(key: string): Promise<void> {
    await this.db.transaction('rw', this.db.recent, this.db.snapshots, async () => {
      await this.db.recent.delete(key);
      await this.db.snapshots.delete(key);
    });
  }

  close(): void {
    this.db.close();
  }
}
