import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrajectDetail } from '../../../../../electron/api/contract';
import { call } from '../../../api';
import { hrefFor } from '../../../app/routes';
import { Alert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { StatusBadge } from '../shared/StatusBadge';
import { formatCalendarDate, formatEuro } from '../shared/format';
import { useSave } from '../../../components/form/useSave';
import { TrajectForm } from './TrajectForm';

function AddNeed({ trajectId }: { trajectId: number }) {
  const { t } = useTranslation();
  const action = useSave({ reportErrors: 'unlessAtFields' });
  const [text, setText] = useState('');
  const search = useDebouncedValue(text.trim(), 200);
  const needs = useApiQuery('needs.list', {
    search: search || undefined,
    filters: { status: ['intake_gehouden', 'doorverwezen', 'in_traject'] },
    limit: 8,
  });
  return (
    <div className="dossier-subform">
      <label className="field-label" htmlFor="traject-need-search">
        {t('dossiers.traject.needSearch')}
      </label>
      <input id="traject-need-search" type="search" className="input" value={text} onChange={(e) => setText(e.target.value)} />
      <p className="muted small">{t('dossiers.traject.addNeedHint')}</p>
      <ul className="dossier-picker-list">
        {(needs.data?.rows ?? []).map((n) => (
          <li key={n.id}>
            <button
              type="button"
              className="dossier-picker-option"
              disabled={action.busy}
              onClick={() =>
                void action.run(() => call('trajects.addNeed', { trajectId, needId: n.id }), t('dossiers.traject.linked'))
              }
            >
              <span>{n.title}</span>
              <span className="muted small">{n.organisationName ?? t('dossiers.list.collective')}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Facts({ traject }: { traject: TrajectDetail }) {
  const { t, i18n } = useTranslation();
  const f = (label: string, value: string) => ({ label, value: value || '—' });
  const facts = [
    f(t('dossiers.traject.columns.type'), t(`dossiers.traject.types.${traject.type}`)),
    f(t('dossiers.traject.fields.status'), t(`dossiers.traject.statuses.${traject.status}`)),
    f(t('dossiers.traject.fields.colleges'), traject.colleges.map((c) => c.name).join(', ')),
    f(t('dossiers.traject.fields.students'), String(traject.studentsInvolved)),
    f(t('dossiers.traject.fields.fundingSource'), traject.fundingSource),
    f(t('dossiers.traject.fields.fundingAmount'), formatEuro(traject.fundingAmountCents, i18n.language)),
    f(
      t('dossiers.traject.fields.followUpFunding'),
      [
        traject.followUpFunding,
        traject.followUpFundingCents === null ? '' : formatEuro(traject.followUpFundingCents, i18n.language),
      ]
        .filter(Boolean)
        .join(' · '),
    ),
    f(t('dossiers.traject.fields.startDate'), formatCalendarDate(traject.startDate)),
    f(t('dossiers.traject.fields.endDate'), formatCalendarDate(traject.endDate)),
    f(t('dossiers.traject.fields.description'), traject.description),
    f(t('dossiers.traject.fields.outcome'), traject.outcome),
  ];
  return (
    <dl className="facts">
      {facts.map((x) => (
        <div key={x.label} className="fact">
          <dt>{x.label}</dt>
          <dd className="dossier-prose">{x.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** `#/dossiers/trajecten/<id>` */
export function TrajectDetailPage({ trajectId }: { trajectId: number }) {
  const { t } = useTranslation();
  const traject = useApiQuery('trajects.get', { id: trajectId }, { reportErrors: false });
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const back = (
    <a className="back-link" href={hrefFor('dossiers', 'trajecten')}>
      <span aria-hidden="true">←</span> {t('dossiers.traject.back')}
    </a>
  );
  if (!traject.data) {
    return (
      <div className="page">
        <PageHeader title={t('dossiers.traject.listTitle')} before={back} />
        {traject.error ? (
          <Alert kind="error">
            {traject.error.code === 'NOT_FOUND' ? t('dossiers.traject.notFound') : traject.error.message}
          </Alert>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }
  const tr = traject.data;
  const organisations = new Set(tr.needs.map((n) => n.organisationId).filter((id) => id !== null)).size;
  return (
    <div className="page" data-testid="traject-detail">
      <PageHeader
        title={tr.title}
        subtitle={`${t(`dossiers.traject.types.${tr.type}`)} · ${t('dossiers.traject.organisations', { count: organisations })}`}
        before={back}
        actions={
          !editing && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('dossiers.edit')}
            </button>
          )
        }
      />
      <div className="dossier-layout">
        <section className="panel dossier-main" aria-label={t('dossiers.detail.facts')}>
          {editing ? <TrajectForm traject={tr} onDone={() => setEditing(false)} /> : <Facts traject={tr} />}
        </section>
        <section className="panel dossier-side" aria-labelledby="traject-needs">
          <div className="panel-header">
            <h2 id="traject-needs" className="panel-title">
              {t('dossiers.traject.needs')} <span className="count-pill">{tr.needs.length}</span>
            </h2>
            {!adding && (
              <button type="button" className="button button-small" onClick={() => setAdding(true)}>
                {t('dossiers.traject.addNeed')}
              </button>
            )}
          </div>
          {adding && <AddNeed trajectId={tr.id} />}
          {tr.needs.length === 0 ? (
            <p className="muted">{t('dossiers.traject.needsEmpty')}</p>
          ) : (
            <ul className="dossier-list">
              {tr.needs.map((n) => (
                <li key={n.id} className="dossier-traject-need">
                  <a href={hrefFor('dossiers', n.id)}>{n.title}</a>
                  <span className="muted small">{n.organisationName ?? t('dossiers.list.collective')}</span>
                  <StatusBadge status={n.status} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}
