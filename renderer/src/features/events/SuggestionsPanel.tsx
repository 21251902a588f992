import { useTranslation } from 'react-i18next';
import { useSave } from '../../components/form/useSave';
import { useApiQuery } from '../../hooks/useApiQuery';

/** Pairs worth asking: the enterprise's need shares a theme with the academic's expertise group. */
export function SuggestionsPanel({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const { save, busy } = useSave({ reportErrors: 'all' });
  const suggestions = useApiQuery('events.suggestions', { eventId, limit: 50 });
  const rows = suggestions.data ?? [];
  return (
    <section className="panel ev-suggestions" aria-labelledby="ev-suggestions-title" data-testid="suggestions">
      <div className="panel-header">
        <h2 id="ev-suggestions-title" className="panel-title">
          {t('events.meetings.suggestions')}
        </h2>
        <span className="muted small">{t('events.meetings.suggestionsHint')}</span>
      </div>
      {rows.length === 0 ? (
        <p className="muted">{t('events.meetings.noSuggestions')}</p>
      ) : (
        <ul className="ev-suggestion-list">
          {rows.map((s) => {
            const pair = `${s.enterpriseName} – ${s.academicName}`;
            return (
              <li key={`${s.enterpriseId}:${s.academicId}`} className="ev-suggestion">
                <div>
                  <strong>{pair}</strong>
                  <div className="muted small">
                    {s.needTitle} · {s.groupName} · {t('events.meetings.themes', { list: s.sharedThemes.join(', ') })}
                  </div>
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
