import { useId, type ReactElement, type ReactNode } from 'react';

type Props = {
  label: string;
  error?: string;
  hint?: string;
  /** Renders the control with the ids that tie it to its label, hint and error. */
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactElement;
  wide?: boolean;
  extra?: ReactNode;
};

/** A labelled form control with its hint and its Dutch error message right below it. */
export function Field({ label, error, hint, children, wide = false, extra }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`dossier-field${wide ? ' is-wide' : ''}${error ? ' has-error' : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {extra}
      {hint && (
        <p id={hintId} className="dossier-field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="dossier-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
