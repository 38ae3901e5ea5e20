/**
 * Findings derived from the document, never stored: `analyze` runs once per document version
 * (memoized by identity, and documents are immutable), and the per-element badges once per result.
 * Findings equal to one of the previous result are that same object, so that lists and badges
 * redraw only what an edit changed (a 2,000-asset plant has about a thousand findings).
 */
import { todayIso } from './today';
import { analyze, type AnalysisResult, type Finding, type Severity, type ZonewrightDocument } from '../../../shared';

const results = new WeakMap<ZonewrightDocument, AnalysisResult>();

/** The findings of the last analysis, by their content. */
let previous = new Map<string, Finding>();

function keyOf(f: Finding): string {
  return `${f.rule}\u0000${f.severity}\u0000${f.subjects.join('\u0001')}\u0000${f.message}\u0000${f.clause}\u0000${f.remedy}\u0000${f.rationale}`;
}

/** The result with each finding replaced by an equal one from the previous result, where there is one. */
function shareFindings(result: AnalysisResult): AnalysisResult {
  const next = new Map<string, Finding>();
  let reused = 0;
  const findings = result.findings.map((f) => {
    const key = keyOf(f);
    const old = previous.get(key);
    const kept = old ?? f;
    if (old) reused++;
    next.set(key, kept);
    return kept;
  });
  previous = next;
  return reused === 0 ? result : { ...result, findings };
}

export function analysisOf(doc: ZonewrightDocument): AnalysisResult {
  let result = results.get(doc);
  if (!result) {
    // Today's date makes overdue reassessments a finding; a result is kept per document, so a
    // session that runs past midnight sees the new day from the next edit on.
    result = shareFindings(analyze(doc, { today: todayIso() }));
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
