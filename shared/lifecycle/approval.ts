/**
 * The asset owner's approval (IEC 62443-3-2 ZCR 7.1) and whether it still holds.
 *
 * An approval stores a hash of the approved content. A later edit changes the hash, and the
 * approval shows as stale. What counts as content, and how it is hashed (scheme "zw1"):
 *
 * - Left out, because they do not change what was approved: the approval itself; the diagram
 *   layout (`position`, `size`); the project's `meta.phase` and `meta.revision` label; and the
 *   operational records of the Maintain phase (`maintenance`, `incidents`, zones' `lastReview` and
 *   `nextReassessment`, assets' `patchStatus` and `lastPatched`). Everything else counts,
 *   requirement states, notes and firmware versions included.
 * - Canonical JSON of a value: object keys sorted by UTF-16 code units, no white space, fields
 *   whose value is undefined dropped, arrays in document order (order is content: reports list
 *   elements in it), strings and numbers as `JSON.stringify` writes them.
 * - A hash tree over the four element lists: each zone, asset, conduit and link is hashed on its own
 *   (SHA-256 of its canonical JSON, UTF-8); runs of 64 consecutive elements hash to the SHA-256 of
 *   their 32-byte digests in order (the last run may be shorter); a list hashes to the SHA-256 of
 *   its run digests in order (of no bytes when empty). The content hash is the SHA-256 of the
 *   canonical JSON of the document with every list replaced by the hex of its list hash.
 *   Element and run digests are cached by object identity (documents are immutable), so after an
 *   edit only the changed element and its run are hashed again: `approval-stale` stays cheap
 *   inside the analysis of big plants.
 *
 * Reordering keys in the file, or moving a node on the canvas, keeps the approval valid.
 */
import type { Approval, IsoDate, ZonewrightDocument } from '../model/document';
import { sha256, sha256Hex, sha256Text, toHex } from './sha256';

/** Canonical JSON: sorted keys, no white space, undefined fields dropped; `omit` drops top-level keys. */
export function canonicalJson(value: unknown, omit?: ReadonlySet<string>): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'number':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      return 'null';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      out += canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined || omit?.has(key)) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}

/** Fields per element kind that the approval ignores (layout and Maintain-phase records). */
const VOLATILE = {
  zones: new Set(['position', 'size', 'lastReview', 'nextReassessment']),
  assets: new Set(['position', 'patchStatus', 'lastPatched']),
  conduits: new Set<string>(),
  links: new Set<string>(),
} as const;
const DOCUMENT_VOLATILE = new Set(['approval', 'maintenance', 'incidents', '$schema']);
const META_VOLATILE = new Set(['phase', 'revision']);
const LISTS = ['zones', 'assets', 'conduits', 'links'] as const;

/** Elements per chunk of the hash tree. */
const CHUNK = 64;

interface ChunkEntry {
  readonly elements: readonly object[];
  readonly digest: Uint8Array;
}

const elementDigests = {
  zones: new WeakMap<object, Uint8Array>(),
  assets: new WeakMap<object, Uint8Array>(),
  conduits: new WeakMap<object, Uint8Array>(),
  links: new WeakMap<object, Uint8Array>(),
};
/** Chunk digests keyed by the chunk's first element; a hit also needs every element to be the same object. */
const chunkDigests = {
  zones: new WeakMap<object, ChunkEntry>(),
  assets: new WeakMap<object, ChunkEntry>(),
  conduits: new WeakMap<object, ChunkEntry>(),
  links: new WeakMap<object, ChunkEntry>(),
};
const documentHashes = new WeakMap<ZonewrightDocument, string>();

function chunkDigest(kind: (typeof LISTS)[number], list: readonly object[], start: number): Uint8Array {
  const end = Math.min(list.length, start + CHUNK);
  const cached = chunkDigests[kind].get(list[start]!);
  if (cached && cached.elements.length === end - start && cached.elements.every((e, i) => e === list[start + i])) return cached.digest;
  const cache = elementDigests[kind];
  const all = new Uint8Array((end - start) * 32);
  for (let i = start; i < end; i++) {
    const element = list[i]!;
    let digest = cache.get(element);
    if (!digest) {
      digest = sha256Text(canonicalJson(element, VOLATILE[kind]));
      cache.set(element, digest);
    }
    all.set(digest, (i - start) * 32);
  }
  const digest = sha256(all);
  chunkDigests[kind].set(list[start]!, { elements: list.slice(start, end), digest });
  return digest;
}

function listHash(kind: (typeof LISTS)[number], list: readonly object[]): string {
  const chunks = Math.ceil(list.length / CHUNK);
  const all = new Uint8Array(chunks * 32);
  for (let c = 0; c < chunks; c++) all.set(chunkDigest(kind, list, c * CHUNK), c * 32);
  return toHex(sha256(all));
}

/** `sha256:` and the hex digest of the approvable content of a document (scheme above). */
export function contentHash(doc: ZonewrightDocument): string {
  const cached = documentHashes.get(doc);
  if (cached) return cached;
  const top: Record<string, unknown> = { ...doc };
  for (const key of DOCUMENT_VOLATILE) delete top[key];
  const meta: Record<string, unknown> = { ...doc.meta };
  for (const key of META_VOLATILE) delete meta[key];
  top.meta = meta;
  for (const kind of LISTS) top[kind] = listHash(kind, doc[kind]);
  const hash = `sha256:${sha256Hex(canonicalJson(top))}`;
  documentHashes.set(doc, hash);
  return hash;
}

export type ApprovalStatus = 'none' | 'valid' | 'stale';

/** `none` without an approval; `valid` while the content hash matches; `stale` once it was edited since. */
export function approvalStatus(doc: ZonewrightDocument): ApprovalStatus {
  if (!doc.approval) return 'none';
  return doc.approval.contentHash === contentHash(doc) ? 'valid' : 'stale';
}

export interface ApproveArgs {
  readonly by: string;
  readonly role?: string;
  /** The day (or moment) of approval; the core has no clock. */
  readonly date: IsoDate;
  readonly note?: string;
}

/** The approval record for the document as it is now. */
export function makeApproval(doc: ZonewrightDocument, args: ApproveArgs): Approval {
  const approval: { -readonly [K in keyof Approval]: Approval[K] } = { by: args.by.trim(), date: args.date, contentHash: contentHash(doc) };
  if (args.role?.trim()) approval.role = args.role.trim();
  if (doc.meta.revision !== undefined) approval.revision = doc.meta.revision;
  if (args.note?.trim()) approval.note = args.note.trim();
  return approval;
}
