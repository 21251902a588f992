import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../../app/routes';
import { Alert } from '../../../components/Alert';
import { PageHeader } from '../../../components/PageHeader';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { ActiveToggle } from '../form/ActiveToggle';
import { ExpertFormDialog } from '../experts/ExpertFormDialog';
import { GroupFacts } from './GroupFacts';
import { GroupExperts } from './GroupExperts';
import { GroupFormDialog } from './GroupFormDialog';
import { GroupTrajects } from './GroupTrajects';

/** `#/netwerk/groepen/<id>`: the group, who is in it and what its college is working on. */
export function GroupDetailPage({ groupId }: { groupId: number }) {
  const { t } = useTranslation();
  const group = useApiQuery('network.getGroup', { id: groupId }, { reportErrors: false });
  const [editing, setEditing] = useState(false);
  const [addingExpert, setAddingExpert] = useState(false);
  const [editingExpert, setEditingExpert] = useState<number | null>(null);

  if (!group.data) {
    return (
      <div className="page">
        <PageHeader
          title={t('networkEdit.group.title')}
          before={
            <a className="back-link" href={hrefFor('netwerk', 'groepen')}>
              <span aria-hidden="true">←</span> {t('networkEdit.group.backToList')}
            </a>
          }
        />
        {group.error ? (
          <Alert kind="error">{group.error.code === 'NOT_FOUND' ? t('networkEdit.group.notFound') : group.error.message}</Alert>
        ) : (
          <p className="muted">{t('common.loading')}</p>
        )}
      </div>
    );
  }

  const g = group.data;
  return (
    <div className="page" data-testid="group-detail">
      <PageHeader
        title={g.name}
        subtitle={t('networkEdit.group.subtitle', { college: g.collegeName })}
        before={
          <a className="back-link" href={hrefFor('netwerk', g.collegeId)} data-testid="back-link">
            <span aria-hidden="true">←</span> {t('networkEdit.group.backToCollege', { college: g.collegeShortName })}
          </a>
        }
        actions={
          <>
            {!g.active && <span className="badge">{t('network.inactive')}</span>}
            <ActiveToggle
              method="network.setGroupActive"
              id={g.id}
              active={g.active}
              name={g.name}
              texts={{
                deactivateTitle: t('networkEdit.group.deactivateTitle'),
                deactivateText: t('networkEdit.group.deactivateText', { name: g.name }),
              }}
            />
            <button type="button" className="button button-primary" onClick={() => setEditing(true)} data-testid="group-edit">
              {t('networkEdit.form.edit')}
            </button>
          </>
        }
      />
      {!g.active && <Alert kind="warning">{t('networkEdit.group.inactiveNotice')}</Alert>}
      <div className="detail-layout">
        <GroupFacts group={g} />
        <div className="detail-stack">
          <GroupExperts group={g} onAdd={() => setAddingExpert(true)} onOpen={setEditingExpert} />
          <GroupTrajects group={g} />
        </div>
      </div>
      {editing && <GroupFormDialog group={g} onClose={() => setEditing(false)} />}
      {addingExpert && (
        <ExpertFormDialog preset={{ collegeId: g.collegeId, groupIds: [g.id] }} onClose={() => setAddingExpert(false)} />
      )}
      {editingExpert !== null && <ExpertFormDialog expertId={editingExpert} onClose={() => setEditingExpert(null)} />}
    </div>
  );
}
