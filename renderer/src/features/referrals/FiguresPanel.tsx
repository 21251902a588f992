import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DestinationFigures } from '../../../../electron/api/contract';
import { referralDestinationKindValues } from '../../../../electron/api/contract/referral/lifecycle';
import { Field } from '../../components/form/Field';
import { LoadState } from '../../components/LoadState';
import { useApiQuery } from '../../hooks/useApiQuery';

function startOfYear(): string {
  return `${new Date().getFullYear()}-01-01`;
}

function Breakdown({ counts, label }: { counts: Record<string, number>; label: (k: string) => string }) {
  const items = Object.entries(counts).filter(([, n]) => n > 0);
  if (items.length === 0) return <span className="muted">—</span>;
  return <span className="small">{items.map(([k, n]) => `${label(k)} ${n}`).join(', ')}</span>;
}

function FiguresTable({
  rows,
  caption,
  testId,
  short = false,
}: {
  rows: DestinationFigures[];
  caption: string;
  testId: string;
  short?: boolean;
}) {
  const { t } = useTranslation();
  const reasonLabel = (k: string) => t(`referrals.reason.${k}`);
  const outcomeLabel = (k: string) => t(`referrals.outcome.${k}`);
  return (
    <div className="referral-figures-wrap">
      <table className="referral-figures" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referrals.figures.name')}</th>
            <th scope="col" className="num">
              {t('referrals.figures.received')}
            </th>
            <th scope="col" className="num">
              {t('referrals.figures.accepted')}
            </th>
            <th scope="col" className="num">
              {t('referrals.figures.declined')}
            </th>
            <th scope="col" className="num">
              {t('referrals.figures.passedOn')}
            </th>
            <th scope="col" className="num">
              {t('referrals.figures.open')}
            </th>
            <th scope="col" className="num">
              {t('referrals.figures.overdue')}
            </th>
            <th scope="col" className="num">
              {t('referrals.figures.median')}
            </th>
            <th scope="col">{t('referrals.figures.reasons')}</th>
            <th scope="col">{t('referrals.figures.outcomes')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className={r.received === 0 ? 'is-empty' : undefined}>
              <th scope="row" title={r.name}>
                {short ? (r.collegeName ?? r.name) : r.name}
                {!short && r.collegeName && <span className="muted small"> · {r.collegeName}</span>}
              </th>
              <td className="num">{r.received}</td>
              <td className="num">{r.accepted}</td>
              <td className="num">{r.declined}</td>
              <td className="num">{r.passedOn}</td>
              <td className="num">{r.open}</td>
              <td className={`num${r.overdue > 0 ? ' referral-late' : ''}`}>{r.overdue}</td>
              <td className="num">
                {r.medianResponseDays === null ? t('referrals.figures.none') : r.medianResponseDays.toLocaleString('nl-BE')}
              </td>
              <td>
                <Breakdown counts={r.declinedByReason} label={reasonLabel} />
              </td>
              <td>
                <Breakdown counts={r.outcomes} label={outcomeLabel} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Netwerkcijfers: per hogeschool and per expertise group, for referrals sent in a period. */
export function FiguresPanel() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(startOfYear());
  const [to, setTo] = useState('');
  const query = useApiQuery('referrals.figures', { from: from || null, to: to || null });
  const f = query.data;
  return (
    <section className="referral-figures-section" aria-labelledby="figures-title">
      <div>
        <h2 id="figures-title" className="section-title">
          {t('referrals.figures.title')}
        </h2>
        <p className="muted">{t('referrals.figures.intro')}</p>
      </div>
      <div className="dossier-filter-bar">
        <Field label={t('referrals.figures.from')}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              data-testid="figures-from"
            />
          )}
        </Field>
        <Field label={t('referrals.figures.to')}>
          {(p) => (
            <input
              {...p}
              type="date"
              className="input"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              data-testid="figures-to"
            />
          )}
        </Field>
      </div>
      {!f ? (
        <LoadState error={query.error} onRetry={query.reload} />
      ) : (
        <>
          <ul className="stat-grid">
            {referralDestinationKindValues.map((k) => (
              <li key={k} className="stat">
                <span className="stat-value">{f.byDestinationKind[k].received}</span>
                <span className="stat-label">{t(`referrals.kind.${k}`)}</span>
                <span className="muted small">
                  {t('referrals.figures.acceptedCount', { count: f.byDestinationKind[k].accepted })}
                </span>
              </li>
            ))}
          </ul>
          <FiguresTable rows={f.colleges} caption={t('referrals.figures.colleges')} testId="figures-colleges" short />
          {f.groups.length === 0 ? (
            <p className="muted">{t('referrals.figures.noGroups')}</p>
          ) : (
            <FiguresTable rows={f.groups} caption={t('referrals.figures.groups')} testId="figures-groups" />
          )}
        </>
      )}
    </section>
  );
}
