import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../../electron/api/contract/rules/phone';
import type { GroupDetail } from '../../../../../electron/api/contract';

type Props = { group: GroupDetail; onAdd: () => void; onOpen: (expertId: number) => void };

export function GroupExperts({ group, onAdd, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby="group-experts">
      <div className="panel-header">
        <h2 id="group-experts" className="panel-title">
          {t('networkEdit.group.experts')}
          <span className="count-pill">{group.experts.filter((e) => e.active).length}</span>
        </h2>
        <button type="button" className="button button-small" onClick={onAdd} data-testid="group-add-expert">
          {t('networkEdit.expert.add')}
        </button>
      </div>
      {group.experts.length === 0 ? (
        <p className="muted">{t('networkEdit.group.noExperts')}</p>
      ) : (
        <table className="simple-table" data-testid="group-experts">
          <thead>
            <tr>
              <th scope="col">{t('networkEdit.expert.name')}</th>
              <th scope="col">{t('networkEdit.expert.role')}</th>
              <th scope="col">{t('networkEdit.expert.email')}</th>
              <th scope="col">{t('networkEdit.expert.phone')}</th>
            </tr>
          </thead>
          <tbody>
            {group.experts.map((e) => (
              <tr key={e.id} className={e.active ? undefined : 'is-inactive'} data-testid="group-expert-row">
                <td>
                  <button type="button" className="link-button" onClick={() => onOpen(e.id)}>
                    {[e.firstName, e.lastName].filter(Boolean).join(' ')}
                  </button>
                  {e.id === group.contactExpertId && (
                    <span className="badge badge-neutral inline-badge">{t('networkEdit.group.contactBadge')}</span>
                  )}
                  {!e.active && <span className="badge inline-badge">{t('network.inactive')}</span>}
                </td>
                <td>{e.title || t(`networkEdit.roles.${e.role}`)}</td>
                <td className="break-all">{e.email ?? '—'}</td>
                <td className="nowrap">{e.phone ? formatPhone(e.phone) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
