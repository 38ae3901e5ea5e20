/**
 * Findings derived from the document, never stored: `analyze` runs once per document version
 * (memoized by identity, and documents are immutable), and the per-element badges once per result.
 */
import { analyze, type AnalysisResult, type Finding, type Severity, type ZonewrightDocument } from '../../../shared';

const results = new WeakMap<ZonewrightDocument, AnalysisResult>();

export function analysisOf(doc: ZonewrightDocument): AnalysisResult {
  let result = results.get(doc);
  if (!result) {
    result = analyze(doc);
    results.set(doc, result);
  }
  return result;
}

/** What an element's badge shows: how many findings name it, and the worst severity. */
export interface Badge {
  readonly count: number;
  readonly severity: Severity;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function worse(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

const badgeCache = new WeakMap<readonly Finding[], ReadonlyMap<string, Badge>>();

export function badgesOf(findings: readonly Finding[]): ReadonlyMap<string, Badge> {
  let out = badgeCache.get(findings);
  if (out) return out;
  const map = new Map<string, Badge>();
  for (const f of findings) {
    for (const id of new Set(f.subjects)) {
      const cur = map.get(id);
      map.set(id, cur ? { count: cur.count + 1, severity: worse(cur.severity, f.severity) } : { count: 1, severity: f.severity });
    }
  }
  out = map;
  badgeCache.set(findings, out);
  return out;
}
