import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createJsonFileStorage, createMemoryStorage } from './jsonFileStorage';
import { createRecentFiles, MAX_RECENT_FILES } from './recentFiles';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'zw-settings-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('settings file', () => {
  it('writes JSON that reads back, creating its folder, leaving no temporary file', async () => {
    const file = join(folder, 'Zonewright', 'window-state.json');
    const storage = createJsonFileStorage(file);
    storage.write({ a: 1 });
    expect(storage.read()).toEqual({ a: 1 });
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ a: 1 });
    expect(await readdir(join(folder, 'Zonewright'))).toEqual(['window-state.json']);
  });

  it('reads a missing or corrupt file as nothing', async () => {
    expect(createJsonFileStorage(join(folder, 'missing.json')).read()).toBeUndefined();
    await writeFile(join(folder, 'corrupt.json'), '{"a":');
    expect(createJsonFileStorage(join(folder, 'corrupt.json')).read()).toBeUndefined();
  });

  it('logs instead of throwing when it cannot write', () => {
    const messages: string[] = [];
    const storage = createJsonFileStorage(join(folder, 'x.json'), {
      readFileSync: () => '',
      mkdirSync: () => undefined,
      writeFileSync: () => {
        throw new Error('EROFS');
      },
      renameSync: () => {},
    } as never, (m) => messages.push(m));
    expect(() => storage.write({})).not.toThrow();
    expect(messages[0]).toContain('EROFS');
  });
});

describe('recent files', () => {
  it('keeps the most recent first, without duplicates', () => {
    const recent = createRecentFiles(createMemoryStorage(), 'linux');
    recent.add('/a.zonewright.json');
    recent.add('/b.zonewright.json');
    recent.add('/a.zonewright.json');
    expect(recent.list()).toEqual(['/a.zonewright.json', '/b.zonewright.json']);
  });

  it(`keeps at most ${MAX_RECENT_FILES}`, () => {
    const recent = createRecentFiles(createMemoryStorage(), 'linux');
    for (let i = 0; i < 15; i++) recent.add(`/p${i}.zonewright.json`);
    expect(recent.list()).toHaveLength(MAX_RECENT_FILES);
    expect(recent.list()[0]).toBe('/p14.zonewright.json');
  });

  it('treats paths differing only in case as one file on Windows', () => {
    const recent = createRecentFiles(createMemoryStorage(), 'win32');
    recent.add('C:\\Plants\\A.zonewright.json');
    recent.add('c:\\plants\\a.zonewright.json');
    expect(recent.list()).toEqual(['c:\\plants\\a.zonewright.json']);
  });

  it('survives a restart and drops entries that are not sane paths', () => {
    const storage = createMemoryStorage(['/a.zonewright.json', 'relative.zonewright.json', '/etc/passwd', 42, '/b\0.zonewright.json']);
    expect(createRecentFiles(storage, 'linux').list()).toEqual(['/a.zonewright.json']);
  });

  it('removes and clears', () => {
    const storage = createMemoryStorage();
    const recent = createRecentFiles(storage, 'linux');
    recent.add('/a.zonewright.json');
    recent.add('/b.zonewright.json');
    recent.remove('/a.zonewright.json');
    expect(storage.value).toEqual(['/b.zonewright.json']);
    recent.clear();
    expect(recent.list()).toEqual([]);
  });
});
