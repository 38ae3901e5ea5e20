import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createDocumentWindow,
  hardenSession,
  hardenWebContents,
  isAllowedRequestUrl,
  isPermissionGranted,
  SECURITY_HEADERS,
  type SessionLike,
  type WebContentsLike,
} from './security';

function recordWindowOptions(devTools = false): BrowserWindowConstructorOptions {
  let captured: BrowserWindowConstructorOptions | undefined;
  class FakeBrowserWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      captured = options;
    }
  }
  createDocumentWindow(FakeBrowserWindow, { bounds: { x: 10, y: 20, width: 1000, height: 700 }, preload: '/app/dist/electron/preload.cjs', devTools });
  return captured!;
}

describe('document window options', () => {
  it('create windows with the hardened web preferences', () => {
    expect(recordWindowOptions().webPreferences).toEqual({
      preload: '/app/dist/electron/preload.cjs',
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
      devTools: false,
    });
  });

  it('never enable Blink features, remote modules or a partition of their own', () => {
    const prefs = recordWindowOptions().webPreferences as Record<string, unknown>;
    for (const key of ['enableBlinkFeatures', 'enableRemoteModule', 'partition', 'session', 'additionalArguments']) expect(prefs).not.toHaveProperty(key);
  });

  it('offer DevTools only when asked (development builds)', () => {
    expect(recordWindowOptions(true).webPreferences?.devTools).toBe(true);
  });

  it('open hidden at the remembered bounds and show once painted', () => {
    const options = recordWindowOptions();
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false });
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );

  it('allows only our own origin by default and for scripts', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('forbids plugins, base-URL changes, forms and frames', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no remote origin, no eval and no inline script anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|unsafe-eval|wasm-unsafe-eval/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('is sent with the other security headers', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'DENY',
    });
  });
});

describe('network filter', () => {
  it.each(['app://zonewright/index.html', 'app://zonewright/assets/index-abc.js', 'data:image/png;base64,AAAA', 'blob:app://zonewright/1234', 'devtools://devtools/bundled/devtools_app.html'])(
    'lets %s through',
    (url) => expect(isAllowedRequestUrl(url)).toBe(true),
  );

  it.each([
    'https://update.example.com/latest.yml',
    'http://localhost:5173/',
    'wss://example.com/socket',
    'file:///etc/passwd',
    'ftp://example.com/x',
    'app://zonewright.example.com/index.html',
    'app://other/index.html',
    'chrome-extension://abc/x.js',
    'not a url',
  ])('cancels %s', (url) => expect(isAllowedRequestUrl(url)).toBe(false));
});

function fakeSession() {
  const handlers: {
    request?: Parameters<SessionLike['setPermissionRequestHandler']>[0];
    check?: Parameters<SessionLike['setPermissionCheckHandler']>[0];
    device?: () => boolean;
    download?: (event: { preventDefault(): void }) => void;
    beforeRequest?: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0];
    headers?: Parameters<SessionLike['webRequest']['onHeadersReceived']>[0];
    spellcheck?: boolean;
  } = {};
  const session: SessionLike = {
    setPermissionRequestHandler: (handler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler) => (handlers.check = handler),
    setDevicePermissionHandler: (handler) => (handlers.device = handler),
    setSpellCheckerEnabled: (enabled) => (handlers.spellcheck = enabled),
    on: (_event, listener) => (handlers.download = listener),
    webRequest: {
      onBeforeRequest: (listener) => (handlers.beforeRequest = listener),
      onHeadersReceived: (listener) => (handlers.headers = listener),
    },
  };
  hardenSession(session);
  return handlers;
}

describe('session hardening', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'fullscreen', 'openExternal', 'hid', 'serial', 'usb', 'display-capture'])(
    'denies the permission request "%s" even from our own page',
    (permission) => {
      const { request } = fakeSession();
      const callback = vi.fn();
      request!({}, permission, callback, { requestingUrl: 'app://zonewright/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('lets only our own page write text to the clipboard', () => {
    const { request, check } = fakeSession();
    const callback = vi.fn();
    request!({}, 'clipboard-sanitized-write', callback, { requestingUrl: 'app://zonewright/index.html' });
    request!({}, 'clipboard-sanitized-write', callback, { requestingUrl: 'https://evil.example/' });
    expect(callback.mock.calls).toEqual([[true], [false]]);
    expect(check!({}, 'clipboard-sanitized-write', 'app://zonewright')).toBe(true);
    expect(check!({}, 'clipboard-read', 'app://zonewright')).toBe(false);
    expect(check!({}, 'media', 'app://zonewright')).toBe(false);
    expect(isPermissionGranted('clipboard-sanitized-write', undefined)).toBe(false);
  });

  it('denies device access, downloads and spell-check dictionary downloads', () => {
    const handlers = fakeSession();
    expect(handlers.device!()).toBe(false);
    expect(handlers.spellcheck).toBe(false);
    const event = { preventDefault: vi.fn() };
    handlers.download!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('cancels every request that leaves the app origin', () => {
    const { beforeRequest } = fakeSession();
    const answers: unknown[] = [];
    beforeRequest!({ url: 'https://example.com/' }, (response) => answers.push(response));
    beforeRequest!({ url: 'app://zonewright/index.html' }, (response) => answers.push(response));
    expect(answers).toEqual([{ cancel: true }, { cancel: false }]);
  });

  it('adds the security headers to app responses', () => {
    const { headers } = fakeSession();
    const answers: { responseHeaders?: Record<string, string | string[]> }[] = [];
    headers!({ url: 'app://zonewright/index.html', responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => answers.push(response));
    expect(answers[0]?.responseHeaders).toMatchObject({ 'Content-Type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });
});

describe('web contents hardening', () => {
  function harden() {
    const listeners = new Map<string, (event: { preventDefault(): void }) => void>();
    let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
    const contents = {
      on: (event: string, listener: (event: { preventDefault(): void }) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' }) => (openHandler = handler),
    } as WebContentsLike;
    hardenWebContents(contents);
    return { listeners, openHandler: openHandler! };
  }

  it.each(['will-navigate', 'will-redirect', 'will-attach-webview'])('blocks %s', (eventName) => {
    const { listeners } = harden();
    const event = { preventDefault: vi.fn() };
    listeners.get(eventName)!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every window.open, also for our own origin', () => {
    const { openHandler } = harden();
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: 'app://zonewright/index.html' })).toEqual({ action: 'deny' });
  });
});
