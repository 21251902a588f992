import { useId, type ReactNode } from 'react';

type ShellProps = {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  /** Shown next to the control (e.g. the derived province next to the postcode). */
  after?: ReactNode;
  className?: string;
  field?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: true | undefined }) => ReactNode;
};

/** Label, control, hint and the router's Dutch message for this field, wired for screen readers. */
export function FieldShell({ label, error, hint, required, after, className, field, children }: ShellProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = error ? errorId : hint ? hintId : undefined;
  return (
    <div className={['org-field', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')} data-field={field}>
      <label htmlFor={id} className="field-label">
        {label}
        {required && (
          <span className="org-required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      <div className="org-field-control">
        {children({ id, describedBy, invalid: error ? true : undefined })}
        {after}
      </div>
      {hint && !error && (
        <span id={hintId} className="muted small">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="org-field-error" data-testid="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

type TextProps = Omit<ShellProps, 'children'> & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'date';
  multiline?: boolean;
  name?: string;
  placeholder?: string;
  inputClassName?: string;
};

export function TextField({
  value,
  onChange,
  type = 'text',
  multiline = false,
  name,
  placeholder,
  inputClassName,
  ...shell
}: TextProps) {
  return (
    <FieldShell {...shell} field={shell.field ?? name}>
      {({ id, describedBy, invalid }) =>
        multiline ? (
          <textarea
            id={id}
            name={name}
            className="input org-textarea"
            rows={3}
            value={value}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input
            id={id}
            name={name}
            type={type}
            className={['input', inputClassName ?? ''].join(' ').trim()}
            value={value}
            placeholder={placeholder}
            aria-invalid={invalid}
            aria-required={shell.required ? true : undefined}
            aria-describedby={describedBy}
            onChange={(e) => onChange(e.target.value)}
          />
        )
      }
    </FieldShell>
  );
}

type SelectProps = Omit<ShellProps, 'children'> & {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  name?: string;
};

export function SelectField({ value, onChange, options, name, ...shell }: SelectProps) {
  return (
    <FieldShell {...shell} field={shell.field ?? name}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          name={name}
          className="input"
          value={value}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value)}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
