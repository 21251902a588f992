import { useTranslation } from 'react-i18next';
import { hrefFor, navigate } from '../../app/routes';
import { PageHeader } from '../../components/PageHeader';
import { Tabs } from '../../components/Tabs';
import { CollectivePanel } from './CollectivePanel';
import { FiguresPanel } from './FiguresPanel';
import { ReferralBoard } from './ReferralBoard';
import { emptyReferralFilters } from './ReferralFilterBar';
import { ReferralTable } from './ReferralTable';
import { useOverdueCheck } from './shared';

export const referralViews = ['tabel', 'bord', 'collectief', 'cijfers'] as const;
export type ReferralView = (typeof referralViews)[number];

/** `#/doorverwijzingen[/bord|/collectief|/cijfers]`; `?te-laat` opens the table on overdue ones. */
export function ReferralsPage({ view }: { view: ReferralView }) {
  const { t } = useTranslation();
  useOverdueCheck();
  const overdueOnly = window.location.hash.includes('te-laat');
  const tabs: { id: ReferralView; label: string }[] = [
    { id: 'tabel', label: t('referrals.tabs.table') },
    { id: 'bord', label: t('referrals.tabs.board') },
    { id: 'collectief', label: t('referrals.tabs.collective') },
    { id: 'cijfers', label: t('referrals.tabs.figures') },
  ];
  return (
    <div className="page">
      <PageHeader title={t('referrals.title')} subtitle={t('referrals.subtitle')} />
      <Tabs
        label={t('referrals.tabs.label')}
        idPrefix="referrals"
        tabs={tabs}
        value={view}
        onChange={(next) => navigate(next === 'tabel' ? hrefFor('doorverwijzingen') : hrefFor('doorverwijzingen', next))}
      >
        {view === 'tabel' && (
          <ReferralTable initialFilters={overdueOnly ? { ...emptyReferralFilters, overdue: 'yes' } : emptyReferralFilters} />
        )}
        {view === 'bord' && <ReferralBoard />}
        {view === 'collectief' && <CollectivePanel />}
        {view === 'cijfers' && <FiguresPanel />}
      </Tabs>
    </div>
  );
}
