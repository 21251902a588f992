import { useId, type ReactNode } from 'react';

/** What a control needs to be tied to its label, hint and error; spread it onto the control. */
export type ControlProps = { id: string; 'aria-invalid': true | undefined; 'aria-describedby': string | undefined };

export type FieldProps = {
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  /** Next to the label (e.g. a "te controleren" checkbox). */
  aside?: ReactNode;
  /** Next to the control (e.g. the province derived from the postcode). */
  after?: ReactNode;
  /** Spans the whole row of a two-column form grid. */
  wide?: boolean;
  className?: string;
  /** `data-field`: lets tests and focus helpers find the field by its name. */
  field?: string | undefined;
  children: (control: ControlProps) => ReactNode;
};

/** Label, control, hint and the router's Dutch message for this field, wired for screen readers. */
export function Field({ label, error, hint, required, aside, after, wide = false, className, field, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const control: ControlProps = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : hint ? hintId : undefined,
  };
  const classes = ['form-field', error ? 'has-error' : '', wide ? 'is-wide' : '', className ?? ''];
  return (
    <div className={classes.filter(Boolean).join(' ')} data-field={field}>
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
      {after ? (
        <div className="form-field-control">
          {children(control)}
          {after}
        </div>
      ) : (
        children(control)
      )}
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
