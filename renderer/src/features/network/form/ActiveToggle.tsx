import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useSave } from '../../../components/form/useSave';

type Method =
  | 'network.setCollegeActive'
  | 'network.setGroupActive'
  | 'network.setExpertActive'
  | 'network.setPartnerActive'
  | 'network.setThemeActive';

type Props = {
  method: Method;
  id: number;
  active: boolean;
  name: string;
  texts: { deactivateTitle: string; deactivateText: string };
  small?: boolean;
};

/**
 * Deactivate (after a confirmation) or reactivate. Nothing in the network is deleted: what is
 * referenced elsewhere stays readable, it is only no longer offered for new work.
 */
export function ActiveToggle({ method, id, active, name, texts, small = false }: Props) {
  const { t } = useTranslation();
  const { save, busy } = useSave({ reportErrors: 'all' });
  const [confirming, setConfirming] = useState(false);
  const className = small ? 'button button-small' : 'button';

  async function apply(next: boolean) {
    const result = await save(
      method,
      { id, active: next },
      t(next ? 'networkEdit.form.reactivated' : 'networkEdit.form.deactivated', { name }),
    );
    if (result) setConfirming(false);
  }

  if (!active) {
    return (
      <button type="button" className={className} onClick={() => void apply(true)} disabled={busy} data-testid="reactivate">
        {t('networkEdit.form.reactivate')}
      </button>
    );
  }
  return (
    <>
      <button type="button" className={className} onClick={() => setConfirming(true)} disabled={busy} data-testid="deactivate">
        {t('networkEdit.form.deactivate')}
      </button>
      <ConfirmDialog
        open={confirming}
        title={texts.deactivateTitle}
        confirmLabel={t('networkEdit.form.deactivate')}
        busy={busy}
        onConfirm={() => void apply(false)}
        onCancel={() => setConfirming(false)}
      >
        <p>{texts.deactivateText}</p>
        <p className="muted small">{t('networkEdit.form.deactivateNote')}</p>
      </ConfirmDialog>
    </>
  );
}
