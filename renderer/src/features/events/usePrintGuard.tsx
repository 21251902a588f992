import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrintImpact } from '../../../../electron/api/contract/events';
import { call, toApiError } from '../../api';
import { useNotices } from '../../app/NoticeContext';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { formatDateTime } from '../../format';

export type GuardKind = 'move' | 'cancel' | 'unschedule';

type Pending = { impact: PrintImpact; kind: GuardKind; pair: string };

/**
 * Before a manual change that moves or cancels a meeting that was on the last printed agenda:
 * say who must be told and ask to confirm. `check` resolves true when the change may go ahead
 * (nothing printed, not on the print, back to its printed place, or confirmed).
 */
export function usePrintGuard(): {
  check: (meetingId: number, to: [number, number] | null, kind: GuardKind, pair: string) => Promise<boolean>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const { reportError } = useNotices();
  const [pending, setPending] = useState<Pending | null>(null);
  const resolver = useRef<((ok: boolean) => void) | null>(null);

  const check = useCallback(
    async (meetingId: number, to: [number, number] | null, kind: GuardKind, pair: string) => {
      let impact: PrintImpact;
      try {
        impact = await call('events.printImpact', { id: meetingId, slotIndex: to?.[0] ?? null, tableNumber: to?.[1] ?? null });
      } catch (caught) {
        reportError(new Error(t('events.notify.failed', { message: toApiError(caught).message })));
        return false;
      }
      if (impact.notify.length === 0) return true;
      return new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        setPending({ impact, kind, pair });
      });
    },
    [reportError, t],
  );

  const finish = (ok: boolean) => {
    resolver.current?.(ok);
    resolver.current = null;
    setPending(null);
  };

  const place = pending?.impact.printedPlace;
  const confirmLabel = {
    move: t('events.notify.confirmMove'),
    cancel: t('events.notify.confirmCancel'),
    unschedule: t('events.notify.confirmUnschedule'),
  };
  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title={pending?.kind === 'move' ? t('events.notify.moveTitle') : t('events.notify.cancelTitle')}
      confirmLabel={confirmLabel[pending?.kind ?? 'move']}
      onCancel={() => finish(false)}
      onConfirm={() => finish(true)}
    >
      {pending && (
        <div data-testid="print-guard">
          <p>
            {t('events.notify.body', {
              pair: pending.pair,
              time: place?.start ?? '',
              table: place?.tableNumber ?? '',
              when: pending.impact.printedAt ? formatDateTime(pending.impact.printedAt) : '',
            })}
          </p>
          <p className="ev-notify-who">{t('events.notify.who')}</p>
          <ul className="ev-notify-list" data-testid="print-guard-notify">
            {pending.impact.notify.map((n) => (
              <li key={n.participantId}>{n.displayName}</li>
            ))}
          </ul>
        </div>
      )}
    </ConfirmDialog>
  );
  return { check, dialog };
}
