import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/Alert';
import { Spinner } from '../../../components/Spinner';

type Props = {
  title: string;
  children: ReactNode;
  busy: boolean;
  formError: string | null;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  testId?: string;
};

/**
 * A modal form on the native <dialog>: focus goes to the first field and back where it came from,
 * Escape closes, Enter in a field submits, and after a failed save the first invalid field gets focus.
 */
export function FormDialog({ title, children, busy, formError, submitLabel, onSubmit, onClose, testId }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('input, select, textarea')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      returnTo?.focus();
    };
  }, []);

  useEffect(() => {
    if (formError) ref.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formError]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!busy) onSubmit();
  }

  return (
    <dialog
      ref={ref}
      className="dialog org-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        if (!busy) onClose();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        <div className="org-dialog-body">
          {formError && <Alert kind="error">{formError}</Alert>}
          {children}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="dialog-submit">
            {busy && <Spinner />}
            {submitLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
