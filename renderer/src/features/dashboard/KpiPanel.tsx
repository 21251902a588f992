import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Kpis } from '../../../../electron/api/contract';
import { trajectTypeValues } from '../../../../electron/api/contract/dossier/lifecycle';
import { hrefFor } from '../../app/routes';
import { LoadState } from '../../components/LoadState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { todayInBrussels } from '../dossiers/shared/format';
import type { ChartDatum } from './ChartBars';
import { useMonthlyKpis } from './KpiMonthly';
import { currentPeriod, monthsOf, shownDate, type KpiPeriodKind } from './KpiPeriod';
import { KpiTiles } from './KpiTiles';

// The chart library (~125 kB gzipped) is loaded only when the panel shows, not with the app's first screen.
const ChartBars = lazy(() => import('./ChartBars').then((module) => ({ default: module.ChartBars })));

const trajectKpi = {
  studentenproject: 'trajectsStudentenproject',
  praktijkgericht_onderzoek: 'trajectsPraktijkgerichtOnderzoek',
  dienstverlening: 'trajectsDienstverlening',
  collectief_traject: 'trajectsCollectief',
  doorverwezen: 'trajectsDoorverwezen',
} as const satisfies Record<(typeof trajectTypeValues)[number], keyof Kpis>;

/**
 * The current quarter's (or year's) funder figures with three charts, from `reports.kpis`: the
 * same computation the VLAIO report writes, so the Dashboard and the report never disagree.
 */
export function KpiPanel() {
  const { t, i18n } = useTranslation();
  const [kind, setKind] = useState<KpiPeriodKind>('quarter');
  const period = useMemo(() => currentPeriod(kind, todayInBrussels()), [kind]);
  const months = useMemo(() => monthsOf(period), [period]);
  const totals = useApiQuery('reports.kpis', period, { reportErrors: false });
  const monthly = useMonthlyKpis(months);
  const kpis = totals.data?.kpis;
  const monthName = new Intl.DateTimeFormat(i18n.language.startsWith('en') ? 'en-GB' : 'nl-BE', {
    month: 'short',
    timeZone: 'UTC',
  });

  const needsPerMonth: ChartDatum[] = months.map((month, i) => ({
    label: monthName.format(new Date(`${month.from}T12:00:00Z`)),
    value: monthly?.[i]?.needsRegistered ?? 0,
  }));
  const destinations: ChartDatum[] = kpis
    ? [
        { label: t('tableExport.kpi.destinations.hogeschool'), value: kpis.referralsToHogeschool },
        { label: t('tableExport.kpi.destinations.universiteit'), value: kpis.referralsToUniversiteit },
        { label: t('tableExport.kpi.destinations.bedrijf'), value: kpis.referralsToBedrijf },
      ]
    : [];
  const trajects: ChartDatum[] = kpis
    ? trajectTypeValues.map((type) => ({ label: t(`dossiers.traject.types.${type}`), value: kpis[trajectKpi[type]] }))
    : [];

  return (
    <section aria-labelledby="dashboard-kpis" className="dashboard-section kpi-panel" data-testid="kpi-panel">
      <div className="kpi-head">
        <h2 id="dashboard-kpis" className="section-title">
          {t('tableExport.kpi.title')}
        </h2>
        <span className="muted small" data-testid="kpi-range">
          {t('tableExport.kpi.range', { from: shownDate(period.from), to: shownDate(period.to) })}
        </span>
        <div className="segmented kpi-switch" role="group" aria-label={t('tableExport.kpi.periodLabel')}>
          {(['quarter', 'year'] as const).map((k) => (
            <button
              key={k}
              type="button"
              className="segment"
              aria-pressed={kind === k}
              onClick={() => setKind(k)}
              data-testid={`kpi-period-${k}`}
            >
              {t(`tableExport.kpi.${k}`)}
            </button>
          ))}
        </div>
      </div>
      {totals.error && !kpis ? (
        <LoadState error={totals.error} onRetry={totals.reload} />
      ) : (
        <>
          <KpiTiles kpis={kpis} />
          <p className="muted small kpi-note">
            {t('tableExport.kpi.sameAsReport')} <a href={hrefFor('rapporten')}>{t('tableExport.kpi.toReports')}</a>
          </p>
          <Suspense fallback={null}>
            <div className="kpi-charts" aria-label={t('tableExport.kpi.chartsLabel')} role="group">
              <ChartBars
                title={t('tableExport.kpi.needsPerMonth')}
                data={needsPerMonth}
                testId="chart-needs-per-month"
                emptyText={t('tableExport.kpi.noData')}
              />
              <ChartBars
                title={t('tableExport.kpi.referralsByDestination')}
                data={destinations}
                orientation="rows"
                testId="chart-referrals"
                emptyText={t('tableExport.kpi.noData')}
              />
              <ChartBars
                title={t('tableExport.kpi.trajectsByType')}
                data={trajects}
                orientation="rows"
                testId="chart-trajects"
                emptyText={t('tableExport.kpi.noData')}
              />
            </div>
          </Suspense>
        </>
      )}
    </section>
  );
}
