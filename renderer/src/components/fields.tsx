/**
 * Inspector fields. A field keeps what is typed as a draft, checks it on every keystroke and
 * commits only a valid value (on Enter or when focus leaves); an invalid value is refused right
 * there with a message and never reaches the document. Escape puts back the stored value.
 */
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';

interface DraftState {
  readonly source: string;
  readonly draft: string;
}

/** Draft text that follows the stored value whenever that changes (undo, another element). */
function useDraft(value: string) {
  const [state, setState] = useState<DraftState>({ source: value, draft: value });
  let current = state;
  if (state.source !== value) {
    current = { source: value, draft: value };
    setState(current);
  }
  return [current.draft, (draft: string) => setState({ source: value, draft })] as const;
}

export interface TextFieldProps {
  readonly label: string;
  readonly value: string;
  /** Receives the valid new text; called only when it differs from `value`. */
  readonly onCommit: (value: string) => void;
  /** A message when the text is not acceptable. */
  readonly validate?: (value: string) => string | undefined;
  readonly multiline?: boolean;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly inputMode?: 'text' | 'numeric' | 'decimal';
  readonly compact?: boolean;
  readonly testId?: string;
}

export function TextField({ label, value, onCommit, validate, multiline, placeholder, hint, inputMode, compact, testId }: TextFieldProps) {
  const id = useId();
  const [draft, setDraft] = useDraft(value);
  const problem = validate?.(draft);
  const commit = () => {
    if (problem || draft === value) return;
    onCommit(draft);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      setDraft(value);
    }
  };
  const common = {
    id,
    value: draft,
    placeholder,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : hint ? `${id}-hint` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: commit,
    onKeyDown,
    'data-testid': testId,
  };
  return (
    <FormField htmlFor={id} label={label} compact={!!compact} problem={problem}>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" inputMode={inputMode} spellCheck={false} {...common} />}
      {problem ? (
        <p className="field-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      ) : (
        hint && (
          <p className="field-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )
      )}
    </FormField>
  );
}

export interface SelectOption {
  readonly value: string;
  readonly label: string;
  readonly group?: string;
}

export function SelectField({
  label,
  value,
  options,
  onChange,
  compact,
}: {
  readonly label: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  readonly compact?: boolean;
}) {
  const id = useId();
  const groups = new Map<string, SelectOption[]>();
  for (const o of options) {
    const key = o.group ?? '';
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  return (
    <FormField htmlFor={id} label={label} compact={!!compact}>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {[...groups].map(([group, opts]) =>
          group ? (
            <optgroup key={group} label={group}>
              {opts.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ) : (
            opts.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))
          ),
        )}
      </select>
    </FormField>
  );
}

export function CheckboxField({ label, checked, onChange }: { readonly label: ReactNode; readonly checked: boolean; readonly onChange: (checked: boolean) => void }) {
  return (
    <label className="checkbox">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}

/** A titled group of fields. */
export function FieldGroup({ title, children, actions }: { readonly title: string; readonly children: ReactNode; readonly actions?: ReactNode }) {
  return (
    <div className="field-group">
      <div className="field-group-head">
        <h3>{title}</h3>
        {actions}
      </div>
      {children}
    </div>
  );
}

/**
 * A label above its control: the frame of the fields above, and of the controls that a form keeps
 * in a draft and submits with a button (adding a scenario, an incident, an approval).
 */
export function FormField({
  htmlFor,
  label,
  compact = true,
  problem = false,
  className,
  children,
}: {
  readonly htmlFor: string;
  readonly label: ReactNode;
  readonly compact?: boolean;
  /** Truthy (a flag or the problem's text) marks the field as having a problem. */
  readonly problem?: unknown;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  return (
    <div className={`field${compact ? ' field--compact' : ''}${className ? ` ${className}` : ''}${problem ? ' has-problem' : ''}`}>
      <label className="field-label" htmlFor={htmlFor}>
        {label}
      </label>
      {children}
    </div>
  );
}
