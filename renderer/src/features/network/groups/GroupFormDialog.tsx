import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Capacity, GroupDetail } from '../../../../../electron/api/contract';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { CheckList } from '../form/CheckList';
import { ChipsInput } from '../form/ChipsInput';
import { ResponseDaysField, responseDaysDraft } from '../form/ResponseDaysField';
import { FormDialog } from '../../../components/form/FormDialog';
import { SelectField, TextField } from '../../../components/form/TextField';
import { useSave } from '../../../components/form/useSave';
import { capacities, isCapacity, useColleges, useThemes } from '../lookups';

type Props = {
  /** Leave out to create a group (under `collegeId`). */
  group?: GroupDetail;
  collegeId?: number;
  onClose: (savedId?: number) => void;
};

type Draft = {
  collegeId: number;
  name: string;
  description: string;
  themeIds: number[];
  keywords: string[];
  contactExpertId: number | null;
  capacity: Capacity;
  capacityNote: string;
  sourceUrl: string;
  responseDays: string;
};

function initial(group: GroupDetail | undefined, collegeId: number | undefined): Draft {
  if (group) {
    const { collegeId: cid, name, description, themeIds, keywords, contactExpertId, capacity, capacityNote, sourceUrl } = group;
    const responseDays = responseDaysDraft(group.responseDays);
    return {
      collegeId: cid,
      name,
      description,
      themeIds,
      keywords,
      contactExpertId,
      capacity,
      capacityNote,
      sourceUrl,
      responseDays,
    };
  }
  return {
    collegeId: collegeId ?? 0,
    name: '',
    description: '',
    themeIds: [],
    keywords: [],
    contactExpertId: null,
    capacity: 'open',
    capacityNote: '',
    sourceUrl: '',
    responseDays: '',
  };
}

/** Create or edit an expertise group (expertisegroep / kenniscentrum). */
export function GroupFormDialog({ group, collegeId, onClose }: Props) {
  const { t } = useTranslation();
  const colleges = useColleges();
  const { themes, themeName } = useThemes();
  const { save, busy, errors, formError, clearError } = useSave();
  const [draft, setDraft] = useState<Draft>(() => initial(group, collegeId));
  const candidates = useApiQuery('network.listExperts', {
    filters: { collegeId: draft.collegeId > 0 ? draft.collegeId : undefined },
    sort: { column: 'name', direction: 'asc' },
    limit: 500,
  });

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    clearError(key);
  }

  async function submit() {
    const result = group
      ? await save('network.updateGroup', { ...draft, id: group.id }, t('networkEdit.group.saved', { name: draft.name }))
      : await save('network.createGroup', draft, t('networkEdit.group.created', { name: draft.name }));
    if (result) onClose(result.id);
  }

  const contactOptions = (candidates.data?.rows ?? [])
    .filter((e) => e.active || e.id === draft.contactExpertId)
    .map((e) => ({ value: String(e.id), label: [e.firstName, e.lastName].filter(Boolean).join(' ') }));

  return (
    <FormDialog
      title={group ? t('networkEdit.group.editTitle', { name: group.name }) : t('networkEdit.group.newTitle')}
      busy={busy}
      formError={formError}
      submitLabel={t('networkEdit.form.save')}
      onSubmit={() => void submit()}
      onClose={() => onClose()}
      wide
      testId="group-form"
    >
      <div className="form-grid">
        <TextField
          label={t('networkEdit.group.name')}
          required
          value={draft.name}
          onChange={(v) => set('name', v)}
          error={errors.name}
          className="span-2"
        />
        <SelectField
          label={t('networkEdit.group.college')}
          required
          value={String(draft.collegeId)}
          onChange={(v) => set('collegeId', Number(v))}
          error={errors.collegeId}
          options={[
            { value: '0', label: t('networkEdit.form.choose') },
            ...colleges
              .filter((c) => c.active || c.id === draft.collegeId)
              .map((c) => ({ value: String(c.id), label: `${c.shortName} · ${c.name}` })),
          ]}
        />
        <SelectField
          label={t('networkEdit.group.contact')}
          value={draft.contactExpertId === null ? '' : String(draft.contactExpertId)}
          onChange={(v) => set('contactExpertId', v === '' ? null : Number(v))}
          error={errors.contactExpertId}
          hint={contactOptions.length === 0 ? t('networkEdit.group.contactHint') : undefined}
          options={[{ value: '', label: t('networkEdit.form.noChoice') }, ...contactOptions]}
        />
        <TextField
          label={t('networkEdit.group.description')}
          multiline
          value={draft.description}
          onChange={(v) => set('description', v)}
          error={errors.description}
          className="span-2"
        />
        <SelectField
          label={t('networkEdit.group.capacity')}
          value={draft.capacity}
          onChange={(v) => {
            if (isCapacity(v)) set('capacity', v);
          }}
          error={errors.capacity}
          options={capacities.map((c) => ({ value: c, label: t(`networkEdit.capacity.${c}`) }))}
        />
        <TextField
          label={t('networkEdit.group.capacityNote')}
          value={draft.capacityNote}
          onChange={(v) => set('capacityNote', v)}
          error={errors.capacityNote}
          hint={t('networkEdit.group.capacityNoteHint')}
        />
        <ResponseDaysField
          value={draft.responseDays}
          onChange={(v) => set('responseDays', v)}
          error={errors.responseDays}
          group
        />
        <div className="span-2">
          <CheckList
            legend={t('networkEdit.group.themes')}
            options={themes.map((th) => ({ id: th.id, label: themeName(th), inactive: !th.active }))}
            selected={draft.themeIds}
            onChange={(ids) => set('themeIds', ids)}
            error={errors.themeIds}
            testId="group-themes"
          />
        </div>
        <div className="span-2">
          <ChipsInput
            label={t('networkEdit.group.keywords')}
            values={draft.keywords}
            onChange={(v) => set('keywords', v)}
            error={errors.keywords}
          />
        </div>
        <TextField
          label={t('networkEdit.group.sourceUrl')}
          value={draft.sourceUrl}
          onChange={(v) => set('sourceUrl', v)}
          error={errors.sourceUrl}
          className="span-2"
        />
      </div>
    </FormDialog>
  );
}
