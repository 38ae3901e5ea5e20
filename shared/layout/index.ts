/**
 * Auto-layout for documents whose zones or assets lack positions (hand-written files, imports,
 * the editor's Auto layout). A separate entry point from `shared/index.ts`, because ELK is large:
 * import it where a layout is actually needed.
 */
import type { ZonewrightDocument } from '../model/document';
import type { ElkEngine } from './elk';
import { applyLayout, arrangeInRows, placeElements, prepareLayout, withoutPlacement, type DocumentLayout } from './layout';

export * from './geometry';
export type { ElkEngine } from './elk';
export { applyLayout, arrangeInRows, gridColumns, layoutDocumentSync, needsLayout, placeElements, prepareLayout, withoutPlacement } from './layout';
export type { DocumentLayout, PreparedLayout, TopLevelItem, ZoneFrame } from './layout';


export interface LayoutOptions {
  /** `elk` (default) arranges top-level zones with ELK; `grid` in plain rows by Purdue level. */
  readonly engine?: 'elk' | 'grid';
  /** The ELK instance to use (e.g. one backed by a web worker); ELK's bundled build otherwise. */
  readonly elk?: ElkEngine;
}

/**
 * Positions and sizes for every zone and asset that has none, leaving stored ones untouched.
 * Top-level zones go in rows by Purdue level, placed by ELK's layered algorithm over the conduits;
 * plain centred rows in document order if ELK fails.
 */
export async function layoutDocument(doc: ZonewrightDocument, options: LayoutOptions = {}): Promise<DocumentLayout> {
  const prepared = prepareLayout(doc);
  if (prepared.items.length <= 1 || options.engine === 'grid') return prepared.finish(arrangeInRows(prepared.items));
  try {
    // ELK is big: loaded only when some top-level zone needs a place (its own chunk in the app).
    const { arrangeWithElk } = await import('./elk');
    // ELK's own placement: it also shifts zones sideways so that a conduit skipping a level does
    // not run straight through the zone in between (centred rows would).
    return prepared.finish(await arrangeWithElk(prepared.items, prepared.edges, options.elk));
  } catch {
    return prepared.finish(arrangeInRows(prepared.items));
  }
}

/** The document with every missing position and size filled in. */
export async function withLayout(doc: ZonewrightDocument, options: LayoutOptions = {}): Promise<ZonewrightDocument> {
  return applyLayout(doc, await layoutDocument(doc, options));
}

/**
 * A layout of the whole document from scratch, stored positions and sizes ignored (the editor's
 * Auto layout): zones sized to what they hold, nested zones inside their parent below its assets,
 * top-level zones in rows by Purdue level, top to bottom, placed by ELK over the conduits.
 */
export async function relayoutDocument(doc: ZonewrightDocument, options: LayoutOptions = {}): Promise<DocumentLayout> {
  return layoutDocument(withoutPlacement(doc), options);
}

/** The document laid out afresh; see `relayoutDocument`. */
export async function withFreshLayout(doc: ZonewrightDocument, options: LayoutOptions = {}): Promise<ZonewrightDocument> {
  return placeElements(doc, await relayoutDocument(doc, options));
}
