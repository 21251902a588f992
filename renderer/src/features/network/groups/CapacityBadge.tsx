import { useTranslation } from 'react-i18next';
import type { Capacity } from '../../../../../electron/api/contract';

/** Room for new questions, at a glance: open (green), beperkt (amber), vol (red). */
export function CapacityBadge({ capacity, note }: { capacity: Capacity; note?: string }) {
  const { t } = useTranslation();
  return (
    <span className={`badge capacity-${capacity}`} title={note || undefined} data-testid="capacity-badge">
      {t(`networkEdit.capacity.${capacity}`)}
    </span>
  );
}
