import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { CollegeTable } from './CollegeTable';
import { PartnerList } from './PartnerList';

type Tab = 'colleges' | 'partners';

export function NetworkPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('colleges');
  return (
    <div className="page page-fill">
      <PageHeader title={t('network.title')} subtitle={t('network.subtitle')} />
      <Tabs<Tab>
        label={t('network.tabs')}
        idPrefix="network"
        value={tab}
        onChange={setTab}
        tabs={[
          { id: 'colleges', label: t('network.tabColleges') },
          { id: 'partners', label: t('network.tabPartners') },
        ]}
      >
        {tab === 'colleges' ? (
          <CollegeTable />
        ) : (
          <div>
            <p className="muted partner-hint">{t('network.partnersHint')}</p>
            <div className="partner-columns">
              <PartnerList kind="universiteit" title={t('network.universities')} />
              <PartnerList kind="federatie" title={t('network.federations')} />
            </div>
          </div>
        )}
      </Tabs>
    </div>
  );
}
