import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralStatus } from '../../../../electron/api/contract/referral/lifecycle';
import { callRaw } from '../../api';
import { useDataVersion } from '../../app/DataVersion';

/** The referral's status as a pill; overdue ones carry a second, warning pill. */
export function ReferralStatusBadge({ status, overdue = false }: { status: ReferralStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="referral-badges">
      <span className={`badge referral-status referral-status-${status}`} data-status={status}>
        {t(`referrals.status.${status}`)}
      </span>
      {overdue && (
        <span className="badge badge-warning" data-testid="referral-overdue">
          {t('referrals.overdue')}
        </span>
      )}
    </span>
  );
}

/** `2026-12-10` -> `10/12/2026` (a calendar date, no time zone). */
export function formatDay(date: string | null | undefined): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : date;
}

let checkedAt = 0;

/**
 * Runs the overdue check (sent referrals past their deadline become `verlopen`, with a follow-up
 * task) when a referral view opens, at most once a minute; reloads the views when it changed something.
 */
export function useOverdueCheck(): void {
  const { reloadAll } = useDataVersion();
  useEffect(() => {
    if (Date.now() - checkedAt < 60_000) return;
    checkedAt = Date.now();
    callRaw('referrals.checkOverdue', undefined).then(
      (result) => {
        if ((result as { expired: number }).expired > 0) reloadAll();
      },
      () => undefined, // the views show their own load errors; a failed check is retried next time
    );
  }, [reloadAll]);
}
