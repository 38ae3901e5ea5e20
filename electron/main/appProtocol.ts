/**
 * The `app://zonewright/` protocol that serves the renderer (Vite's `dist/web`) from disk: the page
 * gets a real, stable origin instead of `file://` (Electron security checklist item 18), and the
 * handler serves only files inside the renderer folder.
 */
import nodePath from 'node:path';
import { isAppUrl } from './appOrigin';
import { SECURITY_HEADERS } from './security';

type PathApi = Pick<typeof nodePath, 'join' | 'normalize' | 'relative' | 'isAbsolute' | 'extname'>;

export type AppFileResolution =
  | { readonly ok: true; readonly file: string }
  | { readonly ok: false; readonly status: 400 | 403 | 404 };

/**
 * Maps a request URL to a file inside `root`, or says why not. Percent-decoding happens once,
 * before the containment check, so `%2e%2e%2f` and `..%5c` cannot climb out of `root`.
 */
export function resolveAppFile(root: string, url: string, path: PathApi = nodePath): AppFileResolution {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (!isAppUrl(url)) return { ok: false, status: 404 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0')) return { ok: false, status: 400 };
  const relativePath = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  // join (never resolve): a drive letter or a leading slash in the URL stays inside root.
  const file = path.normalize(path.join(root, relativePath));
  const fromRoot = path.relative(root, file);
  const climbsOut = fromRoot === '..' || fromRoot.startsWith('../') || fromRoot.startsWith('..\\');
  if (fromRoot === '' || climbsOut || path.isAbsolute(fromRoot)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, file };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export function contentTypeOf(file: string, path: Pick<PathApi, 'extname'> = nodePath): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** What a protocol handler receives: the parts of a fetch `Request` we look at. */
export interface AppRequest {
  readonly url: string;
  readonly method: string;
}

export interface AppProtocolOptions {
  /** The renderer folder (`dist/web`), absolute. */
  readonly root: string;
  /** Reads a whole file; Electron's `fs` also reads inside `app.asar`. */
  readonly readFile: (file: string) => Promise<Uint8Array>;
  readonly path?: PathApi;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/**
 * The handler for `protocol.handle('app', …)`: GET and HEAD of files inside `root`, each response
 * carrying the Content-Security-Policy and the other security headers.
 */
export function createAppProtocolHandler(options: AppProtocolOptions): (request: AppRequest) => Promise<Response> {
  const path = options.path ?? nodePath;
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const resolved = resolveAppFile(options.root, request.url, path);
    if (!resolved.ok) return textResponse(resolved.status, resolved.status === 404 ? 'Not found' : 'Refused');
    let body: Uint8Array;
    try {
      body = await options.readFile(resolved.file);
    } catch {
      return textResponse(404, 'Not found');
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': contentTypeOf(resolved.file, path) };
    // Copy into a plain ArrayBuffer-backed view: Response accepts no SharedArrayBuffer views.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
  };
}
