import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertDetail, ExpertRole } from '../../../../../electron/api/contract';
import { formatPhone } from '../../../../../electron/api/contract/rules/phone';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { ActiveToggle } from '../form/ActiveToggle';
import { CheckList } from '../form/CheckList';
import { FormDialog } from '../../../components/form/FormDialog';
import { SelectField, TextField } from '../../../components/form/TextField';
import { useSave } from '../../../components/form/useSave';
import { expertRoles, isExpertRole, useColleges } from '../lookups';

type Props = {
  /** Edit this expert; leave out to create one. */
  expertId?: number;
  /** Starting values for a new expert (e.g. added from a group's page). */
  preset?: { collegeId?: number; groupIds?: number[] };
  onClose: () => void;
};

type Draft = {
  firstName: string;
  lastName: string;
  role: ExpertRole;
  title: string;
  email: string;
  phone: string;
  collegeId: number | null;
  groupIds: number[];
  notes: string;
};

function toDraft(e: ExpertDetail): Draft {
  return {
    firstName: e.firstName,
    lastName: e.lastName,
    role: e.role,
    title: e.title,
    email: e.email ?? '',
    // Shown as a Belgian reads it; the server stores E.164 again.
    phone: e.phone ? formatPhone(e.phone) : '',
    collegeId: e.collegeId,
    groupIds: e.groupIds,
    notes: e.notes,
  };
}

/** Create an expert, or load one and edit it. */
export function ExpertFormDialog({ expertId, preset, onClose }: Props) {
  if (expertId !== undefined) return <ExpertLoader id={expertId} onClose={onClose} />;
  const initial: Draft = {
    firstName: '',
    lastName: '',
    role: 'onderzoeker',
    title: '',
    email: '',
    phone: '',
    collegeId: preset?.collegeId ?? null,
    groupIds: preset?.groupIds ?? [],
    notes: '',
  };
  return <ExpertForm expert={undefined} initial={initial} onClose={onClose} />;
}

function ExpertLoader({ id, onClose }: { id: number; onClose: () => void }) {
  const expert = useApiQuery('network.getExpert', { id });
  if (expert.data?.id !== id) return null;
  return <ExpertForm expert={expert.data} initial={toDraft(expert.data)} onClose={onClose} />;
}

function ExpertForm({ expert, initial, onClose }: { expert: ExpertDetail | undefined; initial: Draft; onClose: () => void }) {
  const { t } = useTranslation();
  const colleges = useColleges();
  const groups = useApiQuery('network.listGroups', { sort: { column: 'college', direction: 'asc' }, limit: 500 });
  const { save, busy, errors, formError, clearError } = useSave();
  const [draft, setDraft] = useState<Draft>(initial);

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    clearError(key);
  }

  const fullName = [draft.firstName, draft.lastName].filter(Boolean).join(' ');
  async function submit() {
    const result = expert
      ? await save('network.updateExpert', { ...draft, id: expert.id }, t('networkEdit.expert.saved', { name: fullName }))
      : await save('network.createExpert', draft, t('networkEdit.expert.created', { name: fullName }));
    if (result) onClose();
  }

  // The expert's own college first: that is where their groups usually are.
  const groupOptions = (groups.data?.rows ?? [])
    .map((g) => ({
      id: g.id,
      label: g.name,
      detail: g.collegeShortName,
      inactive: !g.active,
      own: g.collegeId === draft.collegeId,
    }))
    .sort((a, b) => Number(b.own) - Number(a.own));

  return (
    <FormDialog
      title={
        expert
          ? t('networkEdit.expert.editTitle', { name: [expert.firstName, expert.lastName].filter(Boolean).join(' ') })
          : t('networkEdit.expert.newTitle')
      }
      busy={busy}
      formError={formError}
      submitLabel={t('networkEdit.form.save')}
      onSubmit={() => void submit()}
      onClose={onClose}
      wide
      testId="expert-form"
    >
      <div className="form-grid">
        <TextField
          label={t('networkEdit.expert.firstName')}
          name="firstName"
          value={draft.firstName}
          onChange={(v) => set('firstName', v)}
          error={errors.firstName}
        />
        <TextField
          label={t('networkEdit.expert.lastName')}
          name="lastName"
          required
          value={draft.lastName}
          onChange={(v) => set('lastName', v)}
          error={errors.lastName}
        />
        <SelectField
          label={t('networkEdit.expert.role')}
          value={draft.role}
          onChange={(v) => {
            if (isExpertRole(v)) set('role', v);
          }}
          error={errors.role}
          options={expertRoles.map((r) => ({ value: r, label: t(`networkEdit.roles.${r}`) }))}
        />
        <TextField
          label={t('networkEdit.expert.title')}
          value={draft.title}
          onChange={(v) => set('title', v)}
          error={errors.title}
          hint={t('networkEdit.expert.titleHint')}
        />
        <TextField
          label={t('networkEdit.expert.email')}
          name="email"
          type="email"
          value={draft.email}
          onChange={(v) => set('email', v)}
          error={errors.email}
        />
        <TextField
          label={t('networkEdit.expert.phone')}
          name="phone"
          type="tel"
          value={draft.phone}
          onChange={(v) => set('phone', v)}
          error={errors.phone}
          hint={t('networkEdit.expert.phoneHint')}
        />
        <SelectField
          label={t('networkEdit.expert.college')}
          value={draft.collegeId === null ? '' : String(draft.collegeId)}
          onChange={(v) => set('collegeId', v === '' ? null : Number(v))}
          error={errors.collegeId}
          options={[
            { value: '', label: t('networkEdit.form.noChoice') },
            ...colleges
              .filter((c) => c.active || c.id === draft.collegeId)
              .map((c) => ({ value: String(c.id), label: `${c.shortName} · ${c.name}` })),
          ]}
          className="span-2"
        />
        <div className="span-2">
          <CheckList
            legend={t('networkEdit.expert.groups')}
            options={groupOptions}
            selected={draft.groupIds}
            onChange={(ids) => set('groupIds', ids)}
            error={errors.groupIds}
            filterable
            testId="expert-groups"
          />
        </div>
        <TextField
          label={t('networkEdit.form.notes')}
          multiline
          value={draft.notes}
          onChange={(v) => set('notes', v)}
          error={errors.notes}
          className="span-2"
        />
      </div>
      {expert && (
        <div className="form-footer-actions">
          <ActiveToggle
            method="network.setExpertActive"
            id={expert.id}
            active={expert.active}
            name={fullName}
            small
            texts={{
              deactivateTitle: t('networkEdit.expert.deactivateTitle'),
              deactivateText: t('networkEdit.expert.deactivateText', { name: fullName }),
            }}
          />
          {!expert.active && <span className="badge">{t('network.inactive')}</span>}
        </div>
      )}
    </FormDialog>
  );
}
