import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addAsset, addZone, emptyDocument, renameElement, type AssetId, type ZoneId, type ZonewrightDocument } from '../../../shared';
import { createEditorStore } from '../store/editorStore';
import { startAutosave, type Autosave } from './autosave';
import { AutosaveStore, MAX_RECENT } from './autosaveStore';
import { countsOf, ZonewrightDatabase, type SessionRecord } from './db';

let n = 0;
const stores: AutosaveStore[] = [];
const running: Autosave[] = [];
function freshStore(): AutosaveStore {
  const store = new AutosaveStore(new ZonewrightDatabase(`zonewright-test-${++n}`));
  stores.push(store);
  return store;
}
afterEach(() => {
  for (const a of running.splice(0)) a.stop();
  for (const s of stores.splice(0)) s.close();
});

const plant = (name = 'Plant'): ZonewrightDocument => addZone(emptyDocument(name), { id: 'z1', name: 'Cell' });

function record(sessionId: string, doc: ZonewrightDocument, patch: Partial<SessionRecord> = {}): SessionRecord {
  return { sessionId, projectKey: `k-${sessionId}`, name: doc.meta.name, file: {}, clean: false, updatedAt: 1000, aliveAt: 1000, counts: countsOf(doc), doc, ...patch };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('AutosaveStore', () => {
  it('saves a session and gives its document back intact', async () => {
    const store = freshStore();
    const doc = plant();
    await store.saveSession(record('s1', doc));
    const back = await store.session('s1');
    expect(back?.doc).toEqual(doc);
    expect(back?.counts).toEqual({ zones: 1, assets: 0, conduits: 0 });
  });

  it('offers the unsaved work of ended sessions, newest first, never its own or a live one', async () => {
    const store = freshStore();
    await store.saveSession(record('old', plant('Old'), { updatedAt: 1000 }));
    await store.saveSession(record('new', plant('New'), { updatedAt: 3000 }));
    await store.saveSession(record('live', plant('Live'), { updatedAt: 4000 }));
    await store.saveSession(record('me', plant('Mine'), { updatedAt: 5000 }));
    const offered = await store.unsavedSessions((r) => r.sessionId === 'live', 'me');
    expect(offered.map((r) => r.name)).toEqual(['New', 'Old']);
  });

  it('forgets clean records of ended sessions instead of offering them', async () => {
    const store = freshStore();
    await store.saveSession(record('saved', plant(), { clean: true }));
    expect(await store.unsavedSessions(() => false)).toEqual([]);
    expect(await store.session('saved')).toBeUndefined();
  });

  it('discards a session', async () => {
    const store = freshStore();
    await store.saveSession(record('s1', plant()));
    await store.discardSession('s1');
    expect(await store.unsavedSessions(() => false)).toEqual([]);
  });

  it('lists recent projects most recent first, replaces the entry of the same file, and keeps at most MAX_RECENT', async () => {
    const store = freshStore();
    const entry = (key: string, updatedAt: number, file = {}) => ({ key, name: key, file, clean: true, updatedAt, counts: { zones: 0, assets: 0, conduits: 0 } });
    await store.remember(entry('a', 10, { name: 'a.zonewright.json' }), emptyDocument('A'));
    await store.remember(entry('b', 30), emptyDocument('B'));
    await store.remember(entry('c', 20), emptyDocument('C'));
    expect((await store.recent()).map((e) => e.key)).toEqual(['b', 'c', 'a']);
    // Opening a.zonewright.json again (a new project key) replaces the old entry.
    await store.remember(entry('a2', 40, { name: 'a.zonewright.json' }), emptyDocument('A again'));
    expect((await store.recent()).map((e) => e.key)).toEqual(['a2', 'b', 'c']);
    expect(await store.snapshot('a')).toBeUndefined();
    expect((await store.snapshot('a2'))?.meta.name).toBe('A again');
    for (let i = 0; i < MAX_RECENT + 3; i++) await store.remember(entry(`p${i}`, 100 + i), emptyDocument(`P${i}`));
    const recent = await store.recent();
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent[0]?.key).toBe(`p${MAX_RECENT + 2}`);
    expect(await store.snapshot('b')).toBeUndefined();
    await store.forget(`p${MAX_RECENT + 2}`);
    expect((await store.recent())[0]?.key).toBe(`p${MAX_RECENT + 1}`);
  });
});

describe('startAutosave', () => {
  const start = (editor = createEditorStore(), store = freshStore(), sessionId = 'me') => {
    const autosave = startAutosave(editor, store, sessionId, { delay: 20, maxWait: 60 });
    running.push(autosave);
    return { editor, store, autosave };
  };

  it('writes nothing for a project never changed', async () => {
    const { editor, store, autosave } = start();
    editor.getState().load(plant());
    await autosave.flush();
    expect(await store.session('me')).toBeUndefined();
    expect(await store.recent()).toEqual([]);
  });

  it('writes every change within the debounce, as unsaved work, and puts the project in the recent list', async () => {
    const { editor, store } = start();
    editor.getState().edit((d) => addZone(d, { id: 'z9', name: 'Boiler house' }));
    await sleep(150);
    const saved = await store.session('me');
    expect(saved?.clean).toBe(false);
    expect(saved?.doc.zones.map((z) => z.name)).toEqual(['Boiler house']);
    expect((await store.recent()).map((e) => e.key)).toEqual([editor.getState().projectKey]);
  });

  it('groups a burst of edits into few writes, and never waits longer than maxWait', async () => {
    const { editor, store } = start();
    editor.getState().edit((d) => addAsset(d, { id: 'a1', type: 'plc' }));
    // Keep editing every 10 ms: the debounce alone would never fire.
    for (let i = 0; i < 12; i++) {
      await sleep(10);
      editor.getState().edit((d) => renameElement(d, { id: 'a1' as AssetId, name: `PLC ${i}` }));
    }
    const during = await store.session('me');
    expect(during).toBeDefined();
    await sleep(100);
    expect((await store.session('me'))?.doc.assets[0]?.name).toBe('PLC 11');
  });

  it('saving to a file marks the autosave clean, so there is nothing to recover', async () => {
    const { editor, store, autosave } = start();
    editor.getState().edit((d) => addZone(d, { id: 'z1', name: 'Cell' }));
    await autosave.flush();
    expect(await store.unsavedSessions(() => false, 'other')).toHaveLength(1);
    editor.getState().markSaved(editor.getState().doc, { name: 'plant.zonewright.json' });
    await autosave.flush();
    expect((await store.session('me'))?.clean).toBe(true);
    expect(await store.unsavedSessions(() => false, 'other')).toEqual([]);
    expect((await store.recent())[0]).toMatchObject({ clean: true, file: { name: 'plant.zonewright.json' } });
  });

  it('two sessions keep their own records', async () => {
    const store = freshStore();
    const a = start(createEditorStore(), store, 'tab-a');
    const b = start(createEditorStore(), store, 'tab-b');
    a.editor.getState().edit((d) => addZone(d, { name: 'In tab A' }));
    b.editor.getState().edit((d) => addZone(d, { name: 'In tab B' }));
    await Promise.all([a.autosave.flush(), b.autosave.flush()]);
    expect((await store.session('tab-a'))?.doc.zones[0]?.name).toBe('In tab A');
    expect((await store.session('tab-b'))?.doc.zones[0]?.name).toBe('In tab B');
    // Tab B closes (its lock goes): tab A is offered B's work, not its own.
    const offered = await store.unsavedSessions((r) => r.sessionId === 'tab-a', 'tab-a');
    expect(offered.map((r) => r.sessionId)).toEqual(['tab-b']);
  });

  it('waits for idle time before writing, with a deadline within maxWait, and flush does not wait', async () => {
    const idle: { task: () => void; timeout: number }[] = [];
    const editor = createEditorStore();
    const store = freshStore();
    const autosave = startAutosave(editor, store, 'me', {
      delay: 20,
      maxWait: 200,
      whenIdle: (task, timeout) => {
        idle.push({ task, timeout });
        return () => {};
      },
    });
    running.push(autosave);
    editor.getState().edit((d) => addZone(d, { id: 'z1', name: 'Cell' }));
    await sleep(80);
    // The debounce is over, but the browser has not been idle yet: nothing written.
    expect(idle).toHaveLength(1);
    expect(idle[0]?.timeout).toBeLessThanOrEqual(200 - 20);
    expect(await store.session('me')).toBeUndefined();
    idle[0]?.task();
    await sleep(50);
    expect((await store.session('me'))?.doc.zones.map((z) => z.name)).toEqual(['Cell']);
    // A change then leaving the page: flush writes at once, without idle time.
    editor.getState().edit((d) => renameElement(d, { id: 'z1' as ZoneId, name: 'Cell 2' }));
    await autosave.flush();
    expect((await store.session('me'))?.doc.zones[0]?.name).toBe('Cell 2');
  });

  it('a project replaced before its pending write still gets its last state into the recent list', async () => {
    const idle: (() => void)[] = [];
    const editor = createEditorStore();
    const store = freshStore();
    // The browser never gets idle here: only the project change itself may write.
    const autosave = startAutosave(editor, store, 'me', { delay: 20, maxWait: 10_000, whenIdle: (task) => (idle.push(task), () => {}) });
    running.push(autosave);
    editor.getState().edit((d) => addZone(d, { id: 'z1', name: 'Cell' }));
    editor.getState().markSaved(editor.getState().doc, { name: 'first.zonewright.json' });
    const firstKey = editor.getState().projectKey;
    editor.getState().load(plant('Second'));
    await sleep(50);
    expect((await store.recent()).find((e) => e.key === firstKey)).toMatchObject({ clean: true, file: { name: 'first.zonewright.json' } });
    expect((await store.snapshot(firstKey))?.zones.map((z) => z.name)).toEqual(['Cell']);
  });

  it('after loading another project the record follows it, so discarded work is not offered again', async () => {
    const { editor, store, autosave } = start();
    editor.getState().edit((d) => addZone(d, { name: 'Draft' }));
    await autosave.flush();
    editor.getState().load(plant('Sample'));
    await autosave.flush();
    const saved = await store.session('me');
    expect(saved).toMatchObject({ clean: true, name: 'Sample' });
  });
});
