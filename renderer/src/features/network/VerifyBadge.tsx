import { useTranslation } from 'react-i18next';
import { useVerifyFieldLabels } from './useVerifyFieldLabels';

/** Marks data from public sources that is a best guess and still needs a human check. */
export function VerifyBadge({ fields }: { fields: string[] }) {
  const { t } = useTranslation();
  const labels = useVerifyFieldLabels();
  if (fields.length === 0) return null;
  const description = t('network.verifyBadgeTitle', { fields: labels(fields).join(', ') });
  return (
    <span className="badge badge-warning" title={description} data-testid="verify-badge">
      {t('network.verifyBadge')}
      <span className="visually-hidden">: {labels(fields).join(', ')}</span>
    </span>
  );
}
