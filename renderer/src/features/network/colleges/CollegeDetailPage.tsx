import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../../app/routes';
import { Alert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { GroupFormDialog } from '../groups/GroupFormDialog';
import { ExpertiseGroupList } from '../groups/ExpertiseGroupList';
import { ActiveToggle } from '../form/ActiveToggle';
import { CollegeFacts } from './CollegeFacts';
import { CollegeFormDialog } from './CollegeFormDialog';
import { VerifyBadge } from '../VerifyBadge';

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="back-link" href={hrefFor('netwerk')} data-testid="back-link">
      <span aria-hidden="true">←</span> {t('college.back')}
    </a>
  );
}

export function CollegeDetailPage({ collegeId }: { collegeId: number }) {
  const { t } = useTranslation();
  const college = useApiQuery('network.getCollege', { id: collegeId }, { reportErrors: false });
  const editable = useApiQuery('network.getCollegeForEdit', { id: collegeId }, { reportErrors: false });
  const [editing, setEditing] = useState(false);
  const [addingGroup, setAddingGroup] = useState(false);

  if (!college.data) {
    return (
      <div className="page">
        <PageHeader title={t('network.title')} before={<BackLink />} />
        {college.error ? (
          <Alert kind="error">{college.error.code === 'NOT_FOUND' ? t('college.notFound') : college.error.message}</Alert>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }

  const c = college.data;
  return (
    <div className="page" data-testid="college-detail">
      <PageHeader
        title={c.name}
        subtitle={[c.shortName, c.city].filter(Boolean).join(' · ')}
        before={<BackLink />}
        actions={
          <>
            <VerifyBadge fields={c.verifyFields} />
            {!c.active && <span className="badge">{t('network.inactive')}</span>}
            <ActiveToggle
              method="network.setCollegeActive"
              id={c.id}
              active={c.active}
              name={c.name}
              texts={{
                deactivateTitle: t('networkEdit.college.deactivateTitle'),
                deactivateText: t('networkEdit.college.deactivateText', { name: c.name }),
              }}
            />
            <button
              type="button"
              className="button button-primary"
              onClick={() => setEditing(true)}
              disabled={!editable.data}
              data-testid="college-edit"
            >
              {t('networkEdit.form.edit')}
            </button>
          </>
        }
      />
      {!c.active && <Alert kind="warning">{t('networkEdit.college.inactiveNotice')}</Alert>}
      <div className="detail-layout">
        <CollegeFacts college={c} />
        <ExpertiseGroupList groups={c.expertiseGroups} onAdd={() => setAddingGroup(true)} />
      </div>
      {editing && editable.data && <CollegeFormDialog college={editable.data} onClose={() => setEditing(false)} />}
      {addingGroup && <GroupFormDialog collegeId={c.id} onClose={() => setAddingGroup(false)} />}
    </div>
  );
}
