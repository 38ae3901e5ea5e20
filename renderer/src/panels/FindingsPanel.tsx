/** Live findings, grouped by severity; clicking one selects its elements and brings them into view. */
import { memo, useMemo, useState } from 'react';
import { SEVERITIES, type Finding, type Severity } from '../../../shared';
import { useAnalysis, useElementNames } from '../analysis/useAnalysis';
import { reveal } from '../commands/actions';
import { CheckCircleIcon, ErrorIcon, InfoIcon, WarningIcon } from '../icons/uiIcons';
import { useEditor } from '../store/editorStore';
import { ReferenceLink } from '../views/reference/ReferenceLink';

const HEADING: Record<Severity, string> = { error: 'Errors', warning: 'Warnings', info: 'Notes' };
const SINGULAR: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };
const ICON = { error: ErrorIcon, warning: WarningIcon, info: InfoIcon } as const;

const FindingItem = memo(function FindingItem({ finding, names, active }: { readonly finding: Finding; readonly names: ReadonlyMap<string, string>; readonly active: boolean }) {
  const Icon = ICON[finding.severity];
  const subjects = finding.subjects.map((id) => names.get(id)).filter(Boolean);
  return (
    <li className={`finding finding--${finding.severity}${active ? ' is-active' : ''}`} data-rule={finding.rule}>
      <button type="button" className="finding-button" onClick={() => reveal(finding.subjects)} title={finding.rationale}>
        <span className="finding-icon">
          <Icon size={16} />
        </span>
        <span className="finding-main">
          <span className="finding-message">{finding.message}</span>
          <span className="finding-remedy">{finding.remedy}</span>
          <span className="finding-meta">
            <span className="finding-clause">{finding.clause}</span>
            {subjects.length > 0 && <span className="finding-subjects">{subjects.join(', ')}</span>}
          </span>
        </span>
      </button>
      <ReferenceLink clause={finding.clause} className="finding-ref">
        62443 reference ›
      </ReferenceLink>
    </li>
  );
});

const NO_FINDINGS: readonly Finding[] = [];

/**
 * Findings listed per severity before a "Show more" button. A large plant has hundreds of
 * warnings; drawing them all would slow every edit down for a list read from the top.
 */
export const FINDINGS_SHOWN = 200;

// Unchanged findings are the same objects from one analysis to the next (analysis/findings.ts),
// so their keys are built once.
const baseKeys = new WeakMap<Finding, string>();
function baseKeyOf(f: Finding): string {
  let key = baseKeys.get(f);
  if (key === undefined) baseKeys.set(f, (key = `${f.rule}|${f.subjects.join(',')}|${f.message}`));
  return key;
}

/** The findings of each severity, with their keys. */
function groupsOf(findings: readonly Finding[]) {
  return SEVERITIES.map((s) => {
    const list = findings.filter((f) => f.severity === s);
    return [s, list, keysOf(list)] as const;
  });
}

/**
 * A key per finding that stays with it from one analysis to the next (its rule, subjects and
 * message), so that a finding added or gone re-renders one item, not every item after it.
 */
function keysOf(list: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return list.map((f) => {
    const base = baseKeyOf(f);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base}|${n}`;
  });
}

export function FindingsPanel() {
  const selection = useEditor((s) => s.selection);
  // After an edit the list follows in a deferred render; unchanged findings are the same objects.
  const { result, pending } = useAnalysis();
  // Until a newly opened project is analysed, the previous project's result must not show.
  const findings = pending ? NO_FINDINGS : result.findings;
  const names = useElementNames();
  // Severities whose whole list the user asked for.
  const [expanded, setExpanded] = useState<ReadonlySet<Severity>>(new Set());
  const groups = useMemo(() => groupsOf(findings), [findings]);
  const count = (s: Severity) => groups.find(([severity]) => severity === s)?.[1].length ?? 0;
  return (
    <section className="panel panel-findings" aria-label="Findings">
      <div className="panel-title-row">
        <h2 className="panel-title">Findings</h2>
        <span className="findings-counts" aria-live="polite">
          {SEVERITIES.map((s) => (
            <span key={s} className={`count count--${s}`} title={HEADING[s]}>
              {(() => {
                const Icon = ICON[s];
                return <Icon size={14} />;
              })()}
              <span>
                {count(s)} <span className="count-word">{count(s) === 1 ? SINGULAR[s] : HEADING[s].toLowerCase()}</span>
              </span>
            </span>
          ))}
        </span>
      </div>
      <div className="panel-body findings-body">
        {pending ? (
          <p className="findings-clean" aria-busy="true">
            Checking the project…
          </p>
        ) : findings.length === 0 ? (
          <p className="findings-clean">
            <CheckCircleIcon size={18} /> No findings: every check passes.
          </p>
        ) : (
          groups.map(([severity, list, keys]) =>
            list.length === 0 ? null : (
              <div key={severity} className="findings-group">
                <h3 className={`findings-heading findings-heading--${severity}`}>
                  {HEADING[severity]} <span className="findings-heading-count">{list.length}</span>
                </h3>
                <ul className="findings-list" aria-label={HEADING[severity]}>
                  {(expanded.has(severity) ? list : list.slice(0, FINDINGS_SHOWN)).map((f, i) => (
                    <FindingItem
                      key={keys[i]}
                      finding={f}
                      names={names}
                      active={f.subjects.length > 0 && f.subjects.every((id) => selection.has(id)) && selection.size === new Set(f.subjects).size}
                    />
                  ))}
                </ul>
                {list.length > FINDINGS_SHOWN && !expanded.has(severity) && (
                  <button type="button" className="findings-more" onClick={() => setExpanded(new Set([...expanded, severity]))}>
                    Show {list.length - FINDINGS_SHOWN} more {list.length - FINDINGS_SHOWN === 1 ? SINGULAR[severity] : HEADING[severity].toLowerCase()}
                  </button>
                )}
              </div>
            ),
          )
        )}
      </div>
    </section>
  );
}
