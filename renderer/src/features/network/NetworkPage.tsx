import { useTranslation } from 'react-i18next';
import { hrefFor, navigate } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { CollegeTable } from './colleges/CollegeTable';
import { ExpertTable } from './experts/ExpertTable';
import { GroupTable } from './groups/GroupTable';
import { PartnersTab } from './partners/PartnersTab';
import { ThemesTab } from './themes/ThemesTab';

export type NetworkTab = 'colleges' | 'groepen' | 'experts' | 'partners' | 'themas';

/** The tab lives in the address (`#/netwerk/experts`), so Back from a detail returns to it. */
export function NetworkPage({ tab }: { tab: NetworkTab }) {
  const { t } = useTranslation();
  return (
    <div className="page page-fill">
      <PageHeader title={t('network.title')} subtitle={t('network.subtitle')} />
      <Tabs<NetworkTab>
        label={t('network.tabs')}
        idPrefix="network"
        value={tab}
        onChange={(next) => navigate(next === 'colleges' ? hrefFor('netwerk') : hrefFor('netwerk', next))}
        tabs={[
          { id: 'colleges', label: t('network.tabColleges') },
          { id: 'groepen', label: t('networkEdit.tabs.groups') },
          { id: 'experts', label: t('networkEdit.tabs.experts') },
          { id: 'partners', label: t('network.tabPartners') },
          { id: 'themas', label: t('networkEdit.tabs.themes') },
        ]}
      >
        {tab === 'colleges' && <CollegeTable />}
        {tab === 'groepen' && <GroupTable />}
        {tab === 'experts' && <ExpertTable />}
        {tab === 'partners' && <PartnersTab />}
        {tab === 'themas' && <ThemesTab />}
      </Tabs>
    </div>
  );
}
