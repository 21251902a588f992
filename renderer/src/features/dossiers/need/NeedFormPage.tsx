import { useTranslation } from 'react-i18next';
import { call } from '../../../api';
import { hrefFor, navigate } from '../../../app/routes';
import { Alert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useSave } from '../../../components/form/useSave';
import { NeedForm, type NeedFormValues } from './NeedForm';

function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <a className="back-link" href={href}>
      <span aria-hidden="true">←</span> {label}
    </a>
  );
}

/** `#/dossiers/nieuw` */
export function NewNeedPage() {
  const { t } = useTranslation();
  const action = useSave({ reportErrors: 'unlessAtFields' });
  async function save(values: NeedFormValues) {
    const created = await action.run(() => call('needs.create', values), t('dossiers.form.created'));
    if (created) navigate(hrefFor('dossiers', created.id));
  }
  return (
    <div className="page dossier-page-narrow">
      <PageHeader
        title={t('dossiers.form.newTitle')}
        before={<BackLink href={hrefFor('dossiers')} label={t('dossiers.back')} />}
      />
      <NeedForm
        busy={action.busy}
        errors={action.errors}
        onSubmit={(v) => void save(v)}
        onCancel={() => navigate(hrefFor('dossiers'))}
      />
    </div>
  );
}

/** `#/dossiers/<id>/bewerken` */
export function EditNeedPage({ needId }: { needId: number }) {
  const { t } = useTranslation();
  const action = useSave({ reportErrors: 'unlessAtFields' });
  const need = useApiQuery('needs.get', { id: needId }, { reportErrors: false });
  const back = hrefFor('dossiers', needId);
  async function save(values: NeedFormValues) {
    const saved = await action.run(() => call('needs.update', { id: needId, ...values }), t('dossiers.saved'));
    if (saved) navigate(back);
  }
  return (
    <div className="page dossier-page-narrow">
      <PageHeader
        title={t('dossiers.form.editTitle')}
        subtitle={need.data?.title}
        before={<BackLink href={back} label={need.data?.title ?? t('dossiers.back')} />}
      />
      {need.data ? (
        <NeedForm
          need={need.data}
          busy={action.busy}
          errors={action.errors}
          onSubmit={(v) => void save(v)}
          onCancel={() => navigate(back)}
        />
      ) : need.error ? (
        <Alert kind="error">{need.error.code === 'NOT_FOUND' ? t('dossiers.notFound') : need.error.message}</Alert>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </div>
  );
}
