/** `zonewright check FILE`: findings as text, JSON or SARIF, with an exit code for pipelines. */
import { analyze, RULES, SEVERITIES, toSarif, type AnalysisResult, type Finding, type Severity } from '../../../shared';
import { emit, EXIT, idLines, readProject, UsageError } from '../io';

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export const FAIL_ON = ['error', 'warning', 'never'] as const;

export interface CheckOptions {
  readonly format: (typeof CHECK_FORMATS)[number];
  readonly failOn: (typeof FAIL_ON)[number];
  readonly output?: string;
  readonly color: boolean;
  readonly version: string;
  /** The date the date-dependent rules compare with (`2026-03-31`). */
  readonly today: string;
}

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function summaryOf(result: AnalysisResult) {
  const m = result.metrics;
  return {
    zones: m.zones,
    conduits: m.conduits,
    assets: m.assets,
    links: m.links,
    findings: { total: result.findings.length, ...m.findings },
    requirementsPerZone: m.requirementsPerZone,
    gaps: result.gaps.length,
    assetsAssessed: m.assetsAssessed,
    assetsWithoutGapShare: m.assetsWithoutGapShare,
  };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function textReport(path: string, result: AnalysisResult, color: boolean, names: Map<string, string>): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor: Record<Severity, string> = { error: '31', warning: '33', info: '36' };
  const sorted = [...result.findings].sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  const width = Math.max(0, ...sorted.map((f) => f.rule.length));
  const lines = [path];
  for (const f of sorted) {
    lines.push(`  ${paint(sevColor[f.severity], f.severity.padEnd(7))}  ${f.rule.padEnd(width)}  ${f.message}`);
    const pad = ' '.repeat(11 + width);
    const subjects = f.subjects.map((s) => (names.has(s) ? `${names.get(s)} (${s})` : s)).join(', ');
    lines.push(paint('2', `${pad}elements: ${subjects}`));
    lines.push(paint('2', `${pad}clause: ${f.clause}`));
    lines.push(paint('2', `${pad}remedy: ${f.remedy}`));
  }
  const m = result.metrics;
  const counts = SEVERITIES.map((s) => `${m.findings[s]} ${s === 'info' ? 'info' : plural(m.findings[s], s).replace(/^\d+ /, '')}`);
  const model = `${plural(m.zones, 'zone')}, ${plural(m.conduits, 'conduit')}, ${plural(m.assets, 'asset')}`;
  const head = result.findings.length === 0 ? 'No findings' : plural(result.findings.length, 'finding');
  lines.push('', `${head} (${counts.join(', ')}) in ${model}; ${plural(result.gaps.length, 'SL-C gap')}.`);
  return lines.join('\n') + '\n';
}

function reachesThreshold(findings: readonly Finding[], failOn: CheckOptions['failOn']): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => RANK[f.severity] <= RANK[failOn]);
}

export function runCheck(file: string | undefined, options: CheckOptions): number {
  if (!file) throw new UsageError('check: which file? Usage: zonewright check FILE [--format text|json|sarif] [--fail-on error|warning|never]');
  const { text, doc, path } = readProject(file);
  const result = analyze(doc, { today: options.today });
  if (options.format === 'json') {
    const out = {
      summary: summaryOf(result),
      findings: result.findings,
      requirements: {
        zones: result.requirements.zones.map(({ zoneId, slT, items }) => ({ zoneId, slT: slT ?? null, items })),
        conduits: result.requirements.conduits.map(({ conduitId, slT, inherited, items }) => ({ conduitId, slT: slT ?? null, inherited, items })),
        assets: result.requirements.assets.map(({ assetId, componentClass, items }) => ({ assetId, componentClass, items })),
      },
      gaps: result.gaps,
    };
    emit(`${JSON.stringify(out, null, 2)}\n`, options.output);
  } else if (options.format === 'sarif') {
    const lines = idLines(text);
    const sarif = toSarif(result.findings, RULES, { fileUri: path.replace(/\\/g, '/'), lineOf: (id) => lines.get(id), toolVersion: options.version });
    emit(`${JSON.stringify(sarif, null, 2)}\n`, options.output);
  } else {
    const names = new Map<string, string>();
    for (const list of [doc.zones, doc.assets, doc.conduits]) for (const e of list) names.set(e.id, e.name);
    emit(textReport(path, result, options.color && !options.output, names), options.output);
  }
  return reachesThreshold(result.findings, options.failOn) ? EXIT.findings : EXIT.ok;
}
