import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../format';
import { useApiQuery } from '../../hooks/useApiQuery';

type Props = { eventId: number | null; onChange: (eventId: number | null) => void };

/** Dossiers only, or an event: then every row also becomes a registration and wishes become requests. */
export function EventTargetChoice({ eventId, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const events = useApiQuery('imports.events', {});
  const options = events.data ?? [];
  return (
    <div className="field import-target" data-testid="import-target">
      <label className="field-label" htmlFor={id}>
        {t('imports.target.title')}
      </label>
      <select
        id={id}
        className="input select"
        value={eventId ?? ''}
        data-testid="import-target-select"
        onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
      >
        <option value="">{t('imports.target.dossiers')}</option>
        {options.map((e) => (
          <option key={e.id} value={e.id}>
            {t('imports.target.event', { name: e.name, date: formatDate(e.date) })}
          </option>
        ))}
      </select>
      <p className="muted small">
        {eventId !== null
          ? t('imports.target.eventHint')
          : events.data && options.length === 0
            ? t('imports.target.noEvents')
            : ''}
      </p>
    </div>
  );
}
