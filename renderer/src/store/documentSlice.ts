/**
 * The document slice: the project, its undo history and the file it came from. Only this slice has
 * history: every change goes through `edit(fn)` with a pure edit from shared/model/edits, and one
 * call is one undo step (a drag commits once, on release). Snapshots share unchanged parts.
 */
import type { StateCreator } from 'zustand';
import { assignAsset, moveElements, setZoneParent, zoneWithDescendants, type AssetId, type Move, type ZonewrightDocument } from '../../../shared';
import { centre, resolveLayout, zoneAt, zoneContaining } from '../canvas/geometry';
import type { EditorState } from './editorStore';

type Doc = ZonewrightDocument;

/** Undo steps kept; documents share unchanged parts, so each step costs little. */
export const HISTORY_LIMIT = 500;

export interface FileInfo {
  readonly name?: string;
  readonly path?: string;
}

export interface DocumentSlice {
  readonly doc: Doc;
  readonly past: readonly Doc[];
  readonly future: readonly Doc[];
  /** The document as last opened or saved; the project is modified when `doc` differs. */
  readonly savedDoc: Doc | null;
  readonly file: FileInfo;
  /**
   * Which project this is, for autosave and the recent-projects list: a new key on every load,
   * unless the caller reopens a known project (recent list, recovery) and passes its key.
   */
  readonly projectKey: string;
  /** Applies an edit as one undo step; false when it changed nothing. */
  edit(fn: (doc: Doc) => Doc): boolean;
  undo(): void;
  redo(): void;
  /** Replaces the project (new, open): history starts afresh. */
  load(doc: Doc, file?: FileInfo, saved?: boolean, projectKey?: string): void;
  markSaved(doc: Doc, file: FileInfo): void;
  /**
   * Goes back to `doc`, an earlier state of this project (a what-if experiment's start), dropping
   * the undo steps taken since the history had `pastLength` entries: the experiment leaves no trace.
   */
  revertTo(doc: Doc, pastLength: number): void;
  /** Moves zones and assets (absolute positions) and re-derives what holds them, as one step. */
  commitMoves(moves: readonly Move[]): boolean;
}

/** A fresh project key. */
export function newProjectKey(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

function existingIds(doc: Doc): Set<string> {
  const ids = new Set<string>();
  for (const list of [doc.zones, doc.assets, doc.conduits, doc.links]) for (const e of list) ids.add(e.id);
  return ids;
}

/** The selection without ids that no longer exist (after an undo, say). */
function pruneSelection(selection: ReadonlySet<string>, doc: Doc): ReadonlySet<string> {
  if (selection.size === 0) return selection;
  const ids = existingIds(doc);
  const kept = [...selection].filter((id) => ids.has(id));
  return kept.length === selection.size ? selection : new Set(kept);
}

/** Moves, then puts each moved asset in the zone under its centre and each moved zone in the zone around it. */
export function applyMoves(doc: Doc, moves: readonly Move[]): Doc {
  let next = moveElements(doc, { moves });
  const layout = resolveLayout(next);
  const assets = new Map(next.assets.map((a) => [a.id as string, a]));
  const zones = new Map(next.zones.map((z) => [z.id as string, z]));
  for (const m of moves) {
    const rect = layout.rects.get(m.id);
    if (!rect) continue;
    const asset = assets.get(m.id);
    if (asset) {
      const zone = zoneAt(layout, centre(rect));
      if (zone?.id !== asset.zoneId) next = assignAsset(next, { assetId: asset.id as AssetId, zoneId: zone?.id });
      continue;
    }
    const zone = zones.get(m.id);
    if (zone) {
      const parent = zoneContaining(layout, rect, zoneWithDescendants(next, zone.id));
      if (parent?.id !== zone.parentId) next = setZoneParent(next, { id: zone.id, parentId: parent?.id });
    }
  }
  return next;
}

export function createDocumentSlice(initial: Doc): StateCreator<EditorState, [], [], DocumentSlice> {
  return (set, get) => ({
    doc: initial,
    past: [],
    future: [],
    savedDoc: initial,
    file: {},
    projectKey: newProjectKey(),
    edit(fn) {
      const { doc, past, selection } = get();
      const next = fn(doc);
      if (next === doc) return false;
      set({
        doc: next,
        past: past.length >= HISTORY_LIMIT ? [...past.slice(past.length - HISTORY_LIMIT + 1), doc] : [...past, doc],
        future: [],
        selection: pruneSelection(selection, next),
      });
      return true;
    },
    undo() {
      const { doc, past, future, selection } = get();
      const prev = past[past.length - 1];
      if (!prev) return;
      set({ doc: prev, past: past.slice(0, -1), future: [doc, ...future], selection: pruneSelection(selection, prev) });
    },
    redo() {
      const { doc, past, future, selection } = get();
      const next = future[0];
      if (!next) return;
      set({ doc: next, past: [...past, doc], future: future.slice(1), selection: pruneSelection(selection, next) });
    },
    load(doc, file = {}, saved = true, projectKey = newProjectKey()) {
      set({
        doc,
        past: [],
        future: [],
        savedDoc: saved ? doc : null,
        file,
        projectKey,
        selection: new Set(),
        mode: { kind: 'idle' },
        // Another project: marks, experiments and scenarios of the one before do not apply.
        highlight: null,
        whatIf: null,
        scenario: null,
      });
    },
    markSaved(doc, file) {
      set({ savedDoc: doc, file });
    },
    revertTo(doc, pastLength) {
      const { past, selection } = get();
      set({ doc, past: past.slice(0, Math.min(pastLength, past.length)), future: [], selection: pruneSelection(selection, doc) });
    },
    commitMoves(moves) {
      return get().edit((doc) => applyMoves(doc, moves));
    },
  });
}
