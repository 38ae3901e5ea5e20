/**
 * For the editor benchmark: builds the browser app into a scratch folder (so the e2e tests' dist/web
 * is left alone) and serves a folder on 127.0.0.1 with the same Content-Security-Policy header
 * as `npm run web` (taken from the built index.html's meta tag, so the two never drift apart).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.jsx': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export async function buildApp(root: string, outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `dir`; with `csp`, every response carries that policy. */
export async function serve(dir: string, csp?: string): Promise<Served> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      let path = normalize(join(dir, decodeURIComponent(url.pathname)));
      if (path !== dir && !path.startsWith(dir + sep)) {
        res.writeHead(403).end();
        return;
      }
      const info = await stat(path).catch(() => null);
      if (info?.isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path).catch(() => null);
      if (!body) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(csp ? { 'content-security-policy': csp } : {}),
      });
      res.end(body);
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

/** The policy of the built page's meta tag. */
export async function cspOf(indexHtml: string): Promise<string | undefined> {
  const html = await readFile(indexHtml, 'utf8');
  return /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
}
