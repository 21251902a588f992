import { useTranslation } from 'react-i18next';
import type { PartnerDetail } from '../../../../../electron/api/contract';
import { ActiveToggle } from '../form/ActiveToggle';

export function PartnerStatus({ partner, name }: { partner: PartnerDetail; name: string }) {
  const { t } = useTranslation();
  return (
    <div className="form-footer-actions">
      <ActiveToggle
        method="network.setPartnerActive"
        id={partner.id}
        active={partner.active}
        name={name}
        small
        texts={{
          deactivateTitle: t('networkEdit.partner.deactivateTitle'),
          deactivateText: t('networkEdit.partner.deactivateText', { name }),
        }}
      />
      {!partner.active && <span className="badge">{t('network.inactive')}</span>}
    </div>
  );
}
