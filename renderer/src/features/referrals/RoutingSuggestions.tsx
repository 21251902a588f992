import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RoutingSuggestion } from '../../../../electron/api/contract';
import { Alert } from '../../components/Alert';
import { Spinner } from '../../components/Spinner';
import { useApiQuery } from '../../hooks/useApiQuery';
import { RoutingItem } from './routing-item';

const key = (s: RoutingSuggestion) => `${s.destinationKind}:${s.destinationId}`;
/** Full and inactive destinations come after the available ones (the service orders them so). */
const unavailable = (s: RoutingSuggestion) => s.flags.includes('vol') || s.flags.includes('inactief');

/**
 * Ranked destinations for a need with the why of each (issue 5): the referrals feature shows it on
 * the need's page and turns the chosen suggestion into a referral. Inactive and full destinations
 * are flagged and listed after the available ones, never hidden.
 */
export function RoutingSuggestions({ needId, onChoose }: { needId: number; onChoose: (suggestion: RoutingSuggestion) => void }) {
  const { t } = useTranslation();
  const query = useApiQuery('routing.suggest', { needId, top: 8 }, { reportErrors: false });
  const [chosen, setChosen] = useState<string | null>(null);

  if (query.error && !query.loading) {
    return (
      <div className="routing" data-testid="routing-error">
        <Alert kind="info">{query.error.message}</Alert>
      </div>
    );
  }
  if (!query.data) {
    return (
      <div className="routing routing-loading" data-testid="routing-loading">
        <Spinner label={t('routing.loading')} /> <span className="muted">{t('routing.loading')}</span>
      </div>
    );
  }
  const rows = query.data;
  if (rows.length === 0) {
    return (
      <div className="routing" data-testid="routing-empty">
        <p className="muted">{t('routing.empty')}</p>
      </div>
    );
  }
  return (
    <div className="routing" aria-busy={query.loading}>
      <ol className="routing-list" aria-label={t('routing.listLabel')} data-testid="routing-list">
        {rows.map((s, i) => (
          <Fragment key={key(s)}>
            {i > 0 && unavailable(s) && !unavailable(rows[i - 1]!) && (
              <li className="routing-divider small muted" aria-hidden="true" data-testid="routing-divider">
                {t('routing.unavailable')}
              </li>
            )}
            <RoutingItem
              suggestion={s}
              rank={i + 1}
              openWhy={i === 0}
              chosen={chosen === key(s)}
              onChoose={() => {
                setChosen(key(s));
                onChoose(s);
              }}
            />
          </Fragment>
        ))}
      </ol>
    </div>
  );
}
