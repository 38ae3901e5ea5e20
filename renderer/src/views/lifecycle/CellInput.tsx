/**
 * An input inside a table: labelled for assistive technology only, keeps a draft while typing and
 * commits on Enter or when focus leaves (a date typed digit by digit is one change, not five);
 * Escape puts back the stored value; an invalid draft is marked and never committed. Dates are
 * typed as ISO dates (2025-03-31), the form the app shows them in everywhere, whatever the locale.
 */
import { useState } from 'react';
import { lifecycleSchemas } from '../../../../shared';

export function dateProblem(value: string): string | undefined {
  if (value === '') return undefined;
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && lifecycleSchemas.isoDate.safeParse(value).success ? undefined : 'Enter a date like 2025-03-31.';
}

export function CellInput({
  label,
  value,
  onCommit,
  type = 'text',
  validate,
  placeholder,
  className,
}: {
  readonly label: string;
  readonly value: string;
  /** Receives the new text ('' when emptied); called only when it differs and is valid. */
  readonly onCommit: (value: string) => void;
  readonly type?: 'text' | 'date';
  readonly validate?: (value: string) => string | undefined;
  readonly placeholder?: string;
  readonly className?: string;
}) {
  const [state, setState] = useState({ source: value, draft: value });
  let draft = state.draft;
  if (state.source !== value) {
    draft = value;
    setState({ source: value, draft: value });
  }
  const problem = (validate ?? (type === 'date' ? dateProblem : undefined))?.(draft);
  const commit = () => {
    if (problem || draft === value) return;
    onCommit(draft);
  };
  return (
    <input
      type="text"
      className={`cell-input cell-input--${type}${className ? ` ${className}` : ''}${problem ? ' has-problem' : ''}`}
      aria-label={label}
      aria-invalid={problem ? true : undefined}
      title={problem}
      value={draft}
      placeholder={placeholder ?? (type === 'date' ? 'YYYY-MM-DD' : undefined)}
      spellCheck={false}
      onChange={(e) => setState({ source: value, draft: e.target.value })}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        } else if (e.key === 'Escape') {
          e.stopPropagation();
          setState({ source: value, draft: value });
        }
      }}
    />
  );
}
