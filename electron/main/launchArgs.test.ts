import nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesFromCommandLine, filesFromSecondInstance, MAX_FILES_PER_LAUNCH } from './launchArgs';

const posix = nodePath.posix;
const win32 = nodePath.win32;

describe('files named on the command line', () => {
  it('opens a project file double-clicked in a packaged app', () => {
    expect(filesFromCommandLine(['/opt/Zonewright/zonewright', '/home/ann/Plant A.zonewright.json'], '/home/ann', posix)).toEqual([
      '/home/ann/Plant A.zonewright.json',
    ]);
  });

  it('resolves relative paths against the working folder', () => {
    expect(filesFromCommandLine(['zonewright', 'plants/b.zonewright.json', './c.zonewright.json'], '/work', posix)).toEqual([
      '/work/plants/b.zonewright.json',
      '/work/c.zonewright.json',
    ]);
  });

  it('skips the development app folder, Chromium and Node switches and their values', () => {
    const argv = ['/x/electron', '-r', '/x/loader.js', '--inspect=0', '--remote-debugging-port=0', '--no-sandbox', '/repo', '/repo/dist/electron/main.cjs', 'a.zonewright.json'];
    expect(filesFromCommandLine(argv, '/repo', posix)).toEqual(['/repo/a.zonewright.json']);
  });

  it('ignores files of other kinds', () => {
    expect(filesFromCommandLine(['zw', 'notes.txt', 'plant.json', 'evil.zonewright.json.exe', 'x.zonewright.jsonx'], '/w', posix)).toEqual([]);
  });

  it('accepts the extension in any case', () => {
    expect(filesFromCommandLine(['zw', 'PLANT.ZONEWRIGHT.JSON'], '/w', posix)).toEqual(['/w/PLANT.ZONEWRIGHT.JSON']);
  });

  it('accepts file:// URLs, as Linux desktops pass them', () => {
    expect(filesFromCommandLine(['zw', 'file:///home/ann/Plant%20A.zonewright.json'], '/', posix)).toEqual(['/home/ann/Plant A.zonewright.json']);
  });

  it('opens each file once and at most a bounded number of files', () => {
    const many = Array.from({ length: 50 }, (_, i) => `p${i}.zonewright.json`);
    expect(filesFromCommandLine(['zw', 'a.zonewright.json', 'a.zonewright.json'], '/w', posix)).toEqual(['/w/a.zonewright.json']);
    expect(filesFromCommandLine(['zw', ...many], '/w', posix)).toHaveLength(MAX_FILES_PER_LAUNCH);
  });

  it('rejects arguments with NUL bytes', () => {
    expect(filesFromCommandLine(['zw', 'a\0.zonewright.json'], '/w', posix)).toEqual([]);
  });

  it('handles Windows paths and working folders', () => {
    expect(filesFromCommandLine(['C:\\Program Files\\Zonewright\\Zonewright.exe', 'D:\\plants\\Plant.zonewright.json', 'rel.zonewright.json'], 'C:\\Users\\ann', win32)).toEqual([
      'D:\\plants\\Plant.zonewright.json',
      'C:\\Users\\ann\\rel.zonewright.json',
    ]);
  });
});

describe('files from a second launch', () => {
  it('prefers the files the second instance resolved itself', () => {
    expect(filesFromSecondInstance(['zw', '--flag', 'other.zonewright.json'], '/w', { files: ['/home/ann/a.zonewright.json'] }, posix)).toEqual([
      '/home/ann/a.zonewright.json',
    ]);
  });

  it('falls back to its argv and working folder when the data is missing or not sane', () => {
    expect(filesFromSecondInstance(['zw', 'b.zonewright.json'], '/second', undefined, posix)).toEqual(['/second/b.zonewright.json']);
    expect(filesFromSecondInstance(['zw', 'b.zonewright.json'], '/second', { files: ['relative.zonewright.json'] }, posix)).toEqual([
      '/second/b.zonewright.json',
    ]);
    expect(filesFromSecondInstance(['zw'], '/second', { files: ['/etc/passwd'] }, posix)).toEqual([]);
  });

  it('brings the app forward without files when launched without any', () => {
    expect(filesFromSecondInstance(['zw'], '/w', { files: [] }, posix)).toEqual([]);
  });
});
