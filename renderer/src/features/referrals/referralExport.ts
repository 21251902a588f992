import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  referralDeclineReasonValues,
  referralDestinationKindValues,
  referralOutcomeValues,
  referralStatusValues,
} from '../../../../electron/api/contract/referral/lifecycle';
import { exportLabels, type ExportableColumn, type TableExportSource } from '../../components/tableExportColumns';

/** What the referrals table's `<TableExportMenu>` needs: the list call as made now and the columns. */
export type ReferralTableExport = { source: TableExportSource; columns: ExportableColumn[] };

/**
 * The export writes what the table shows plus what it folds into one cell (organisation, kind,
 * college) or only shows on the referral page (answer date, reason, outcome), each its own column
 * so Excel can filter and count them.
 */
export function useReferralExport(input: Record<string, unknown>): ReferralTableExport {
  const { t } = useTranslation();
  return useMemo(() => {
    const col = (id: string, label: string, exportAs: ExportableColumn['exportAs']): ExportableColumn => ({
      id,
      label,
      exportAs,
    });
    return {
      source: { method: 'referrals.list', input, fileName: t('tableExport.fileNames.referrals') },
      columns: [
        col('id', t('referrals.export.number'), { key: 'id', type: 'number' }),
        col('needTitle', t('referrals.columns.needTitle'), { key: 'needTitle' }),
        col('organisation', t('referrals.detail.organisation'), { key: 'organisationName' }),
        col('destinationName', t('referrals.columns.destinationName'), { key: 'destinationName' }),
        col('kind', t('referrals.filters.kind'), {
          key: 'destinationKind',
          labels: exportLabels(referralDestinationKindValues, (v) => t(`referrals.kind.${v}`)),
        }),
        col('college', t('referrals.detail.college'), { key: 'collegeName' }),
        col('status', t('referrals.columns.status'), {
          key: 'status',
          labels: exportLabels(referralStatusValues, (v) => t(`referrals.status.${v}`)),
        }),
        col('overdue', t('referrals.overdue'), { key: 'overdue', type: 'boolean' }),
        col('sentAt', t('referrals.columns.sentAt'), { key: 'sentAt', type: 'instantDate' }),
        col('responseDeadline', t('referrals.columns.responseDeadline'), { key: 'responseDeadline', type: 'date' }),
        col('respondedAt', t('referrals.detail.respondedAt'), { key: 'respondedAt', type: 'instantDate' }),
        col('declineReason', t('referrals.detail.declineReason'), {
          key: 'declineReason',
          labels: exportLabels(referralDeclineReasonValues, (v) => t(`referrals.reason.${v}`)),
        }),
        col('outcome', t('referrals.detail.outcome'), {
          key: 'outcome',
          labels: exportLabels(referralOutcomeValues, (v) => t(`referrals.outcome.${v}`)),
        }),
        col('updatedAt', t('referrals.columns.updatedAt'), { key: 'updatedAt', type: 'instant' }),
      ],
    };
  }, [t, input]);
}
