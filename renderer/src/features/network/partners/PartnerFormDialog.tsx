import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PartnerDetail, PartnerKindValue, VerifiableField } from '../../../../../electron/api/contract';
import { formatPhone } from '../../../../../electron/api/contract/rules/phone';
import { useApiQuery } from '../../../hooks/useApiQuery';
import { VerifyCheck } from '../colleges/VerifyCheck';
import { CheckList } from '../form/CheckList';
import { FormDialog } from '../../../components/form/FormDialog';
import { SelectField, TextField } from '../../../components/form/TextField';
import { ResponseDaysField, responseDaysDraft } from '../form/ResponseDaysField';
import { useSave } from '../../../components/form/useSave';
import { isPartnerKind, partnerKinds, useColleges, useProvinces, useThemes } from '../lookups';
import { PartnerStatus } from './PartnerStatus';

type Draft = Omit<PartnerDetail, 'id' | 'active' | 'verifyFields' | 'collegesDerived' | 'email' | 'phone' | 'responseDays'> & {
  email: string;
  phone: string;
  responseDays: string;
};

type Props = { partnerId?: number; kind?: PartnerKindValue; onClose: () => void };

/** Create a partner of any kind, or load one and edit it. */
export function PartnerFormDialog({ partnerId, kind = 'bedrijf', onClose }: Props) {
  if (partnerId !== undefined) return <PartnerLoader id={partnerId} onClose={onClose} />;
  const initial: Draft = {
    kind,
    name: '',
    shortName: '',
    city: '',
    provinceCode: null,
    website: '',
    sector: '',
    contactName: '',
    email: '',
    phone: '',
    notes: '',
    responseDays: '',
    themeIds: [],
    collegeIds: [],
  };
  return <PartnerForm partner={undefined} initial={initial} onClose={onClose} />;
}

function PartnerLoader({ id, onClose }: { id: number; onClose: () => void }) {
  const partner = useApiQuery('network.getPartner', { id });
  const p = partner.data;
  if (p?.id !== id) return null;
  const { id: _id, active: _active, verifyFields: _verify, collegesDerived: _derived, email, phone, responseDays, ...rest } = p;
  return (
    <PartnerForm
      partner={p}
      initial={{
        ...rest,
        email: email ?? '',
        phone: phone ? formatPhone(phone) : '',
        responseDays: responseDaysDraft(responseDays),
      }}
      onClose={onClose}
    />
  );
}

function PartnerForm({ partner, initial, onClose }: { partner: PartnerDetail | undefined; initial: Draft; onClose: () => void }) {
  const { t } = useTranslation();
  const provinces = useProvinces();
  const colleges = useColleges();
  const { themes, themeName } = useThemes();
  const { save, busy, errors, formError, clearError } = useSave();
  const [draft, setDraft] = useState<Draft>(initial);
  const [toCheck, setToCheck] = useState<string[]>(partner?.verifyFields ?? []);
  const k = draft.kind;

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    clearError(key);
  }
  const check = (field: VerifiableField) =>
    partner?.verifyFields.includes(field) ? (
      <VerifyCheck
        checked={!toCheck.includes(field)}
        onChange={(ok) => setToCheck((l) => (ok ? l.filter((f) => f !== field) : [...l, field]))}
      />
    ) : undefined;

  const label = draft.kind === 'vlaio' ? draft.contactName : draft.name;
  async function submit() {
    const payload = { ...draft, provinceCode: draft.provinceCode ?? '' };
    const result = partner
      ? await save(
          'network.updatePartner',
          { ...payload, id: partner.id, verifyFields: toCheck as VerifiableField[] },
          t('networkEdit.partner.saved', { name: label }),
        )
      : await save('network.createPartner', payload, t('networkEdit.partner.created', { name: label }));
    if (result) onClose();
  }

  const provinceSelect = (
    <SelectField
      label={k === 'vlaio' ? t('networkEdit.partner.region') : t('college.province')}
      value={draft.provinceCode ?? ''}
      onChange={(v) => set('provinceCode', v === '' ? null : v)}
      error={errors.provinceCode}
      aside={check('province')}
      options={[
        { value: '', label: t('networkEdit.form.noChoice') },
        ...provinces.map((p) => ({ value: p.code, label: p.name })),
      ]}
    />
  );

  return (
    <FormDialog
      title={partner ? t('networkEdit.partner.editTitle', { name: label }) : t('networkEdit.partner.newTitle')}
      busy={busy}
      formError={formError}
      submitLabel={t('networkEdit.form.save')}
      onSubmit={() => void submit()}
      onClose={onClose}
      wide
      testId="partner-form"
    >
      <div className="form-grid">
        <SelectField
          label={t('networkEdit.partner.kind')}
          value={k}
          onChange={(v) => {
            if (isPartnerKind(v)) set('kind', v);
          }}
          error={errors.kind}
          options={partnerKinds.map((kind) => ({ value: kind, label: t(`networkEdit.kinds.${kind}`) }))}
          hint={partner ? undefined : t(`networkEdit.partner.kindHint.${k}`)}
          className="span-2"
        />
        {k === 'vlaio' ? (
          <>
            <TextField
              label={t('networkEdit.partner.advisorName')}
              required
              value={draft.contactName}
              onChange={(v) => set('contactName', v)}
              error={errors.contactName}
            />
            <TextField
              label={t('networkEdit.partner.organisation')}
              value={draft.name}
              onChange={(v) => set('name', v)}
              error={errors.name}
              hint={t('networkEdit.partner.vlaioDefault')}
            />
          </>
        ) : (
          <>
            <TextField
              label={t('college.name')}
              required
              value={draft.name}
              onChange={(v) => set('name', v)}
              error={errors.name}
              aside={check('name')}
            />
            <TextField
              label={t('college.shortName')}
              value={draft.shortName}
              onChange={(v) => set('shortName', v)}
              error={errors.shortName}
              aside={check('shortName')}
            />
          </>
        )}
        {k !== 'vlaio' && (
          <TextField
            label={t('college.website')}
            type="url"
            value={draft.website}
            onChange={(v) => set('website', v)}
            error={errors.website}
            aside={check('website')}
          />
        )}
        {(k === 'bedrijf' || k === 'federatie') && (
          <TextField
            label={t('networkEdit.partner.sector')}
            value={draft.sector}
            onChange={(v) => set('sector', v)}
            error={errors.sector}
          />
        )}
        {k !== 'vlaio' && (
          <TextField
            label={t('college.city')}
            value={draft.city}
            onChange={(v) => set('city', v)}
            error={errors.city}
            aside={check('city')}
          />
        )}
        {provinceSelect}
        {(k === 'bedrijf' || k === 'federatie') && (
          <TextField
            label={t('networkEdit.partner.contactName')}
            value={draft.contactName}
            onChange={(v) => set('contactName', v)}
            error={errors.contactName}
          />
        )}
        {k !== 'universiteit' && (
          <>
            <TextField
              label={t('networkEdit.expert.email')}
              type="email"
              value={draft.email}
              onChange={(v) => set('email', v)}
              error={errors.email}
            />
            <TextField
              label={t('networkEdit.expert.phone')}
              type="tel"
              value={draft.phone}
              onChange={(v) => set('phone', v)}
              error={errors.phone}
              hint={t('networkEdit.expert.phoneHint')}
            />
          </>
        )}
        {k === 'bedrijf' && (
          <div className="span-2">
            <CheckList
              legend={t('networkEdit.group.themes')}
              options={themes.map((th) => ({ id: th.id, label: themeName(th), inactive: !th.active }))}
              selected={draft.themeIds}
              onChange={(ids) => set('themeIds', ids)}
              error={errors.themeIds}
            />
          </div>
        )}
        {k === 'universiteit' && (
          <div className="span-2">
            <CheckList
              legend={t('networkEdit.partner.colleges')}
              options={colleges.map((c) => ({
                id: c.id,
                label: c.name,
                detail: c.association || undefined,
                inactive: !c.active,
              }))}
              selected={draft.collegeIds}
              onChange={(ids) => set('collegeIds', ids)}
              error={errors.collegeIds}
              hint={partner?.collegesDerived ? t('networkEdit.partner.collegesDerived') : undefined}
            />
          </div>
        )}
        {(k === 'universiteit' || k === 'bedrijf') && (
          <ResponseDaysField value={draft.responseDays} onChange={(v) => set('responseDays', v)} error={errors.responseDays} />
        )}
        <TextField
          label={t('networkEdit.form.notes')}
          multiline
          value={draft.notes}
          onChange={(v) => set('notes', v)}
          error={errors.notes}
          className="span-2"
        />
      </div>
      {partner && <PartnerStatus partner={partner} name={label} />}
    </FormDialog>
  );
}
