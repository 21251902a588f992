import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRow } from '../../../../../electron/api/contract';
import { useNotices } from '../../../app/NoticeContext';
import { TextField } from '../../../components/form/TextField';
import { FormDialog } from '../../../components/form/FormDialog';
import { useSave } from '../../../components/form/useSave';
import { contactName } from '../list/useContactColumns';

type Props = { organisationId: number; contact: ContactRow | null; onClose: () => void };

type ContactForm = {
  firstName: string;
  lastName: string;
  role: string;
  email: string;
  phone: string;
  consentDate: string;
  consentSource: string;
  consentScope: string;
  notes: string;
};

function fromContact(c: ContactRow | null): ContactForm {
  return {
    firstName: c?.firstName ?? '',
    lastName: c?.lastName ?? '',
    role: c?.role ?? '',
    email: c?.email ?? '',
    phone: c?.phoneDisplay ?? '',
    consentDate: c?.consentDate ?? '',
    consentSource: c?.consentSource ?? '',
    consentScope: c?.consentScope ?? '',
    notes: c?.notes ?? '',
  };
}

/** Add or edit a contact in a dialog: Enter saves, Escape cancels. */
export function ContactDialog({ organisationId, contact, onClose }: Props) {
  const { t } = useTranslation();
  const { notifySuccess } = useNotices();
  const { save, busy, errors, error, clearError } = useSave();
  const [form, setForm] = useState<ContactForm>(() => fromContact(contact));

  function set(key: keyof ContactForm, value: string) {
    setForm((f) => ({ ...f, [key]: value }));
    clearError(key);
  }

  async function submit() {
    const result = contact
      ? await save('contacts.update', { id: contact.id, ...form })
      : await save('contacts.create', { organisationId, ...form });
    if (!result) return;
    notifySuccess(t('organisations.contacts.saved', { name: contactName(form) }));
    onClose();
  }

  const field = (
    key: keyof ContactForm,
    label: string,
    extra: { type?: 'email' | 'tel' | 'date'; hint?: string; required?: boolean; multiline?: boolean } = {},
  ) => <TextField label={label} name={key} value={form[key]} onChange={(v) => set(key, v)} error={errors[key]} {...extra} />;

  return (
    <FormDialog
      title={contact ? t('organisations.contacts.dialogEdit') : t('organisations.contacts.dialogNew')}
      busy={busy}
      formError={error?.message ?? null}
      submitLabel={t('organisations.contacts.save')}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="contact-dialog"
      submitTestId="dialog-submit"
    >
      <div className="org-form-grid">
        {field('firstName', t('organisations.contacts.firstName'))}
        {field('lastName', t('organisations.contacts.lastName'), { required: true })}
        {field('role', t('organisations.contacts.role'))}
        {field('email', t('organisations.contacts.email'), { type: 'email' })}
        {field('phone', t('organisations.contacts.phone'), { type: 'tel' })}
      </div>
      <fieldset className="org-fieldset">
        <legend className="field-label">{t('organisations.contacts.consentSection')}</legend>
        <div className="org-form-grid">
          {field('consentDate', t('organisations.contacts.consentDate'), { type: 'date' })}
          {field('consentSource', t('organisations.contacts.consentSource'), {
            hint: t('organisations.contacts.consentSourceHint'),
          })}
          <div className="org-span-2">
            {field('consentScope', t('organisations.contacts.consentScope'), {
              hint: t('organisations.contacts.consentScopeHint'),
            })}
          </div>
        </div>
      </fieldset>
      {field('notes', t('organisations.contacts.notes'), { multiline: true })}
    </FormDialog>
  );
}
