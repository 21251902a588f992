import { useId, type ReactNode } from 'react';

type Common = {
  label: string;
  error?: string | undefined;
  hint?: string;
  required?: boolean;
  /** Extra content after the label (e.g. a "te controleren" checkbox). */
  aside?: ReactNode;
  className?: string;
};

type LabelledProps = Common & { id: string; errorId: string; hintId: string; children: ReactNode };

function Labelled({ id, errorId, hintId, label, error, hint, required, aside, className, children }: LabelledProps) {
  return (
    <div className={['form-field', error ? 'has-error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <div className="form-label-row">
        <label htmlFor={id} className="field-label">
          {label}
          {required && (
            <span className="required-mark" aria-hidden="true">
              {' '}
              *
            </span>
          )}
        </label>
        {aside}
      </div>
      {children}
      {hint && !error && (
        <span id={hintId} className="form-hint muted small">
          {hint}
        </span>
      )}
      {error && (
        <span id={errorId} className="field-error" data-testid="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

function describedBy(error: string | undefined, hint: string | undefined, errorId: string, hintId: string) {
  if (error) return errorId;
  return hint ? hintId : undefined;
}

type TextProps = Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url';
  multiline?: boolean;
  name?: string;
  maxLength?: number;
};

export function TextField({ value, onChange, type = 'text', multiline = false, name, maxLength, ...common }: TextProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const aria = {
    'aria-invalid': common.error ? true : undefined,
    'aria-describedby': describedBy(common.error, common.hint, errorId, hintId),
    'aria-required': common.required ? true : undefined,
  };
  return (
    <Labelled id={id} errorId={errorId} hintId={hintId} {...common}>
      {multiline ? (
        <textarea
          id={id}
          name={name}
          className="input textarea"
          rows={3}
          value={value}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          className="input"
          value={value}
          maxLength={maxLength}
          onChange={(e) => onChange(e.target.value)}
          {...aria}
        />
      )}
    </Labelled>
  );
}

type SelectProps = Common & {
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  name?: string;
};

export function SelectField({ value, onChange, options, name, ...common }: SelectProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  return (
    <Labelled id={id} errorId={errorId} hintId={hintId} {...common}>
      <select
        id={id}
        name={name}
        className="input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={common.error ? true : undefined}
        aria-describedby={describedBy(common.error, common.hint, errorId, hintId)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** A group of controls (checkboxes, chips) under one legend, with its error. */
export function FieldSet({
  legend,
  error,
  hint,
  children,
  testId,
}: {
  legend: string;
  error?: string | undefined;
  hint?: string;
  children: ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <fieldset
      className={error ? 'form-fieldset has-error' : 'form-fieldset'}
      aria-describedby={error ? `${id}-error` : undefined}
      data-testid={testId}
    >
      <legend className="field-label">{legend}</legend>
      {children}
      {hint && !error && <span className="form-hint muted small">{hint}</span>}
      {error && (
        <span id={`${id}-error`} className="field-error" data-testid="field-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
