/**
 * The browser database (IndexedDB through Dexie): autosaved sessions, for recovery after a crash
 * or a closed tab, the recent projects with a snapshot of each, and the named revisions of each
 * project (from version 2 on). Documents are stored as
 * objects (structured clones), never parsed on the way back: they were valid when written.
 */
import Dexie, { type Table } from 'dexie';
import type { ZonewrightDocument } from '../../../shared';

export const DATABASE_NAME = 'zonewright';

/** Where a project's file lives, if it has one. */
export interface StoredFile {
  readonly name?: string;
  readonly path?: string;
}

/** How big a project is, for lists. */
export interface ProjectCounts {
  readonly zones: number;
  readonly assets: number;
  readonly conduits: number;
}

/**
 * The autosave of one editor session (one window or tab, one page load). Each session writes only
 * its own record, so two tabs never overwrite each other's work.
 */
export interface SessionRecord {
  readonly sessionId: string;
  /** The project (see `DocumentSlice.projectKey`). */
  readonly projectKey: string;
  readonly name: string;
  readonly file: StoredFile;
  /** False while the document has changes not saved to its file: then it is worth recovering. */
  readonly clean: boolean;
  /** When the document last changed (ms since the epoch). */
  readonly updatedAt: number;
  /** Heartbeat of the session, for browsers without the Web Locks API. */
  readonly aliveAt: number;
  readonly counts: ProjectCounts;
  readonly doc: ZonewrightDocument;
}

/** An entry of the recent-projects list (its document is in `snapshots`, under the same key). */
export interface RecentEntry {
  readonly key: string;
  readonly name: string;
  readonly file: StoredFile;
  /** False when the snapshot holds changes never saved to the file. */
  readonly clean: boolean;
  readonly updatedAt: number;
  readonly counts: ProjectCounts;
}

export interface Snapshot {
  readonly key: string;
  readonly doc: ZonewrightDocument;
}

/** A named revision: the whole document as it was when the user saved the revision. */
export interface RevisionRecord {
  readonly id: string;
  /** The project it belongs to (see `DocumentSlice.projectKey`). */
  readonly projectKey: string;
  readonly name: string;
  readonly note?: string;
  /** When it was saved (ms since the epoch). */
  readonly createdAt: number;
  /** The project's name at the time. */
  readonly projectName: string;
  readonly counts: ProjectCounts;
  readonly doc: ZonewrightDocument;
}

export class ZonewrightDatabase extends Dexie {
  sessions!: Table<SessionRecord, string>;
  recent!: Table<RecentEntry, string>;
  snapshots!: Table<Snapshot, string>;
  revisions!: Table<RevisionRecord, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      sessions: 'sessionId, updatedAt',
      recent: 'key, updatedAt',
      snapshots: 'key',
    });
    // Version 2 only adds a table: databases of version 1 upgrade with their sessions and recent list intact.
    this.version(2).stores({
      revisions: 'id, projectKey, [projectKey+createdAt]',
    });
  }
}

export function countsOf(doc: ZonewrightDocument): ProjectCounts {
  return { zones: doc.zones.length, assets: doc.assets.length, conduits: doc.conduits.length };
}
