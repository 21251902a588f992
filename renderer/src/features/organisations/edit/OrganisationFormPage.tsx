import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate, OrganisationDetail } from '../../../../../electron/api/contract';
import { hrefFor, navigate } from '../../../app/routes';
import { useNotices } from '../../../app/NoticeContext';
import { Alert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { useSave } from '../../../components/form/useSave';
import { emptyForm, formFromDetail, toInput, type OrganisationFormState } from './formState';
import { OrganisationForm } from './OrganisationForm';

function BackLink({ detail }: { detail: OrganisationDetail | null }) {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={detail ? hrefFor('organisaties', detail.id) : hrefFor('organisaties')}>
      <span aria-hidden="true">←</span>{' '}
      {detail ? t('organisations.form.backToDetail', { name: detail.name }) : t('organisations.form.backToList')}
    </a>
  );
}

/** `#/organisaties/nieuw` and `#/organisaties/<id>/bewerken`. */
export function OrganisationFormPage({ organisationId }: { organisationId: number | null }) {
  return organisationId === null ? <FormBody detail={null} /> : <EditLoader id={organisationId} />;
}

function EditLoader({ id }: { id: number }) {
  const { t } = useTranslation();
  const existing = useApiQuery('organisations.get', { id }, { reportErrors: false });
  // Keep the form mounted across reloads after a save: only the first answer fills it.
  if (existing.data) return <FormBody detail={existing.data} />;
  return (
    <div className="page">
      <PageHeader title={t('organisations.title')} before={<BackLink detail={null} />} />
      {existing.error ? (
        <Alert kind="error">
          {existing.error.code === 'NOT_FOUND' ? t('organisations.detail.notFound') : existing.error.message}
        </Alert>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </div>
  );
}

function FormBody({ detail }: { detail: OrganisationDetail | null }) {
  const { t } = useTranslation();
  const { notifySuccess } = useNotices();
  const { save, busy, errors, error, clearError } = useSave();
  const backHref = detail ? hrefFor('organisaties', detail.id) : hrefFor('organisaties');

  async function submit(form: OrganisationFormState, confirmDuplicate: boolean) {
    const input = toInput(form, confirmDuplicate);
    const result = detail
      ? await save('organisations.update', { ...input, id: detail.id })
      : await save('organisations.create', input);
    if (!result) return;
    notifySuccess(t(detail ? 'organisations.form.saved' : 'organisations.form.created', { name: form.name.trim() }));
    navigate(hrefFor('organisaties', result.id));
  }

  const conflict = error?.code === 'CONFLICT' ? ((error.details?.duplicates as DuplicateCandidate[] | undefined) ?? []) : [];
  // A look-alike conflict is explained by the duplicate box itself; everything else goes on top.
  const formError = error && conflict.length === 0 ? error.message : null;

  return (
    <div className="page org-form-page">
      <PageHeader
        title={detail ? t('organisations.form.editTitle', { name: detail.name }) : t('organisations.form.newTitle')}
        before={<BackLink detail={detail} />}
      />
      <OrganisationForm
        initial={detail ? formFromDetail(detail) : emptyForm}
        excludeId={detail?.id ?? null}
        busy={busy}
        errors={errors}
        formError={formError}
        conflict={conflict}
        onSubmit={(form, confirm) => void submit(form, confirm)}
        onCancel={() => navigate(backHref)}
        clearError={clearError}
      />
    </div>
  );
}
