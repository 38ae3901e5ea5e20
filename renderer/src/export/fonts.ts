/**
 * The bundled fonts, fetched from the app's own files (Vite `?url` assets: same origin in the
 * browser build, the app:// protocol in the desktop shell; never the network). Fetched once and
 * kept; a failed fetch is forgotten so the next export tries again. The same bytes feed the PDF
 * engine and, as FontFaces, the canvas that draws PNGs and previews, so text lines up.
 */
import regularUrl from '../../../assets/fonts/DejaVuSans.ttf?url';
import boldUrl from '../../../assets/fonts/DejaVuSans-Bold.ttf?url';
import cjkUrl from '../../../assets/fonts/DroidSansFallbackFull.ttf?url';

export type FontName = 'regular' | 'bold' | 'cjk';

export const FONT_FILES: Readonly<Record<FontName, { readonly url: string; readonly file: string }>> = {
  regular: { url: regularUrl, file: 'DejaVuSans.ttf' },
  bold: { url: boldUrl, file: 'DejaVuSans-Bold.ttf' },
  cjk: { url: cjkUrl, file: 'DroidSansFallbackFull.ttf' },
};

/** The canvas font families (registered with `document.fonts`). */
export const CANVAS_FAMILY = 'Zonewright Sans';
export const CANVAS_CJK_FAMILY = 'Zonewright CJK';
export const CANVAS_FONT_STACK = `"${CANVAS_FAMILY}", "${CANVAS_CJK_FAMILY}", "DejaVu Sans", Verdana, sans-serif`;

const cache = new Map<FontName, Promise<Uint8Array>>();

function abortError(): DOMException {
  return new DOMException('The export was cancelled.', 'AbortError');
}

/** Waits for `promise` unless `signal` aborts first (the shared fetch itself goes on for others). */
export function raceAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

/** Why a font could not be loaded, in words for the dialog. */
export class FontLoadError extends Error {
  constructor(
    readonly font: FontName,
    reason: string,
  ) {
    super(`could not load ${FONT_FILES[font].file}: ${reason}`);
  }
}

async function fetchFont(name: FontName): Promise<Uint8Array> {
  const { url } = FONT_FILES[name];
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI));
  } catch (error) {
    throw new FontLoadError(name, error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new FontLoadError(name, `the app answered ${response.status}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // A TrueType file starts with 0x00010000 or "true"; anything else (an HTML error page) is not a font.
  const tag = bytes.length >= 4 ? (bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]! : 0;
  if (tag !== 0x00010000 && tag !== 0x74727565) throw new FontLoadError(name, 'the file is not a TrueType font');
  return bytes;
}

/** The font's bytes (cached). Rejects with a FontLoadError, or an AbortError when `signal` aborts. */
export function loadFont(name: FontName, signal?: AbortSignal): Promise<Uint8Array> {
  let pending = cache.get(name);
  if (!pending) {
    pending = fetchFont(name);
    cache.set(name, pending);
    pending.catch(() => cache.delete(name));
  }
  return raceAbort(pending, signal);
}

const faces = new Map<string, Promise<boolean>>();

/**
 * Registers a font with `document.fonts` for canvas drawing; false when it cannot (the canvas then
 * falls back to a system font). Loaded once per family and weight.
 */
export function ensureCanvasFont(name: FontName, signal?: AbortSignal): Promise<boolean> {
  const family = name === 'cjk' ? CANVAS_CJK_FAMILY : CANVAS_FAMILY;
  const weight = name === 'bold' ? 'bold' : 'normal';
  const key = `${family}/${weight}`;
  let pending = faces.get(key);
  if (!pending) {
    pending = loadFont(name)
      .then(async (bytes) => {
        // FontFace wants a buffer of its own; slice() copies the font's bytes.
        const face = new FontFace(family, bytes.slice().buffer, { weight, style: 'normal' });
        await face.load();
        document.fonts.add(face);
        return true;
      })
      .catch(() => false);
    faces.set(key, pending);
    void pending.then((ok) => {
      if (!ok) faces.delete(key);
    });
  }
  return raceAbort(pending, signal);
}
