/**
 * An SL vector as seven 0–4 controls, one per foundational requirement, labelled with the FR
 * names, plus "set all to n". Each click is one edit.
 */
import { memo, useId } from 'react';
import { FR_INFO, FR_KEYS, frLabel, SECURITY_LEVELS, uniformSl, type FrKey, type SecurityLevel, type SlVector } from '../../../shared';

export interface SlEditorProps {
  /** "SL-T" or "SL-C". */
  readonly label: string;
  readonly value: SlVector | undefined;
  /** Shown greyed when `value` is unset (a conduit inheriting its zones' levels). */
  readonly inherited?: SlVector;
  readonly onChange: (value: SlVector | undefined) => void;
  /** Text of the button that clears the vector, e.g. "Clear" or "Inherit from zones". */
  readonly clearLabel: string;
  readonly description?: string;
}

/**
 * Memoized: an element's panel re-renders on every edit of the document, and redrawing 35 radio
 * buttons costs DOM writes (React resets each radio's name and type). Pass a stable `onChange`.
 */
export const SlEditor = memo(function SlEditor({ label, value, inherited, onChange, clearLabel, description }: SlEditorProps) {
  const name = useId();
  const shown = value ?? inherited;
  const set = (fr: FrKey, level: SecurityLevel) => onChange({ ...(value ?? inherited ?? uniformSl(0)), [fr]: level });
  return (
    <fieldset className="sl-editor" aria-describedby={description ? `${name}-desc` : undefined}>
      <legend className="sl-legend">
        <span className="sl-title">{label}</span>
        <span className="sl-status">{value ? '' : inherited ? 'inherited from zones' : 'not set'}</span>
      </legend>
      {description && (
        <p className="field-hint" id={`${name}-desc`}>
          {description}
        </p>
      )}
      <div className="sl-rows">
        {FR_KEYS.map((fr) => (
          <div className="sl-row" key={fr} role="radiogroup" aria-label={`${label} ${frLabel(fr)} ${FR_INFO[fr].name}`}>
            <span className="sl-fr" title={FR_INFO[fr].name}>
              <span className="sl-fr-key">{frLabel(fr)}</span>
              <span className="sl-fr-name">{FR_INFO[fr].name}</span>
            </span>
            <span className={`segmented${value ? '' : ' is-unset'}`}>
              {SECURITY_LEVELS.map((level) => (
                <label key={level} className="segment">
                  <input
                    type="radio"
                    name={`${name}-${fr}`}
                    value={level}
                    checked={shown?.[fr] === level}
                    onChange={() => set(fr, level)}
                    aria-label={`${level}`}
                  />
                  <span aria-hidden="true">{level}</span>
                </label>
              ))}
            </span>
          </div>
        ))}
      </div>
      <div className="sl-actions">
        <span className="sl-actions-label">Set all to</span>
        {SECURITY_LEVELS.map((level) => (
          <button
            key={level}
            type="button"
            className="btn btn-small btn-square"
            aria-label={`Set all ${label} to ${level}`}
            onClick={() => onChange(uniformSl(level))}
          >
            {level}
          </button>
        ))}
        {value && (
          <button type="button" className="btn btn-small btn-ghost" onClick={() => onChange(undefined)}>
            {clearLabel}
          </button>
        )}
      </div>
    </fieldset>
  );
});
