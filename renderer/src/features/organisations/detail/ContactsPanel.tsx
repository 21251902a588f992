import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../../../electron/api/contract';
import { callRaw, toApiError } from '../../../api';
import { useDataVersion } from '../../../app/DataVersion';
import { useNotices } from '../../../app/NoticeContext';
import { formatDate } from '../../../format';
import { contactName } from '../list/useContactColumns';
import { ContactDialog } from './ContactDialog';

type Props = { organisationId: number; contacts: ContactRow[]; editable: boolean };

/** The contacts of one organisation, with add/edit in a dialog and (de)activation. */
export function ContactsPanel({ organisationId, contacts, editable }: Props) {
  const { t } = useTranslation();
  const { reloadAll } = useDataVersion();
  const { notifySuccess, reportError } = useNotices();
  const [editing, setEditing] = useState<ContactRow | 'new' | null>(null);

  async function setActive(contact: ContactRow, active: boolean) {
    try {
      await callRaw('contacts.setActive', { id: contact.id, active });
      reloadAll();
      notifySuccess(
        t(active ? 'organisations.contacts.reactivated' : 'organisations.contacts.deactivated', { name: contactName(contact) }),
      );
    } catch (error) {
      reportError(toApiError(error));
    }
  }

  return (
    <section className="panel" aria-labelledby="organisation-contacts">
      <div className="panel-header">
        <h2 id="organisation-contacts" className="panel-title">
          {t('organisations.contacts.title')} <span className="count-pill">{contacts.length}</span>
        </h2>
        {editable && (
          <button type="button" className="button button-small" onClick={() => setEditing('new')} data-testid="add-contact">
            {t('organisations.contacts.add')}
          </button>
        )}
      </div>
      {contacts.length === 0 ? (
        <p className="muted">{t('organisations.contacts.none')}</p>
      ) : (
        <ul className="org-contact-list">
          {contacts.map((c) => (
            <li key={c.id} className={c.active ? 'org-contact' : 'org-contact is-inactive'} data-testid="contact-item">
              <div className="org-contact-main">
                <span className="org-contact-name">
                  {contactName(c)}
                  {!c.active && <span className="badge">{t('organisations.contacts.inactive')}</span>}
                </span>
                {c.role && <span className="muted">{c.role}</span>}
                <span className="org-contact-meta small">{[c.email, c.phoneDisplay].filter(Boolean).join(' · ')}</span>
                <span className="muted small">
                  {c.consentDate
                    ? [
                        t('organisations.contacts.consentGiven', { date: formatDate(`${c.consentDate}T12:00:00Z`) }),
                        c.consentSource,
                        c.consentScope,
                      ]
                        .filter(Boolean)
                        .join(' · ')
                    : t('organisations.contacts.noConsent')}
                </span>
              </div>
              {editable && (
                <div className="org-contact-actions">
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => setEditing(c)}
                    aria-label={`${t('organisations.contacts.edit')}: ${contactName(c)}`}
                  >
                    {t('organisations.contacts.edit')}
                  </button>
                  <button type="button" className="button button-small" onClick={() => void setActive(c, !c.active)}>
                    {c.active ? t('organisations.contacts.deactivate') : t('organisations.contacts.reactivate')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing !== null && (
        <ContactDialog
          organisationId={organisationId}
          contact={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
    </section>
  );
}
