import { useTranslation } from 'react-i18next';
import type { NeedStatus } from '../../../../../electron/api/contract/dossier/lifecycle';

/** The need's status as a coloured pill; colours group the lifecycle (open, active, closed). */
export function StatusBadge({ status }: { status: NeedStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge dossier-status dossier-status-${status}`} data-status={status}>
      {t(`dossiers.status.${status}`)}
    </span>
  );
}
