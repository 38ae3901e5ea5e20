/**
 * SL-T, SL-C and SL-A side by side per FR: seven rows of three bars on a 0–4 scale. The bars are
 * drawing only; the same numbers are in the table cells beside them, for screen readers and for
 * reading exact values.
 */
import { useId } from 'react';
import { FR_INFO, FR_KEYS, frLabel, type SlVector } from '../../../shared';

export interface SlChartProps {
  /** What the levels are of, for the table's accessible name. */
  readonly subject: string;
  readonly slT: SlVector | undefined;
  readonly slC: SlVector | undefined;
  readonly slA: SlVector;
  /** Says where SL-C comes from (and how much of it is known). */
  readonly capabilityNote: string;
  /** SL-T is the conduit's zones' (it has none of its own). */
  readonly inherited?: boolean;
}

const SCALE = [1, 2, 3, 4];

function Bar({ kind, level }: { readonly kind: 't' | 'c' | 'a' | 'a-short'; readonly level: number | undefined }) {
  return <span className={`sl-bar sl-bar--${kind}${level === undefined ? ' sl-bar--unknown' : ''}`} style={{ width: `${((level ?? 0) / 4) * 100}%` }} />;
}

export function SlChart({ subject, slT, slC, slA, capabilityNote, inherited }: SlChartProps) {
  const titleId = useId();
  const shortfalls = slT ? FR_KEYS.filter((fr) => slA[fr] < slT[fr]) : [];
  return (
    <figure className="sl-chart" aria-labelledby={titleId}>
      <div className="sl-chart-head">
        <h3 className="sl-chart-title" id={titleId}>
          Security levels
        </h3>
        <ul className="sl-legend-list" aria-hidden="true">
          <li>
            <span className="sl-swatch sl-swatch--t" />
            SL-T{inherited ? ' (zones)' : ''}
          </li>
          <li>
            <span className="sl-swatch sl-swatch--c" />
            SL-C
          </li>
          <li>
            <span className="sl-swatch sl-swatch--a" />
            SL-A
          </li>
        </ul>
      </div>
      <table className="sl-chart-table" aria-label={`Target, capability and achieved security levels of ${subject}, per foundational requirement`}>
        <thead>
          <tr>
            <th scope="col" className="sl-chart-fr">
              FR
            </th>
            <td className="sl-chart-bars sl-chart-scale" aria-hidden="true">
              <span className="sl-scale">
                <span>0</span>
                {SCALE.map((n) => (
                  <span key={n}>{n}</span>
                ))}
              </span>
            </td>
            <th scope="col" className="sl-chart-num" title="Target security level">
              T
            </th>
            <th scope="col" className="sl-chart-num" title="Capability security level">
              C
            </th>
            <th scope="col" className="sl-chart-num" title="Achieved security level">
              A
            </th>
          </tr>
        </thead>
        <tbody>
          {FR_KEYS.map((fr) => {
            const t = slT?.[fr];
            const c = slC?.[fr];
            const a = slA[fr];
            const short = t !== undefined && a < t;
            return (
              <tr key={fr} data-fr={fr} className={short ? 'is-short' : undefined}>
                <th scope="row" className="sl-chart-fr" title={FR_INFO[fr].name}>
                  {frLabel(fr)}
                </th>
                <td className="sl-chart-bars" aria-hidden="true">
                  <span className="sl-track">
                    {SCALE.map((n) => (
                      <span key={n} className="sl-grid" style={{ left: `${(n / 4) * 100}%` }} />
                    ))}
                    <Bar kind="t" level={t} />
                    <Bar kind="c" level={c} />
                    <Bar kind={short ? 'a-short' : 'a'} level={a} />
                  </span>
                </td>
                <td className="sl-chart-num sl-chart-t" aria-label={`SL-T ${t ?? 'not set'}`}>
                  {t ?? '–'}
                </td>
                <td className="sl-chart-num sl-chart-c" aria-label={`SL-C ${c ?? 'unknown'}`}>
                  {c ?? '–'}
                </td>
                <td className="sl-chart-num sl-chart-a" aria-label={`SL-A ${a}${short ? `, below SL-T ${t}` : ''}`}>
                  {a}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="sl-chart-note">{capabilityNote}</p>
      {slT && (
        <p className={`sl-chart-verdict${shortfalls.length > 0 ? ' is-short' : ' is-met'}`}>
          {shortfalls.length === 0
            ? 'SL-A reaches SL-T on every FR.'
            : `SL-A is below SL-T on ${shortfalls.map((fr) => frLabel(fr)).join(', ')}.`}
        </p>
      )}
    </figure>
  );
}
