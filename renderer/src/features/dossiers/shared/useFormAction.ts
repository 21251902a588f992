import { useCallback, useState } from 'react';
import { toApiError } from '../../../api';
import { useDataVersion } from '../../../app/DataVersion';
import { useNotices } from '../../../app/NoticeContext';

export type FieldErrors = Record<string, string>;

/**
 * Runs one write: busy while it runs, field errors from a VALIDATION answer shown at the fields
 * (inline) or, for forms without fields to show them at, as the page's alert; other errors in
 * the page's alert area. After a success every query reloads.
 */
export function useFormAction({ inline = true }: { inline?: boolean } = {}) {
  const { reloadAll } = useDataVersion();
  const { reportError, notifySuccess } = useNotices();
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  const run = useCallback(
    async <T>(action: () => Promise<T>, success?: string): Promise<T | undefined> => {
      setBusy(true);
      try {
        const result = await action();
        setErrors({});
        if (success) notifySuccess(success);
        reloadAll();
        return result;
      } catch (error) {
        const apiError = toApiError(error);
        const issues = apiError.details?.issues ?? [];
        if (apiError.code === 'VALIDATION' && issues.length > 0) {
          const byField: FieldErrors = {};
          for (const issue of issues) byField[issue.path.split('.')[0] ?? ''] ??= issue.message;
          setErrors(byField);
          if (!inline) reportError(new Error(issues[0]?.message ?? apiError.message));
        } else {
          setErrors({});
          reportError(apiError);
        }
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [inline, notifySuccess, reloadAll, reportError],
  );

  return { busy, errors, setErrors, run };
}
