import { useId, type ReactNode } from 'react';

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
