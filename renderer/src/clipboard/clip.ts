/**
 * The clipboard payload: copied elements as JSON text, marked with a MIME-like type so that
 * Zonewright recognises its own payload among whatever text the system clipboard holds. Text
 * read back is untrusted: it is validated like a project file before anything is pasted.
 */
import { CURRENT_VERSION, FORMAT_NAME, loadDocument, type ElementClip } from '../../../shared';

export const CLIP_TYPE = 'application/vnd.zonewright.elements+json';
export const CLIP_VERSION = 1;

export interface ClipPayload {
  readonly type: typeof CLIP_TYPE;
  readonly version: typeof CLIP_VERSION;
  /** When it was copied (ms since the epoch): the newest of two candidates wins. */
  readonly copiedAt: number;
  /** The session that copied it. */
  readonly source: string;
  /** Cut rather than copied: the first paste goes where the elements were. */
  readonly cut?: boolean;
  readonly elements: ElementClip;
}

export function serializeClip(payload: ClipPayload): string {
  return JSON.stringify(payload);
}

/** The payload in `text`, or undefined when it is not a valid Zonewright clip. */
export function parseClip(text: string | null | undefined): ClipPayload | undefined {
  if (!text || !text.includes(CLIP_TYPE)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!raw || typeof raw !== 'object') return undefined;
  const p = raw as Record<string, unknown>;
  if (p.type !== CLIP_TYPE || p.version !== CLIP_VERSION || typeof p.copiedAt !== 'number' || typeof p.source !== 'string') return undefined;
  const elements = p.elements as Record<string, unknown> | undefined;
  if (!elements || typeof elements !== 'object') return undefined;
  // The elements must make a valid project on their own (a clip's references all point inside it).
  const loaded = loadDocument({
    format: FORMAT_NAME,
    version: CURRENT_VERSION,
    meta: { name: 'Clipboard' },
    zones: elements.zones ?? [],
    assets: elements.assets ?? [],
    conduits: elements.conduits ?? [],
    links: elements.links ?? [],
  });
  if (!loaded.ok) return undefined;
  const { zones, assets, conduits, links } = loaded.doc;
  return { type: CLIP_TYPE, version: CLIP_VERSION, copiedAt: p.copiedAt, source: p.source, ...(p.cut === true ? { cut: true } : {}), elements: { zones, assets, conduits, links } };
}
