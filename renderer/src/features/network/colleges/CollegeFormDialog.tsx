import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollegeEditable, VerifiableField } from '../../../../../electron/api/contract';
import { FormDialog } from '../../../components/form/FormDialog';
import { SelectField, TextField } from '../../../components/form/TextField';
import { ResponseDaysField, responseDaysDraft } from '../form/ResponseDaysField';
import { useSave } from '../../../components/form/useSave';
import { useProvinces } from '../lookups';
import { VerifyCheck } from './VerifyCheck';

type Props = {
  /** Leave out to create a new college. */
  college?: CollegeEditable;
  onClose: (savedId?: number) => void;
};

type Draft = Omit<CollegeEditable, 'id' | 'active' | 'verifyFields' | 'responseDays'> & { responseDays: string };

const empty: Draft = {
  name: '',
  shortName: '',
  city: '',
  provinceCode: null,
  website: '',
  association: '',
  notes: '',
  responseDays: '',
};

/** Create or edit a hogeschool; flags "te controleren" can be cleared one field at a time. */
export function CollegeFormDialog({ college, onClose }: Props) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  const { save, busy, errors, formError, clearError } = useSave();
  // Only the editable fields: the update input is strict and refuses id/active/verifyFields here.
  const [draft, setDraft] = useState<Draft>(() => {
    if (!college) return empty;
    const { name, shortName, city, provinceCode, website, association, notes } = college;
    return {
      name,
      shortName,
      city,
      provinceCode,
      website,
      association,
      notes,
      responseDays: responseDaysDraft(college.responseDays),
    };
  });
  const [toCheck, setToCheck] = useState<string[]>(college?.verifyFields ?? []);

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    clearError(key);
  }

  const check = (field: VerifiableField) =>
    toCheck.includes(field) || college?.verifyFields.includes(field) ? (
      <VerifyCheck
        checked={!toCheck.includes(field)}
        onChange={(checked) => setToCheck((list) => (checked ? list.filter((f) => f !== field) : [...list, field]))}
      />
    ) : undefined;

  async function submit() {
    const payload = { ...draft, provinceCode: draft.provinceCode ?? '' };
    const result = college
      ? await save(
          'network.updateCollege',
          { ...payload, id: college.id, verifyFields: toCheck as VerifiableField[] },
          t('networkEdit.college.saved', { name: draft.name }),
        )
      : await save('network.createCollege', payload, t('networkEdit.college.created', { name: draft.name }));
    if (result) onClose(result.id);
  }

  return (
    <FormDialog
      title={college ? t('networkEdit.college.editTitle', { name: college.name }) : t('networkEdit.college.newTitle')}
      busy={busy}
      formError={formError}
      submitLabel={t('networkEdit.form.save')}
      onSubmit={() => void submit()}
      onClose={() => onClose()}
      wide
      testId="college-form"
    >
      <div className="form-grid">
        <TextField
          label={t('college.name')}
          required
          value={draft.name}
          onChange={(v) => set('name', v)}
          error={errors.name}
          aside={check('name')}
          className="span-2"
        />
        <TextField
          label={t('college.shortName')}
          required
          value={draft.shortName}
          onChange={(v) => set('shortName', v)}
          error={errors.shortName}
          aside={check('shortName')}
        />
        <TextField
          label={t('college.association')}
          value={draft.association}
          onChange={(v) => set('association', v)}
          error={errors.association}
          aside={check('association')}
          hint={t('networkEdit.college.associationHint')}
        />
        <TextField
          label={t('college.city')}
          value={draft.city}
          onChange={(v) => set('city', v)}
          error={errors.city}
          aside={check('city')}
        />
        <SelectField
          label={t('college.province')}
          value={draft.provinceCode ?? ''}
          onChange={(v) => set('provinceCode', v === '' ? null : v)}
          error={errors.provinceCode}
          aside={check('province')}
          options={[
            { value: '', label: t('networkEdit.form.noChoice') },
            ...provinces.map((p) => ({ value: p.code, label: p.name })),
          ]}
        />
        <TextField
          label={t('college.website')}
          type="url"
          value={draft.website}
          onChange={(v) => set('website', v)}
          error={errors.website}
          aside={check('website')}
          className="span-2"
        />
        <ResponseDaysField value={draft.responseDays} onChange={(v) => set('responseDays', v)} error={errors.responseDays} />
        <TextField
          label={t('networkEdit.form.notes')}
          multiline
          value={draft.notes}
          onChange={(v) => set('notes', v)}
          error={errors.notes}
          className="span-2"
        />
      </div>
      {(college?.verifyFields.includes('expertiseGroups') ?? false) && (
        <label className="checklist-item verify-groups">
          <input
            type="checkbox"
            checked={!toCheck.includes('expertiseGroups')}
            onChange={(e) =>
              setToCheck((list) =>
                e.target.checked ? list.filter((f) => f !== 'expertiseGroups') : [...list, 'expertiseGroups'],
              )
            }
          />
          {t('networkEdit.college.groupsChecked')}
        </label>
      )}
    </FormDialog>
  );
}
