import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathOf, temporaryPathOf, writeFileAtomic, type AtomicWriteFs } from './atomicWrite';

/** Thrown by the fake file system when the simulated process dies. */
class SimulatedCrash extends Error {}

/**
 * The real file system, with a switch that "kills the process" when a chosen call is made: that
 * call and every later one throw, so no clean-up code gets to run, as in a real crash.
 */
function crashingFs(crashWhen: (call: string, args: readonly unknown[]) => boolean): AtomicWriteFs & { crashed: boolean } {
  const state = { crashed: false };
  const guard = <A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (state.crashed || crashWhen(name, args)) {
        state.crashed = true;
        throw new SimulatedCrash(`process died during ${name}`);
      }
      return fn(...args);
    };
  return {
    get crashed() {
      return state.crashed;
    },
    open: guard('open', async (path: string, flags: string, mode?: number) => {
      const handle = await fsPromises.open(path, flags, mode);
      return {
        writeFile: guard('write', (data: string | Uint8Array) => handle.writeFile(data)),
        sync: guard('sync', () => handle.sync()),
        close: () => handle.close(),
      };
    }),
    stat: guard('stat', (path: string) => fsPromises.stat(path)),
    copyFile: guard('copyFile', (from: string, to: string) => fsPromises.copyFile(from, to)),
    rename: guard('rename', (from: string, to: string) => fsPromises.rename(from, to)),
    unlink: guard('unlink', (path: string) => fsPromises.unlink(path)),
  };
}

let folder: string;
let target: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'zw-atomic-'));
  target = join(folder, 'plant.zonewright.json');
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

const realFs: AtomicWriteFs = fsPromises;

describe('atomic save', () => {
  it('writes a new project file with the given content and makes no backup', async () => {
    await writeFileAtomic(realFs, target, '{"v":1}\n', { backup: true });
    expect(await readFile(target, 'utf8')).toBe('{"v":1}\n');
    expect(await readdir(folder)).toEqual(['plant.zonewright.json']);
  });

  it('keeps the previous version as .bak when it replaces a file', async () => {
    await writeFile(target, 'version 1');
    await writeFileAtomic(realFs, target, 'version 2', { backup: true });
    expect(await readFile(target, 'utf8')).toBe('version 2');
    expect(await readFile(backupPathOf(target), 'utf8')).toBe('version 1');

    await writeFileAtomic(realFs, target, 'version 3', { backup: true });
    expect(await readFile(target, 'utf8')).toBe('version 3');
    expect(await readFile(backupPathOf(target), 'utf8')).toBe('version 2');
    expect((await readdir(folder)).sort()).toEqual(['plant.zonewright.json', 'plant.zonewright.json.bak']);
  });

  it('leaves the original file intact when the process dies between writing the temporary file and the rename', async () => {
    const original = JSON.stringify({ format: 'zonewright', version: 1, note: 'the saved project' });
    await writeFile(target, original);
    const fs = crashingFs((call, args) => call === 'rename' && args[1] === target);

    await expect(writeFileAtomic(fs, target, 'x'.repeat(100_000), { backup: true, randomSuffix: () => 'crash' })).rejects.toBeInstanceOf(
      SimulatedCrash,
    );

    expect(fs.crashed).toBe(true);
    expect(await readFile(target, 'utf8')).toBe(original);
    // The new content was fully written and flushed beside the target before the "crash".
    const leftover = temporaryPathOf(target, 'crash');
    expect((await readFile(leftover, 'utf8')).length).toBe(100_000);
    // The backup of the previous version was already in place.
    expect(await readFile(backupPathOf(target), 'utf8')).toBe(original);
  });

  it('leaves the original file intact when the process dies in the middle of writing', async () => {
    await writeFile(target, 'the saved project');
    const fs = crashingFs((call) => call === 'sync');
    await expect(writeFileAtomic(fs, target, 'new content', { backup: true })).rejects.toBeInstanceOf(SimulatedCrash);
    expect(await readFile(target, 'utf8')).toBe('the saved project');
  });

  it('leaves the original file intact and removes the temporary file when the disk is full', async () => {
    await writeFile(target, 'the saved project');
    const diskFull = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    const fs: AtomicWriteFs = {
      ...realFs,
      open: async (path, flags, mode) => {
        const handle = await fsPromises.open(path, flags, mode);
        return {
          writeFile: async () => {
            await handle.writeFile('partial');
            throw diskFull;
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    await expect(writeFileAtomic(fs, target, 'new content')).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('the saved project');
    expect(await readdir(folder)).toEqual(['plant.zonewright.json']);
  });

  it('writes the temporary file in the target folder and flushes it before renaming', async () => {
    const calls: string[] = [];
    const fs: AtomicWriteFs = {
      ...realFs,
      open: async (path, flags, mode) => {
        calls.push(`open ${path} ${flags}`);
        const handle = await fsPromises.open(path, flags, mode);
        return {
          writeFile: async (data) => {
            calls.push('write');
            await handle.writeFile(data);
          },
          sync: async () => {
            calls.push('sync');
            await handle.sync();
          },
          close: () => handle.close(),
        };
      },
      rename: async (from, to) => {
        calls.push(`rename ${from} -> ${to}`);
        await fsPromises.rename(from, to);
      },
    };
    await writeFileAtomic(fs, target, 'content', { randomSuffix: () => 'abc' });
    const temporary = join(folder, '.plant.zonewright.json.abc.tmp');
    expect(calls.slice(0, 4)).toEqual([`open ${temporary} wx`, 'write', 'sync', `rename ${temporary} -> ${target}`]);
  });

  it('refuses to replace a folder', async () => {
    await fsPromises.mkdir(target);
    await expect(writeFileAtomic(realFs, target, 'content')).rejects.toThrow('not a regular file');
  });

  it.skipIf(process.platform === 'win32')('keeps the permission bits of the file it replaces', async () => {
    await writeFile(target, 'old');
    await chmod(target, 0o640);
    await writeFileAtomic(realFs, target, 'new');
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('retries a rename that Windows refuses for a moment', async () => {
    await writeFile(target, 'old');
    let refusals = 2;
    const fs: AtomicWriteFs = {
      ...realFs,
      rename: async (from, to) => {
        if (to === target && refusals-- > 0) throw Object.assign(new Error('EPERM'), { code: 'EPERM' });
        await fsPromises.rename(from, to);
      },
    };
    await writeFileAtomic(fs, target, 'new', { platform: 'win32', sleep: async () => {} });
    expect(await readFile(target, 'utf8')).toBe('new');
  });
});
