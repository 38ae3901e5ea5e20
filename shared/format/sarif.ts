/** Findings as SARIF 2.1.0, so that code-scanning tools can show them. */
import type { Rule } from '../analysis/rule';
import type { Finding, Severity } from '../analysis/types';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifOptions {
  /** The analysed file, as the URI SARIF viewers resolve against the repository. */
  readonly fileUri: string;
  /** 1-based line where each element id is defined, when known. */
  readonly lineOf?: (elementId: string) => number | undefined;
  readonly toolVersion: string;
}

export function toSarif(findings: readonly Finding[], rules: readonly Rule[], options: SarifOptions): object {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Zonewright',
            version: options.toolVersion,
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: r.rationale },
              help: { text: `${r.remedy} (${r.clause})` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { clause: r.clause, tags: ['security', 'iec-62443'] },
            })),
          },
        },
        results: findings.map((f) => {
          const line = f.subjects.map((s) => options.lineOf?.(s)).find((l) => l !== undefined);
          return {
            ruleId: f.rule,
            ...(ruleIndex.has(f.rule) ? { ruleIndex: ruleIndex.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: `${f.message} ${f.remedy}` },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: options.fileUri },
                  ...(line !== undefined ? { region: { startLine: line } } : {}),
                },
                logicalLocations: f.subjects.map((s) => ({ name: s, kind: 'element' })),
              },
            ],
            properties: { clause: f.clause, subjects: f.subjects },
          };
        }),
      },
    ],
  };
}
