import { useTranslation } from 'react-i18next';
import { TimeInput } from './fields';

type Window = { start: string; end: string };
type Props = {
  value: Window[] | null;
  onChange: (value: Window[] | null) => void;
  error?: string | undefined;
  defaultWindow: Window;
};

/** Null = the whole event; otherwise one or more time windows on the day. */
export function AvailabilityEditor({ value, onChange, error, defaultWindow }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className={error ? 'ev-availability span-2 has-error' : 'ev-availability span-2'} data-field="availability">
      <legend className="field-label">{t('events.participants.availability')}</legend>
      <label className="field-inline">
        <input
          type="checkbox"
          checked={value === null}
          onChange={(e) => onChange(e.target.checked ? null : [defaultWindow])}
          data-testid="availability-whole"
        />
        {t('events.participants.wholeEvent')}
      </label>
      {value?.map((w, i) => (
        <div key={i} className="ev-break-row">
          <TimeInput
            label={`${t('events.participants.from')} ${i + 1}`}
            value={w.start}
            onChange={(v) => onChange(value.map((x, j) => (j === i ? { ...x, start: v } : x)))}
            invalid={Boolean(error)}
            testId={`window-${i}-start`}
          />
          <span aria-hidden="true">–</span>
          <TimeInput
            label={`${t('events.participants.until')} ${i + 1}`}
            value={w.end}
            onChange={(v) => onChange(value.map((x, j) => (j === i ? { ...x, end: v } : x)))}
            invalid={Boolean(error)}
            testId={`window-${i}-end`}
          />
          {value.length > 1 && (
            <button
              type="button"
              className="button button-small ev-quiet"
              onClick={() => onChange(value.filter((_, j) => j !== i))}
            >
              {t('events.participants.removeWindow')}
            </button>
          )}
        </div>
      ))}
      {value !== null && (
        <button type="button" className="button button-small ev-add" onClick={() => onChange([...value, defaultWindow])}>
          {t('events.participants.addWindow')}
        </button>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
