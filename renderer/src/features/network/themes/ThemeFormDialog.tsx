import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeRow } from '../../../../../electron/api/contract';
import { FormDialog } from '../../../components/form/FormDialog';
import { TextField } from '../../../components/form/TextField';
import { useSave } from '../../../components/form/useSave';

export function ThemeFormDialog({ theme, onClose }: { theme?: ThemeRow | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { save, busy, errors, formError, clearError } = useSave();
  const [nameNl, setNameNl] = useState(theme?.nameNl ?? '');
  const [nameEn, setNameEn] = useState(theme?.nameEn ?? '');

  async function submit() {
    const result = theme
      ? await save('network.updateTheme', { id: theme.id, nameNl, nameEn }, t('networkEdit.theme.saved', { name: nameNl }))
      : await save('network.createTheme', { nameNl, nameEn }, t('networkEdit.theme.created', { name: nameNl }));
    if (result) onClose();
  }

  return (
    <FormDialog
      title={theme ? t('networkEdit.theme.editTitle') : t('networkEdit.theme.newTitle')}
      busy={busy}
      formError={formError}
      submitLabel={t('networkEdit.form.save')}
      onSubmit={() => void submit()}
      onClose={onClose}
      testId="theme-form"
    >
      <div className="form-grid form-grid-single">
        <TextField
          label={t('networkEdit.theme.nameNl')}
          required
          value={nameNl}
          onChange={(v) => {
            setNameNl(v);
            clearError('nameNl');
          }}
          error={errors.nameNl}
        />
        <TextField
          label={t('networkEdit.theme.nameEn')}
          required
          value={nameEn}
          onChange={(v) => {
            setNameEn(v);
            clearError('nameEn');
          }}
          error={errors.nameEn}
        />
      </div>
    </FormDialog>
  );
}
