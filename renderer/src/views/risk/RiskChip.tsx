/** A risk score as a chip in its band's colour: "16 High"; a dash when not rated. */
import type { RiskAssessment, RiskMatrix } from '../../../../shared';
import { bandTone } from './riskModel';

export function RiskChip({
  risk,
  matrix,
  compact,
  label,
}: {
  readonly risk: RiskAssessment | undefined;
  readonly matrix: RiskMatrix;
  /** Score only, the band in the tooltip (lists). */
  readonly compact?: boolean;
  /** What the risk is, read out before it: "Unmitigated risk". */
  readonly label?: string;
}) {
  const prefix = label && <span className="sr-only">{label}: </span>;
  if (!risk) {
    return (
      <span className="risk-chip risk-chip--none" title="Not rated">
        {prefix}
        <span aria-hidden={label ? true : undefined}>–</span>
        {label && <span className="sr-only">not rated</span>}
      </span>
    );
  }
  const text = `${risk.score} ${risk.level.label}`;
  return (
    <span
      className={`risk-chip risk-tone-${bandTone(risk.level.index, matrix.bands.length)}`}
      title={`${label ? `${label}: ` : ''}${text} (likelihood ${risk.likelihood} × consequence ${risk.consequence})${risk.tolerable ? ', tolerable' : ', above tolerable'}`}
    >
      {prefix}
      {compact ? (
        <>
          {risk.score}
          <span className="sr-only"> {risk.level.label}</span>
        </>
      ) : (
        text
      )}
    </span>
  );
}
