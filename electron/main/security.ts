/**
 * The security policy of the desktop shell, in one place: the Content-Security-Policy and other
 * response headers, the hardened BrowserWindow options, the network filter, the permission policy,
 * and the navigation and window-opening locks. Each function takes the small part of Electron it
 * configures, so the unit tests check the policy itself (see docs/security.md).
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { isAppUrl } from './appOrigin';

/** Identity; exists so the headers below are written as one literal call that electronegativity's CSP check can read and grade. */
function responseHeaderSet<T extends { responseHeaders: Record<string, [string]> }>(set: T): T {
  return set;
}

/**
 * Headers on every response of the app protocol and, as defence in depth, on every response the
 * session sees. The policy: everything from our own origin only; no plugins, no base-URL tricks, no
 * forms, no frames. Styles allow inline `style` (React and the diagram set element styles, and
 * exported SVGs carry `<style>`); scripts never run inline, from `eval` or from anywhere else.
 */
export const SECURITY_RESPONSE_HEADERS = responseHeaderSet({
  responseHeaders: {
    'Content-Security-Policy': [
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; media-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'; frame-ancestors 'none'",
    ],
    'X-Content-Type-Options': ['nosniff'],
    'X-Frame-Options': ['DENY'],
    'Referrer-Policy': ['no-referrer'],
    'Cross-Origin-Opener-Policy': ['same-origin'],
    'Cross-Origin-Resource-Policy': ['same-origin'],
  },
}).responseHeaders;

/** The same headers as single values, for fetch `Response`s. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SECURITY_RESPONSE_HEADERS).map(([name, [value]]) => [name, value]),
);

/** The policy as one string, for tests and documentation. */
export const CONTENT_SECURITY_POLICY = SECURITY_RESPONSE_HEADERS['Content-Security-Policy'][0];

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DocumentWindowOptions {
  readonly bounds: Rect;
  /** Absolute path of the bundled preload (`dist/electron/preload.cjs`). */
  readonly preload: string;
  /** DevTools only in development builds. */
  readonly devTools: boolean;
  /** Window icon (Linux, Windows); macOS uses the bundle's icon. */
  readonly icon?: string;
}

/** A BrowserWindow class, injected so tests can record the options without Electron. */
export type BrowserWindowClass<W> = new (options: BrowserWindowConstructorOptions) => W;

export const MIN_WINDOW_WIDTH = 720;
export const MIN_WINDOW_HEIGHT = 480;

/**
 * Creates a document window with the hardened web preferences. The options are one literal here
 * (and the constructor parameter is named `BrowserWindow`) so electronegativity checks these exact
 * values; the unit test checks the same object.
 */
export function createDocumentWindow<W>(BrowserWindow: BrowserWindowClass<W>, options: DocumentWindowOptions): W {
  return new BrowserWindow({
    x: options.bounds.x,
    y: options.bounds.y,
    width: options.bounds.width,
    height: options.bounds.height,
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    show: false,
    title: 'Zonewright',
    backgroundColor: '#0f1b2d',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: options.devTools,
    },
  });
}

/**
 * The network filter: requests may go to our own origin and to in-memory `data:`/`blob:` URLs
 * (plus `devtools:` for DevTools in development). Everything else, `http(s)`, `ws(s)`, `file:`,
 * other schemes, is cancelled: the app makes no network request at all.
 */
export function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  return protocol === 'data:' || protocol === 'blob:' || protocol === 'devtools:';
}

/**
 * Permissions the page may use: only writing sanitized text to the clipboard (copying a selection
 * through `navigator.clipboard.writeText`), and only for our own origin. Camera, microphone,
 * geolocation, notifications, clipboard reading, HID/USB/serial, fullscreen requests, … are denied.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionGranted(permission: string, requestingUrl: string | undefined): boolean {
  return GRANTED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of an Electron `Session` that `hardenSession` configures. */
export interface SessionLike {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl?: string }) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean): void;
  setDevicePermissionHandler(handler: () => boolean): void;
  setSpellCheckerEnabled(enabled: boolean): void;
  on(event: 'will-download', listener: (event: PreventableEvent) => void): unknown;
  readonly webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void;
    onHeadersReceived(
      listener: (
        details: { url: string; responseHeaders?: Record<string, string[]> },
        callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
      ) => void,
    ): void;
  };
}

/**
 * Locks a session down: permission requests and checks denied (but for the clipboard write above),
 * device access denied, no spell-check dictionary downloads, no downloads, every non-app request
 * cancelled, and the security headers added to every app response as defence in depth.
 */
export function hardenSession(session: SessionLike, log: (message: string) => void = () => {}): void {
  session.setPermissionRequestHandler((_webContents, permission, callback, details) => {
    const granted = isPermissionGranted(permission, details.requestingUrl);
    if (!granted) log(`denied permission request "${permission}"`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) => isPermissionGranted(permission, requestingOrigin));
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequestUrl(details.url);
    if (!allowed) log(`blocked request to ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  session.webRequest.onHeadersReceived((details, callback) => {
    // Our protocol handler already sends these; repeating them here keeps them on every app
    // response even if a future handler forgets. DevTools pages (development only) keep their own.
    if (!isAppUrl(details.url)) return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, ...SECURITY_RESPONSE_HEADERS } });
  });
}

/** The part of an Electron `WebContents` that `hardenWebContents` configures. */
export interface WebContentsLike {
  on(event: 'will-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Applied to every WebContents the app creates (`app.on('web-contents-created')`): the page is a
 * single-page app, so every navigation and redirect is refused, `window.open` and links with
 * `target=_blank` open nothing, and no `<webview>` can attach.
 */
export function hardenWebContents(contents: WebContentsLike): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
