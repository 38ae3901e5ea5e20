import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { addZone, emptyDocument, type ZonewrightDocument } from '../../../shared';
import { AutosaveStore } from './autosaveStore';
import { countsOf, ZonewrightDatabase } from './db';
import { RevisionStore } from './revisions';

let n = 0;
const open: { close(): void }[] = [];
function freshStore(name = `zonewright-revisions-${++n}`): RevisionStore {
  const store = new RevisionStore(new ZonewrightDatabase(name));
  open.push(store);
  return store;
}
afterEach(() => {
  for (const s of open.splice(0)) s.close();
});

const plant = (zones: number, name = 'Plant'): ZonewrightDocument => {
  let doc = emptyDocument(name);
  for (let i = 1; i <= zones; i++) doc = addZone(doc, { id: `z${i}`, name: `Cell ${i}` });
  return doc;
};

describe('RevisionStore', () => {
  it('stores a named revision with its date and counts, and gives the document back intact', async () => {
    const store = freshStore();
    const doc = plant(2, 'Riverside');
    const saved = await store.save({ projectKey: 'p1', name: '  Design review ', note: 'Before the FAT', doc, now: 1000 });
    const back = await store.get(saved.id);
    expect(back).toMatchObject({ projectKey: 'p1', name: 'Design review', note: 'Before the FAT', createdAt: 1000, projectName: 'Riverside' });
    expect(back?.counts).toEqual({ zones: 2, assets: 0, conduits: 0 });
    expect(back?.doc).toEqual(doc);
  });

  it('lists only the revisions of the project asked for, newest first', async () => {
    const store = freshStore();
    await store.save({ projectKey: 'p1', name: 'First', doc: plant(1), now: 1000 });
    await store.save({ projectKey: 'p2', name: 'Other project', doc: plant(1), now: 1500 });
    await store.save({ projectKey: 'p1', name: 'Third', doc: plant(3), now: 3000 });
    await store.save({ projectKey: 'p1', name: 'Second', doc: plant(2), now: 2000 });
    expect((await store.list('p1')).map((r) => r.name)).toEqual(['Third', 'Second', 'First']);
    expect((await store.list('p2')).map((r) => r.name)).toEqual(['Other project']);
    expect(await store.list('unknown')).toEqual([]);
  });

  it('refuses a revision without a name', async () => {
    const store = freshStore();
    await expect(store.save({ projectKey: 'p1', name: '   ', doc: plant(1) })).rejects.toThrow(/name/i);
    expect(await store.list('p1')).toEqual([]);
  });

  it('renames a revision and replaces or clears its note', async () => {
    const store = freshStore();
    const r = await store.save({ projectKey: 'p1', name: 'Draft', note: 'old note', doc: plant(1) });
    expect(await store.rename(r.id, 'Design review')).toBe(true);
    expect(await store.get(r.id)).toMatchObject({ name: 'Design review', note: 'old note' });
    await store.rename(r.id, 'Design review', '');
    expect((await store.get(r.id))?.note).toBeUndefined();
    expect(await store.rename('gone', 'x')).toBe(false);
  });

  it('deletes a revision, leaving the others', async () => {
    const store = freshStore();
    const a = await store.save({ projectKey: 'p1', name: 'A', doc: plant(1), now: 1 });
    await store.save({ projectKey: 'p1', name: 'B', doc: plant(1), now: 2 });
    await store.remove(a.id);
    expect((await store.list('p1')).map((r) => r.name)).toEqual(['B']);
  });

  it('upgrades a version-1 database: autosaved sessions and the recent list stay, revisions can be added', async () => {
    const name = `zonewright-upgrade-${++n}`;
    // The database as the first release wrote it.
    const v1 = new Dexie(name);
    v1.version(1).stores({ sessions: 'sessionId, updatedAt', recent: 'key, updatedAt', snapshots: 'key' });
    const doc = plant(1, 'Old work');
    await v1.table('sessions').put({ sessionId: 's1', projectKey: 'p1', name: 'Old work', file: {}, clean: false, updatedAt: 5, aliveAt: 5, counts: countsOf(doc), doc });
    await v1.table('recent').put({ key: 'p1', name: 'Old work', file: {}, clean: false, updatedAt: 5, counts: countsOf(doc) });
    await v1.table('snapshots').put({ key: 'p1', doc });
    v1.close();

    const autosave = new AutosaveStore(new ZonewrightDatabase(name));
    open.push(autosave);
    expect((await autosave.session('s1'))?.doc).toEqual(doc);
    expect((await autosave.recent()).map((e) => e.name)).toEqual(['Old work']);
    expect(autosave.db.verno).toBe(2);

    const revisions = freshStore(name);
    await revisions.save({ projectKey: 'p1', name: 'After upgrade', doc });
    expect((await revisions.list('p1')).map((r) => r.name)).toEqual(['After upgrade']);
  });
});
