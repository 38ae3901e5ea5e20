/**
 * The risk matrix as a heat map with the register's scenarios placed on it: a filled marker at the
 * unmitigated risk, an outlined one at the residual risk, numbered as in the list. A table, so a
 * screen reader walks it by likelihood and consequence.
 */
import type { EvaluatedScenario, RiskMatrix } from '../../../../shared';
import { heatMap } from './riskModel';

export function RiskHeatMap({
  matrix,
  tolerableRisk,
  scenarios,
}: {
  readonly matrix: RiskMatrix;
  readonly tolerableRisk: number;
  readonly scenarios: readonly EvaluatedScenario[];
}) {
  const rows = heatMap(matrix, tolerableRisk, scenarios);
  const title = (n: number) => scenarios[n - 1]?.title ?? '';
  return (
    <figure className="risk-heat">
      <figcaption className="risk-card-title">Risk matrix</figcaption>
      <div className="risk-heat-frame">
        <span className="risk-heat-axis risk-heat-axis--y" aria-hidden="true">
          Likelihood
        </span>
        <table className="risk-heat-table" aria-label="Risk matrix: scenarios by likelihood and consequence">
          <tbody>
            {rows.map((row) => (
              <tr key={row[0]!.likelihood}>
                <th scope="row" title={matrix.likelihoods[row[0]!.likelihood - 1]}>
                  <span className="risk-heat-step">{row[0]!.likelihood}</span>
                  <span className="risk-heat-label">{matrix.likelihoods[row[0]!.likelihood - 1]}</span>
                </th>
                {row.map((cell) => {
                  const empty = cell.unmitigated.length === 0 && cell.residual.length === 0;
                  return (
                    <td
                      key={cell.consequence}
                      className={`risk-heat-cell risk-tone-${cell.tone}${cell.tolerable ? ' is-tolerable' : ''}`}
                      title={`Likelihood ${cell.likelihood} × consequence ${cell.consequence} = ${cell.score}${cell.tolerable ? ' (tolerable)' : ''}`}
                    >
                      {empty ? (
                        <span className="sr-only">{cell.score}</span>
                      ) : (
                        <span className="risk-heat-marks">
                          {cell.unmitigated.map((n) => (
                            <span key={`u${n}`} className="risk-mark" title={`${n}. ${title(n)}: unmitigated`}>
                              {n}
                              <span className="sr-only"> unmitigated: {title(n)}</span>
                            </span>
                          ))}
                          {cell.residual.map((n) => (
                            <span key={`r${n}`} className="risk-mark risk-mark--residual" title={`${n}. ${title(n)}: residual`}>
                              {n}
                              <span className="sr-only"> residual: {title(n)}</span>
                            </span>
                          ))}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <td />
              {matrix.consequences.map((label, i) => (
                <th scope="col" key={label + i} title={label}>
                  <span className="risk-heat-step">{i + 1}</span>
                  <span className="risk-heat-label">{label}</span>
                </th>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="risk-heat-foot">
        <span className="risk-heat-axis">Consequence</span>
        <span className="risk-heat-legend">
          <span className="risk-mark" aria-hidden="true">
            1
          </span>
          unmitigated
          <span className="risk-mark risk-mark--residual" aria-hidden="true">
            1
          </span>
          residual
          <span className="risk-heat-tolerable" aria-hidden="true" />
          tolerable (≤ {tolerableRisk})
        </span>
      </div>
    </figure>
  );
}
