import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralDetail } from '../../../../electron/api/contract';
import { hrefFor } from '../../app/routes';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LetterPanel } from './LetterPanel';
import { ReferralActions } from './ReferralActions';
import { formatDay, ReferralStatusBadge, useOverdueCheck } from './shared';

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={hrefFor('doorverwijzingen')}>
      <span aria-hidden="true">←</span> {t('referrals.detail.back')}
    </a>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

type Part = { key?: unknown; value?: unknown; detail?: unknown };

/** The routing score parts kept with the referral: why this destination was chosen. */
function Why({ suggestion }: { suggestion: Record<string, unknown> | null }) {
  const { t } = useTranslation();
  const parts = Array.isArray(suggestion?.parts) ? (suggestion.parts as Part[]) : [];
  if (!suggestion || parts.length === 0) return null;
  const score = typeof suggestion.score === 'number' ? suggestion.score.toFixed(1) : null;
  const words = Array.isArray(suggestion.matchedWords)
    ? suggestion.matchedWords.filter((w): w is string => typeof w === 'string')
    : [];
  return (
    <section className="panel" aria-labelledby="referral-why" data-testid="referral-why">
      <h2 id="referral-why" className="panel-title">
        {t('referrals.detail.why')}
        {score && <span className="count-pill">{t('referrals.detail.whyScore', { score })}</span>}
      </h2>
      <ul className="referral-why">
        {parts.map((p, i) => (
          <li key={i}>
            <span className="referral-why-value">{typeof p.value === 'number' ? `+${p.value.toFixed(1)}` : ''}</span>
            <span>
              {typeof p.key === 'string' && <strong>{t(`routing.parts.${p.key}`, { defaultValue: p.key })} </strong>}
              {typeof p.detail === 'string' ? <span className="muted">{p.detail}</span> : null}
            </span>
          </li>
        ))}
      </ul>
      {words.length > 0 && (
        <p className="small routing-words">
          <span className="muted">{t('routing.words')}: </span>
          {words.map((w) => (
            <mark key={w} className="routing-word">
              {w}
            </mark>
          ))}
        </p>
      )}
    </section>
  );
}

function Chain({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="referral-chain">
      <div>
        <h2 id="referral-chain" className="panel-title">
          {t('referrals.detail.chain')}
        </h2>
        <p className="muted small">{t('referrals.detail.chainHint')}</p>
      </div>
      <ol className="referral-chain" data-testid="referral-chain">
        {referral.chain.map((link) => (
          <li
            key={link.id}
            style={{ marginInlineStart: `${link.depth * 14}px` }}
            className={link.id === referral.id ? 'is-current' : undefined}
          >
            {link.id === referral.id ? (
              <span className="referral-chain-name">{link.destinationName}</span>
            ) : (
              <a href={hrefFor('doorverwijzingen', link.id)}>{link.destinationName}</a>
            )}
            <span className="referral-chain-meta">
              <span className="muted small">{t(`referrals.kind.${link.destinationKind}`)}</span>
              <ReferralStatusBadge status={link.status} />
              {link.id === referral.id && <span className="muted small">({t('referrals.detail.current')})</span>}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** `#/doorverwijzingen/<id>`: one referral, its chain, its letter and the moves it allows. */
export function ReferralDetailPage({ id }: { id: number }) {
  const { t } = useTranslation();
  useOverdueCheck();
  const query = useApiQuery('referrals.get', { id }, { reportErrors: false });
  const letter = useApiQuery('referrals.letter', { id }, { reportErrors: false });
  const r = query.data;
  if (!r) {
    return (
      <div className="page">
        <PageHeader title={t('referrals.title')} before={<BackLink />} />
        {query.error ? (
          <Alert kind="error">{query.error.code === 'NOT_FOUND' ? t('referrals.detail.notFound') : query.error.message}</Alert>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }
  return (
    <div className="page" data-testid="referral-detail">
      <PageHeader
        title={`${r.needTitle} → ${r.destinationName}`}
        subtitle={r.organisationName ?? undefined}
        before={<BackLink />}
      />
      <section
        className={`panel referral-status-panel${r.overdue ? ' is-overdue' : ''}`}
        aria-label={t('referrals.columns.status')}
      >
        <div className="dossier-status-line">
          <ReferralStatusBadge status={r.status} overdue={r.overdue} />
          <span className="small" data-testid="referral-next">
            <span className="muted">{t('referrals.detail.next')}:</span> {t(`referrals.next.${r.nextStep}`)}
          </span>
          {r.overdue && r.responseDeadline && (
            <span className="small referral-late">{t('referrals.overdueSince', { date: formatDay(r.responseDeadline) })}</span>
          )}
        </div>
        <ReferralActions referral={r} letter={letter.data} />
      </section>
      <div className="dossier-layout">
        <div className="dossier-main">
          <LetterPanel referral={r} letter={letter.data} />
        </div>
        <div className="dossier-side">
          <section className="panel" aria-labelledby="referral-facts">
            <h2 id="referral-facts" className="panel-title">
              {t('referrals.detail.facts')}
            </h2>
            <dl className="referral-facts">
              <Fact label={t('referrals.detail.need')}>
                <a href={hrefFor('dossiers', r.needId)}>{r.needTitle}</a>
              </Fact>
              <Fact label={t('referrals.detail.destination')}>
                {r.destinationName} <span className="muted small">({t(`referrals.kind.${r.destinationKind}`)})</span>
              </Fact>
              {r.collegeName && r.destinationKind === 'expertisegroep' && (
                <Fact label={t('referrals.detail.college')}>{r.collegeName}</Fact>
              )}
              <Fact label={t('referrals.detail.responseDays')}>
                <span data-testid="referral-response-days">
                  {r.responseDaysSetBy
                    ? t('referrals.detail.responseDaysSetBy', { count: r.responseDays, name: r.responseDaysSetBy })
                    : t('referrals.detail.responseDaysDefault', { count: r.responseDays })}
                </span>
              </Fact>
              <Fact label={t('referrals.detail.sentAt')}>{r.sentAt ? formatDate(r.sentAt) : '—'}</Fact>
              <Fact label={t('referrals.detail.deadline')}>
                <span className={r.overdue ? 'referral-late' : undefined} data-testid="referral-deadline">
                  {formatDay(r.responseDeadline)}
                </span>
              </Fact>
              {r.respondedAt && <Fact label={t('referrals.detail.respondedAt')}>{formatDate(r.respondedAt)}</Fact>}
              {r.declineReason && (
                <Fact label={t('referrals.detail.declineReason')}>{t(`referrals.reason.${r.declineReason}`)}</Fact>
              )}
              {r.outcome && (
                <Fact label={t('referrals.detail.outcome')}>
                  <span data-testid="referral-outcome">{t(`referrals.outcome.${r.outcome}`)}</span>
                </Fact>
              )}
              {r.statusNote && <Fact label={t('referrals.detail.statusNote')}>{r.statusNote}</Fact>}
              {r.note && <Fact label={t('referrals.detail.note')}>{r.note}</Fact>}
            </dl>
          </section>
          <Chain referral={r} />
          <Why suggestion={r.suggestion} />
        </div>
      </div>
    </div>
  );
}
