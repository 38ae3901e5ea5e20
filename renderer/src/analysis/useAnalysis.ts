/**
 * The findings as the UI shows them. A drag never reaches the document before it is dropped
 * (canvas/Canvas.tsx), so analysis is off its critical path; an edit (a drop, undo, a field) is
 * analysed in the same render as it is drawn, which puts the findings on screen in one frame (a
 * 2,000-asset plant analyses in some 15 ms once warm). A document that shares nothing with the
 * one before (a project opened or recovered) is drawn first, and analysed in a deferred render
 * that React runs once the canvas is painted. Every component that reads it in a render sees the
 * same document and result.
 */
import { useDeferredValue } from 'react';
import type { AnalysisResult, ZonewrightDocument } from '../../../shared';
import { useEditor } from '../store/editorStore';
import { analysisOf } from './findings';

export interface LiveAnalysis {
  /** The document the result is for: the current one, or briefly the one before. */
  readonly doc: ZonewrightDocument;
  readonly result: AnalysisResult;
  /** True while another project has been opened and its analysis has not rendered yet. */
  readonly pending: boolean;
}

/** An edit of `before` (it keeps some of its parts), rather than another project. */
function isEditOf(doc: ZonewrightDocument, before: ZonewrightDocument): boolean {
  return doc.zones === before.zones || doc.assets === before.assets || doc.conduits === before.conduits || doc.links === before.links || doc.meta === before.meta;
}

export function useAnalysis(): LiveAnalysis {
  const current = useEditor((s) => s.doc);
  const deferred = useDeferredValue(current);
  const doc = deferred === current || isEditOf(current, deferred) ? current : deferred;
  return { doc, result: analysisOf(doc), pending: doc !== current };
}

let lastNames: { readonly doc: ZonewrightDocument; readonly names: ReadonlyMap<string, string> } | undefined;

function sameNames(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, name] of a) if (b.get(id) !== name) return false;
  return true;
}

/**
 * The names of zones, assets and conduits by id. The same map object while no name changes (a
 * move keeps it), so that what depends on names only does not redraw on every edit.
 */
export function namesOf(doc: ZonewrightDocument): ReadonlyMap<string, string> {
  if (lastNames?.doc === doc) return lastNames.names;
  const names = new Map<string, string>();
  for (const list of [doc.zones, doc.assets, doc.conduits]) for (const e of list) names.set(e.id, e.name);
  const kept = lastNames && sameNames(lastNames.names, names) ? lastNames.names : names;
  lastNames = { doc, names: kept };
  return kept;
}

export function useElementNames(): ReadonlyMap<string, string> {
  return namesOf(useEditor((s) => s.doc));
}
