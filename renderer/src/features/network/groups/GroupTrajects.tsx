import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '../../../../../electron/api/contract';
import { Alert } from '../../../components/Alert';
import { formatDate } from '../../../format';

/**
 * What the group is working on. Referrals to a group come with the referrals feature; until then
 * this shows, read-only, the trajects its college takes part in, and says so.
 */
export function GroupTrajects({ group }: { group: GroupDetail }) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="group-trajects">
      <h2 id="group-trajects" className="panel-title">
        {t('networkEdit.group.work')}
        <span className="count-pill">{group.collegeTrajects.length}</span>
      </h2>
      <Alert kind="info">{t('networkEdit.group.workNote', { college: group.collegeShortName })}</Alert>
      {group.collegeTrajects.length === 0 ? (
        <p className="muted" data-testid="group-no-trajects">
          {t('networkEdit.group.noTrajects', { college: group.collegeShortName })}
        </p>
      ) : (
        <table className="simple-table" data-testid="group-trajects">
          <thead>
            <tr>
              <th scope="col">{t('networkEdit.traject.title')}</th>
              <th scope="col">{t('networkEdit.traject.type')}</th>
              <th scope="col">{t('networkEdit.traject.status')}</th>
              <th scope="col">{t('networkEdit.traject.start')}</th>
              <th scope="col" className="align-end">
                {t('networkEdit.traject.needs')}
              </th>
            </tr>
          </thead>
          <tbody>
            {group.collegeTrajects.map((tr) => (
              <tr key={tr.id}>
                <td>{tr.title}</td>
                <td>{tr.type}</td>
                <td>{tr.status}</td>
                <td className="nowrap">{tr.startDate ? formatDate(`${tr.startDate}T12:00:00Z`) : '—'}</td>
                <td className="align-end">{tr.needCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
