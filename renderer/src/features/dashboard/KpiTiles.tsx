import { useTranslation } from 'react-i18next';
import type { KpiKey, Kpis } from '../../../../electron/api/contract';

type Format = 'count' | 'percent' | 'euro' | 'days';

/** The figures the coordinator looks at first, in the order of the funder's list (DOMAIN.md). */
const tiles: { key: KpiKey; format: Format }[] = [
  { key: 'organisationsReached', format: 'count' },
  { key: 'needsRegistered', format: 'count' },
  { key: 'intakesHeld', format: 'count' },
  { key: 'referralsSent', format: 'count' },
  { key: 'referralAcceptanceRate', format: 'percent' },
  { key: 'trajectsStarted', format: 'count' },
  { key: 'trajectsCollectief', format: 'count' },
  { key: 'eventsHeld', format: 'count' },
  { key: 'meetingsHeld', format: 'count' },
  { key: 'studentsInvolved', format: 'count' },
  { key: 'followUpFundingEuro', format: 'euro' },
  { key: 'leadTotalDaysMedian', format: 'days' },
];

/** The period's KPI figures as tiles; the raw number rides along in `data-value` for checks. */
export function KpiTiles({ kpis }: { kpis: Kpis | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language.startsWith('en') ? 'en-GB' : 'nl-BE';
  const formats: Record<Format, (n: number) => string> = {
    count: (n) => new Intl.NumberFormat(locale).format(n),
    percent: (n) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(n),
    euro: (n) => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n),
    days: (n) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(n),
  };
  return (
    <ul className="stat-grid kpi-grid" aria-busy={!kpis}>
      {tiles.map((tile) => (
        <li key={tile.key} className="stat" data-testid={`kpi-${tile.key}`} data-value={kpis ? kpis[tile.key] : undefined}>
          <span className="stat-value">{kpis ? formats[tile.format](kpis[tile.key]) : '–'}</span>
          <span className="stat-label">{t(`tableExport.kpi.figures.${tile.key}`)}</span>
        </li>
      ))}
    </ul>
  );
}
