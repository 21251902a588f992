import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BuiltReport, ReportKindValue } from '../../../../electron/api/contract/reports';
import { reportKindValues } from '../../../../electron/api/contract/reports';
import { call, isApiError } from '../../api';
import { useNotices } from '../../app/NoticeContext';
import { Field } from '../../components/form/Field';
import { TextField } from '../../components/form/TextField';
import { fieldErrorsOf, type FieldErrors } from '../../components/form/fieldErrors';
import { Spinner } from '../../components/Spinner';
import { TaskProgressBar } from '../../components/TaskProgressBar';
import { useApiQuery } from '../../hooks/useApiQuery';
import { saveFile } from '../../lib/saveFile';
import { brusselsToday, dutchDay, periodPresets, presetPeriod, type PeriodPreset } from './periods';

type Props = { onBuilt: (report: BuiltReport, savedAs: string | null) => void };

/** Choose report, period (preset or custom), scope and pseudonymisation; builds and downloads. */
export function ReportForm({ onBuilt }: Props) {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const today = brusselsToday();
  const [kind, setKind] = useState<ReportKindValue>('vlaio');
  const [preset, setPreset] = useState<PeriodPreset>('lastQuarter');
  const [period, setPeriod] = useState(() => presetPeriod('lastQuarter', today));
  const [eventId, setEventId] = useState('');
  const [pseudonymised, setPseudonymised] = useState(false);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const events = useApiQuery('reports.events', undefined);

  function choosePreset(next: PeriodPreset) {
    setPreset(next);
    if (next !== 'custom') setPeriod(presetPeriod(next, today));
  }

  async function build() {
    setBusy(true);
    setErrors({});
    try {
      const report = await call('reports.build', {
        kind,
        from: period.from,
        to: period.to,
        pseudonymised,
        ...(kind === 'event' && eventId !== '' ? { eventId: Number(eventId) } : {}),
      });
      const saved = await saveFile(report);
      onBuilt(report, saved.saved ? saved.label : null);
    } catch (error) {
      if (isApiError(error) && error.code === 'VALIDATION' && error.details?.issues?.length) setErrors(fieldErrorsOf(error));
      else reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel report-form" aria-labelledby="reports-build">
      <div className="panel-header">
        <div>
          <h2 id="reports-build" className="panel-title">
            {t('reports.buildTitle')}
          </h2>
          <p className="muted small">{t('reports.buildHint')}</p>
        </div>
      </div>
      <form
        className="report-form-body"
        onSubmit={(e) => {
          e.preventDefault();
          void build();
        }}
      >
        <fieldset className="form-fieldset">
          <legend className="field-label">{t('reports.kindLabel')}</legend>
          <div className="report-kinds">
            {reportKindValues.map((k) => (
              <label key={k} className={`report-kind${kind === k ? ' is-selected' : ''}`} data-testid={`report-kind-${k}`}>
                <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                <span>
                  <strong>{t(`reports.kinds.${k}`)}</strong>
                  <span className="muted small">{t(`reports.kindHints.${k}`)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="form-grid report-period">
          <Field label={t('reports.periodLabel')} field="preset">
            {(control) => (
              <select
                {...control}
                className="input select"
                value={preset}
                onChange={(e) => choosePreset(e.target.value as PeriodPreset)}
                data-testid="report-preset"
              >
                {periodPresets.map((p) => (
                  <option key={p} value={p}>
                    {t(`reports.presets.${p}`)}
                    {p === 'custom' ? '' : ` (${dutchDay(presetPeriod(p, today).from)} – ${dutchDay(presetPeriod(p, today).to)})`}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {kind === 'event' ? (
            <Field label={t('reports.scopeLabel')} field="eventId" error={errors.eventId}>
              {(control) => (
                <select
                  {...control}
                  className="input select"
                  value={eventId}
                  onChange={(e) => setEventId(e.target.value)}
                  data-testid="report-event"
                >
                  <option value="">{t('reports.allEvents')}</option>
                  {(events.data ?? []).map((ev) => (
                    <option key={ev.id} value={ev.id}>
                      {ev.name} ({dutchDay(ev.date)})
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ) : (
            <div />
          )}
          <TextField
            label={t('reports.from')}
            type="date"
            name="from"
            value={period.from}
            error={errors.from}
            onChange={(from) => {
              setPreset('custom');
              setPeriod((p) => ({ ...p, from }));
            }}
          />
          <TextField
            label={t('reports.to')}
            type="date"
            name="to"
            value={period.to}
            error={errors.to}
            onChange={(to) => {
              setPreset('custom');
              setPeriod((p) => ({ ...p, to }));
            }}
          />
        </div>
        <label className="report-check">
          <input
            type="checkbox"
            checked={pseudonymised}
            onChange={(e) => setPseudonymised(e.target.checked)}
            data-testid="report-pseudonymised"
          />
          <span>
            {t('reports.pseudonymised')}
            <span className="muted small">{t('reports.pseudonymisedHint')}</span>
          </span>
        </label>
        {busy && (
          <TaskProgressBar progress={null} phaseLabel={() => ''} countLabel={() => null} fallback={t('reports.building')} />
        )}
        <div className="form-footer-actions">
          <button type="submit" className="button button-primary" disabled={busy} aria-busy={busy} data-testid="report-build">
            {busy && <Spinner />}
            {t('reports.build')}
          </button>
        </div>
      </form>
    </section>
  );
}
