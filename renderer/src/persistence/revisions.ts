/**
 * Named revisions of a project in the browser database: the whole document under a name the user
 * chose ("Design review", "As approved"), per project, to compare with later or restore. Each
 * method is one transaction; without IndexedDB `openRevisions` says why instead of failing later.
 */
import Dexie from 'dexie';
import { nameProblem, textProblem, type ZonewrightDocument } from '../../../shared';
import { countsOf, ZonewrightDatabase, type RevisionRecord } from './db';

export type { RevisionRecord } from './db';

/** Longest note kept with a revision. */
export const MAX_REVISION_NOTE = 4000;

/** What is wrong with a revision name, if anything. */
export function revisionNameProblem(name: string): string | undefined {
  return nameProblem(name);
}

export function revisionNoteProblem(note: string): string | undefined {
  return textProblem(note, MAX_REVISION_NOTE);
}

export interface NewRevision {
  readonly projectKey: string;
  readonly name: string;
  readonly note?: string;
  readonly doc: ZonewrightDocument;
  /** ms since the epoch; now unless given (tests). */
  readonly now?: number;
}

function newRevisionId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export class RevisionStore {
  constructor(readonly db: ZonewrightDatabase = new ZonewrightDatabase()) {}

  /** Stores the document as a new revision; refused (throws) for an empty or overlong name. */
  async save(revision: NewRevision): Promise<RevisionRecord> {
    const name = revision.name.trim();
    const problem = revisionNameProblem(name) ?? (revision.note === undefined ? undefined : revisionNoteProblem(revision.note));
    if (problem) throw new Error(problem);
    const note = revision.note?.trim();
    const record: RevisionRecord = {
      id: newRevisionId(),
      projectKey: revision.projectKey,
      name,
      ...(note ? { note } : {}),
      createdAt: revision.now ?? Date.now(),
      projectName: revision.doc.meta.name,
      counts: countsOf(revision.doc),
      doc: revision.doc,
    };
    await this.db.revisions.add(record);
    return record;
  }

  /** The project's revisions, newest first. */
  async list(projectKey: string): Promise<RevisionRecord[]> {
    return this.db.revisions
      .where('[projectKey+createdAt]')
      .between([projectKey, Dexie.minKey], [projectKey, Dexie.maxKey])
      .reverse()
      .toArray();
  }

  async get(id: string): Promise<RevisionRecord | undefined> {
    return this.db.revisions.get(id);
  }

  /** Renames a revision (and replaces its note when one is given); false when it no longer exists. */
  async rename(id: string, name: string, note?: string): Promise<boolean> {
    const trimmed = name.trim();
    const problem = revisionNameProblem(trimmed) ?? (note === undefined ? undefined : revisionNoteProblem(note));
    if (problem) throw new Error(problem);
    return this.db.transaction('rw', this.db.revisions, async () => {
      const record = await this.db.revisions.get(id);
      if (!record) return false;
      const kept = note === undefined ? record.note : note.trim() || undefined;
      const next: { -readonly [K in keyof RevisionRecord]: RevisionRecord[K] } = { ...record, name: trimmed };
      if (kept) next.note = kept;
      else delete next.note;
      await this.db.revisions.put(next);
      return true;
    });
  }

  async remove(id: string): Promise<void> {
    await this.db.revisions.delete(id);
  }

  close(): void {
    this.db.close();
  }
}

/** The revision store, or why there is none (no IndexedDB: private windows, storage turned off). */
export type RevisionsAccess = { readonly ok: true; readonly store: RevisionStore } | { readonly ok: false; readonly reason: string };

const UNAVAILABLE =
  'Revisions are kept in the browser’s database, which is not available here (a private window, or site storage turned off). The editor works as usual; save the project to a file to keep a copy.';

let opened: Promise<RevisionsAccess> | undefined;

/** Opens the database once per page; every caller gets the same answer. */
export function openRevisions(): Promise<RevisionsAccess> {
  opened ??= (async (): Promise<RevisionsAccess> => {
    if (typeof indexedDB === 'undefined') return { ok: false, reason: UNAVAILABLE };
    const store = new RevisionStore();
    try {
      await store.db.open();
      return { ok: true, store };
    } catch (error) {
      console.warn('Revisions are not available', error);
      return { ok: false, reason: UNAVAILABLE };
    }
  })();
  return opened;
}
