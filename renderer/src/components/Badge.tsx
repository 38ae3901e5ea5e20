import type { SecurityLevel, Severity, SlVector } from '../../../shared';
import { FR_KEYS, frLabel, FR_INFO } from '../../../shared';
import type { Badge } from '../analysis/findings';

const WORD: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' };

/** The count of findings on an element, coloured by the worst of them. */
export function FindingBadge({ badge }: { readonly badge: Badge }) {
  const label = `${badge.count} ${WORD[badge.severity]}${badge.count === 1 ? '' : 's'}`;
  return (
    <span className={`finding-badge finding-badge--${badge.severity}`} title={`${badge.count} finding${badge.count === 1 ? '' : 's'} (worst: ${badge.severity})`} aria-label={label}>
      {badge.count}
    </span>
  );
}

/** `3` when every FR has the same level, else the seven digits `3322211`. */
export function slText(v: SlVector): string {
  const first = v[FR_KEYS[0]];
  return FR_KEYS.every((fr) => v[fr] === first) ? String(first) : FR_KEYS.map((fr) => v[fr]).join('');
}

export function slTitle(prefix: string, v: SlVector): string {
  return `${prefix}: ${FR_KEYS.map((fr) => `${frLabel(fr)} ${FR_INFO[fr].name} = ${v[fr]}`).join('; ')}`;
}

/** A small "SL-T 2" chip; "SL-T –" when unset. */
export function SlChip({ prefix, value, inherited }: { readonly prefix: string; readonly value: SlVector | undefined; readonly inherited?: boolean }) {
  if (!value) {
    return (
      <span className="chip chip-sl chip-sl--unset" title={`${prefix} not set`}>
        {prefix} –
      </span>
    );
  }
  const top = Math.max(...FR_KEYS.map((fr) => value[fr])) as SecurityLevel;
  return (
    <span className={`chip chip-sl chip-sl--${top}${inherited ? ' chip-sl--inherited' : ''}`} title={slTitle(inherited ? `${prefix} (inherited)` : prefix, value)}>
      {prefix} {slText(value)}
    </span>
  );
}
