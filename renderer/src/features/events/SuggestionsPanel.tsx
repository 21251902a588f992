import { useTranslation } from 'react-i18next';
import type { SuggestionRow } from '../../../../electron/api/contract/events';
import { useSave } from '../../components/form/useSave';
import { useApiQuery } from '../../hooks/useApiQuery';

/** The why of one suggestion: the routing's score parts, or the shared themes when there was no need to score. */
function Why({ s }: { s: SuggestionRow }) {
  const { t } = useTranslation();
  if (s.basis === 'themes') {
    return (
      <span className="ev-why">
        <span className="badge">{t('events.suggest.basisThemes')}</span>{' '}
        <span className="muted small">{t('events.meetings.themes', { list: s.sharedThemes.join(', ') })}</span>
      </span>
    );
  }
  const parts = s.parts.filter((p) => Math.round(p.value) !== 0);
  return (
    <span className="ev-why">
      <span className="ev-score" data-testid="suggestion-score">
        {t('events.suggest.score', { score: Math.round(s.score ?? 0) })}
      </span>
      <span className="ev-score-parts" aria-label={t('events.suggest.why')}>
        {parts.map((p) => (
          <span key={p.key} className="ev-score-part" title={p.detail}>
            {t('events.suggest.partValue', { label: t(`events.suggest.part.${p.key}`), value: Math.round(p.value) })}
          </span>
        ))}
      </span>
    </span>
  );
}

/** Pairs worth asking, ranked by the referral routing's score of the academic's group for the enterprise's need. */
export function SuggestionsPanel({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const { save, busy } = useSave({ reportErrors: 'all' });
  const suggestions = useApiQuery('events.suggestions', { eventId, limit: 50 });
  const rows = suggestions.data ?? [];
  return (
    <section className="panel ev-suggestions" aria-labelledby="ev-suggestions-title" data-testid="suggestions">
      <div className="panel-header">
        <h2 id="ev-suggestions-title" className="panel-title">
          {t('events.suggest.title')}
        </h2>
        <span className="muted small">{t('events.suggest.hint')}</span>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('events.meetings.noSuggestions')}</p>
      ) : (
        <ul className="ev-suggestion-list">
          {rows.map((s) => {
            const pair = `${s.enterpriseName} – ${s.academicName}`;
            const details = s.parts.filter((p) => Math.round(p.value) !== 0).map((p) => p.detail);
            return (
              <li key={`${s.enterpriseId}:${s.academicId}`} className="ev-suggestion" data-testid="suggestion">
                <div className="ev-suggestion-main">
                  <strong>{pair}</strong>
                  <div className="muted small">
                    {s.needTitle || t('events.suggest.noNeed')} · {s.groupName}
                  </div>
                  <Why s={s} />
                  {details.length > 0 && <div className="muted small ev-why-detail">{details.join(' · ')}</div>}
                </div>
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  aria-label={`${t('events.meetings.propose')}: ${pair}`}
                  onClick={() =>
                    void save(
                      'events.createRequest',
                      { eventId, requesterId: s.enterpriseId, targetId: s.academicId, fromSuggestion: true },
                      t('events.meetings.proposed', { pair }),
                    )
                  }
                >
                  {t('events.meetings.propose')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
