import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../Alert';
import { Spinner } from '../Spinner';

type Props = {
  title: string;
  children: ReactNode;
  busy: boolean;
  formError: string | null;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  wide?: boolean;
  testId?: string;
  /** The submit button's test id (`form-submit` unless a feature's tests know it by another). */
  submitTestId?: string;
};

/**
 * A modal form on the native <dialog>: focus moves to the first field and returns to where it
 * came from, Escape closes, Enter in a field submits (the form's default), errors sit at the top.
 */
export function FormDialog({
  title,
  children,
  busy,
  formError,
  submitLabel,
  onSubmit,
  onClose,
  wide = false,
  testId,
  submitTestId = 'form-submit',
}: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('input:not([type=hidden]), select, textarea')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      returnTo?.focus();
    };
  }, []);

  // After a failed save, take the keyboard to the first field with a problem.
  useEffect(() => {
    if (!formError) return;
    ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formError]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  return (
    <dialog
      ref={ref}
      className={wide ? 'dialog form-dialog form-dialog-wide' : 'dialog form-dialog'}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form onSubmit={submit} noValidate className="form-dialog-form">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="form-dialog-body">
          {formError && <Alert kind="error">{formError}</Alert>}
          {children}
        </div>
        <div className="dialog-actions form-dialog-actions">
          <span className="muted small form-hint">{t('networkEdit.form.keys')}</span>
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-testid={submitTestId}>
            {busy && <Spinner />}
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
