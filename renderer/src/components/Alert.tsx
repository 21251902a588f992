import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  kind: 'error' | 'success' | 'info' | 'warning';
  children: ReactNode;
  title?: string;
  onDismiss?: () => void;
};

/** A message box. Errors are announced immediately (role="alert"), the rest politely. */
export function Alert({ kind, children, title, onDismiss }: Props) {
  const { t } = useTranslation();
  return (
    <div className={`alert alert-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={`alert-${kind}`}>
      <div className="alert-body">
        {title && <strong className="alert-title">{title}</strong>}
        <div>{children}</div>
      </div>
      {onDismiss && (
        <button type="button" className="alert-dismiss" onClick={onDismiss} aria-label={t('common.dismiss')}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}
