import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../app/routes';
import { LoadState } from '../../components/LoadState';
import { useApiQuery } from '../../hooks/useApiQuery';
import { emptyReferralFilters, filtersInput, ReferralFilterBar, type ReferralFilters } from './ReferralFilterBar';
import type { ReferralBoardColumn, ReferralRow } from '../../../../electron/api/contract';
import { formatDay, ReferralStatusBadge } from './shared';

type Column = { key: string; title: string; total: number; rows: ReferralRow[]; showStatus: boolean };

const closedStatuses = new Set(['afgerond', 'doorgestuurd', 'geweigerd', 'geannuleerd']);

/** The open loop gets a column per status; the ways it ended share one "Afgesloten" column. */
function toColumns(columns: ReferralBoardColumn[], closedTitle: string, title: (s: string) => string): Column[] {
  const open = columns.filter((c) => !closedStatuses.has(c.status));
  const closed = columns.filter((c) => closedStatuses.has(c.status));
  return [
    ...open.map((c) => ({ key: c.status, title: title(c.status), total: c.total, rows: c.rows, showStatus: false })),
    {
      key: 'afgesloten',
      title: closedTitle,
      total: closed.reduce((n, c) => n + c.total, 0),
      rows: closed
        .flatMap((c) => c.rows)
        .sort((a, b) => b.statusChangedAt.localeCompare(a.statusChangedAt))
        .slice(0, 30),
      showStatus: true,
    },
  ];
}

/** The board: one column per status, cards are links (Tab reaches each, Enter opens it). */
export function ReferralBoard() {
  const { t } = useTranslation();
  const [filters, setFilters] = useState<ReferralFilters>(emptyReferralFilters);
  const board = useApiQuery('referrals.board', { filters: filtersInput({ ...filters, status: '' }), perStatus: 30 });
  return (
    <section aria-label={t('referrals.board.label')} className="referral-board-section">
      <ReferralFilterBar value={filters} onChange={setFilters} hideStatus />
      {!board.data ? (
        <LoadState error={board.error} onRetry={board.reload} />
      ) : (
        <div className="referral-board" data-testid="referral-board">
          {toColumns(board.data.columns, t('referrals.board.closed'), (st) => t(`referrals.status.${st}`)).map((col) => (
            <section
              key={col.key}
              className="referral-column"
              aria-labelledby={`board-${col.key}`}
              data-testid={`board-${col.key}`}
            >
              <h3 id={`board-${col.key}`} className="referral-column-title">
                {col.title} <span className="count-pill">{col.total.toLocaleString('nl-BE')}</span>
              </h3>
              {col.rows.length === 0 ? (
                <p className="muted small">{t('referrals.board.empty')}</p>
              ) : (
                <ul className="referral-cards">
                  {col.rows.map((r) => (
                    <li key={r.id}>
                      <a
                        className={`referral-card${r.overdue ? ' is-overdue' : ''}`}
                        href={hrefFor('doorverwijzingen', r.id)}
                        data-testid="referral-card"
                      >
                        {/* The data is Dutch whatever the interface language: hyphenate it as Dutch. */}
                        <span className="referral-card-title" lang="nl">
                          {r.needTitle}
                        </span>
                        <span className="referral-card-sub" lang="nl">
                          → {r.destinationName}
                        </span>
                        {r.organisationName && (
                          <span className="referral-card-sub muted" lang="nl">
                            {r.organisationName}
                          </span>
                        )}
                        <span className="referral-card-meta">
                          {col.showStatus ? (
                            <ReferralStatusBadge status={r.status} />
                          ) : r.overdue ? (
                            <span className="badge badge-warning">{t('referrals.overdue')}</span>
                          ) : (
                            <span className="muted">{t(`referrals.next.${r.nextStep}`)}</span>
                          )}
                          {r.responseDeadline && <span className="muted">{formatDay(r.responseDeadline)}</span>}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {col.total > col.rows.length && (
                <p className="muted small">{t('referrals.board.more', { count: col.total - col.rows.length })}</p>
              )}
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
