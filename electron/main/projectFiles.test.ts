import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializeDocument } from '../../shared/model/serialize';
import { MAX_DOCUMENT_BYTES } from '../../shared/platform/ipc';
import { makeDocument } from '../../shared/testing/makeDocument';
import { createProjectFiles, withExportExtension, withProjectExtension, type ProjectFilesFs } from './projectFiles';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'zw-files-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const files = () => createProjectFiles(fsPromises, 'linux');
const valid = serializeDocument(makeDocument({ meta: { name: 'Plant A' } }));

describe('reading project files', () => {
  it('reads a project and names it by its file', async () => {
    const path = join(folder, 'Plant A.zonewright.json');
    await writeFile(path, valid);
    await expect(files().readProject(path)).resolves.toEqual({ name: 'Plant A.zonewright.json', path, content: valid });
  });

  it('drops a UTF-8 byte-order mark', async () => {
    const path = join(folder, 'bom.zonewright.json');
    await writeFile(path, `\uFEFF${valid}`);
    expect((await files().readProject(path)).content).toBe(valid);
  });

  it('refuses a file that is not a Zonewright project, naming the problem', async () => {
    const path = join(folder, 'x.zonewright.json');
    await writeFile(path, '{"format":"zonewright","version":1,"zones":"oops"}');
    await expect(files().readProject(path)).rejects.toThrow(/“x.zonewright.json” is not a valid Zonewright project:\n(.|\n)*zones/);
  });

  it('refuses a file that is not UTF-8 text', async () => {
    const path = join(folder, 'binary.zonewright.json');
    await writeFile(path, Buffer.from([0xff, 0xfe, 0x00, 0x80]));
    await expect(files().readProject(path)).rejects.toThrow('not a UTF-8 text file');
  });

  it('refuses a file over 50 MiB before reading it', async () => {
    let read = false;
    const fs: ProjectFilesFs = {
      ...fsPromises,
      stat: async () => ({ mode: 0o644, size: MAX_DOCUMENT_BYTES + 1, isFile: () => true }),
      readFile: async () => {
        read = true;
        return new Uint8Array();
      },
    };
    await expect(createProjectFiles(fs).readProject('/big.zonewright.json')).rejects.toThrow('larger than 50 MiB');
    expect(read).toBe(false);
  });

  it('explains a missing file and a folder in words', async () => {
    await expect(files().readProject(join(folder, 'gone.zonewright.json'))).rejects.toThrow('does not exist');
    await mkdir(join(folder, 'dir.zonewright.json'));
    await expect(files().readProject(join(folder, 'dir.zonewright.json'))).rejects.toThrow('folder');
  });
});

describe('writing project files and exports', () => {
  it('saves atomically and keeps the previous version as .bak', async () => {
    const path = join(folder, 'a.zonewright.json');
    await writeFile(path, 'old');
    await files().writeProject(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect(await readFile(`${path}.bak`, 'utf8')).toBe('old');
  });

  it('writes exports without a backup', async () => {
    const path = join(folder, 'r.pdf');
    await writeFile(path, 'old');
    await files().writeExport(path, new Uint8Array([1, 2]));
    expect([...(await readFile(path))]).toEqual([1, 2]);
    await expect(readFile(`${path}.bak`)).rejects.toThrow();
  });

  it('says that the file on disk is unchanged when a save fails', async () => {
    await expect(files().writeProject(join(folder, 'no', 'such', 'a.zonewright.json'), '{}')).rejects.toThrow('The file on disk is unchanged');
  });
});

describe('file name extensions', () => {
  it.each([
    ['Plant', 'Plant.zonewright.json'],
    ['Plant.json', 'Plant.zonewright.json'],
    ['Plant.zonewright.json', 'Plant.zonewright.json'],
    ['Plant.ZONEWRIGHT.JSON', 'Plant.ZONEWRIGHT.JSON'],
    ['v1.2', 'v1.2.zonewright.json'],
  ])('project %s is saved as %s', (name, expected) => expect(withProjectExtension(name)).toBe(expected));

  it('adds the export format’s extension', () => {
    expect(withExportExtension('report', 'application/pdf')).toBe('report.pdf');
    expect(withExportExtension('report.PDF', 'application/pdf')).toBe('report.PDF');
    expect(withExportExtension('zones', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe('zones.xlsx');
  });
});
