import { mkdtemp, mkdir, rm, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import nodePath, { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppUrl } from './appOrigin';
import { contentTypeOf, createAppProtocolHandler, resolveAppFile } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from './security';

let base: string;
let root: string;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'zw-protocol-'));
  root = join(base, 'web');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Zonewright</title>');
  await writeFile(join(root, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(base, 'secret.txt'), 'outside the renderer folder');
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const handler = () => createAppProtocolHandler({ root, readFile: (file) => readFile(file) });
const get = (url: string, method = 'GET') => handler()({ url, method });

describe('app protocol', () => {
  it('serves the renderer page with the CSP and security headers', async () => {
    const response = await get(APP_INDEX_URL);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Zonewright</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves scripts from the assets folder as JavaScript', async () => {
    const response = await get('app://zonewright/assets/index.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('serves index.html for the bare origin', async () => {
    expect((await get('app://zonewright/')).status).toBe(200);
  });

  it.each([
    'app://zonewright/%2e%2e/secret.txt',
    'app://zonewright/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://zonewright/..%2fsecret.txt',
    'app://zonewright/..%5csecret.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the renderer folder');
  });

  it('refuses NUL bytes and malformed escapes', async () => {
    expect((await get('app://zonewright/index.html%00.png')).status).toBe(400);
    expect((await get('app://zonewright/%E0%A4%A')).status).toBe(400);
  });

  it('answers 404 for missing files and for folders', async () => {
    expect((await get('app://zonewright/missing.js')).status).toBe(404);
    expect((await get('app://zonewright/assets/')).status).toBe(404);
  });

  it('serves only its own host', async () => {
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://zonewright:8080/index.html')).status).toBe(404);
  });

  it('accepts only GET and HEAD', async () => {
    expect((await get(APP_INDEX_URL, 'POST')).status).toBe(405);
    const head = await get(APP_INDEX_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('contains Windows-style traversal on Windows paths too', () => {
    const winRoot = 'C:\\Program Files\\Zonewright\\resources\\app.asar\\dist\\web';
    expect(resolveAppFile(winRoot, 'app://zonewright/..%5c..%5csecret.txt', nodePath.win32)).toEqual({ ok: false, status: 403 });
    expect(resolveAppFile(winRoot, 'app://zonewright/C:/Windows/win.ini', nodePath.win32)).toEqual({ ok: false, status: 403 });
    expect(resolveAppFile(winRoot, 'app://zonewright/assets/index.js', nodePath.win32)).toEqual({ ok: true, file: `${winRoot}\\assets\\index.js` });
  });

  it('knows the content types the renderer build produces', () => {
    expect(contentTypeOf('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeOf('a.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});

describe('app origin', () => {
  it.each([
    ['app://zonewright/index.html', true],
    ['app://zonewright', true],
    ['app://zonewright.evil/index.html', false],
    ['app://evil.com/zonewright', false],
    ['https://zonewright/index.html', false],
    ['app://user:pw@zonewright/', false],
    ['', false],
  ])('%s is ours: %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});
